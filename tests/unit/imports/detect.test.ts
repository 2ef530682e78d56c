import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '@/lib/imports/detect';
import { built, committed } from './support';

describe('detectFormat', () => {
  it.each([
    ['shares-2025.csv', 'linkedin-shares-csv', { encoding: 'utf-8', bom: false, delimiter: ',' }],
    ['shares-semicolon.csv', 'linkedin-shares-csv', { encoding: 'utf-8', bom: false, delimiter: ';' }],
    ['company-content.csv', 'linkedin-company-content', { encoding: 'utf-8', bom: false, delimiter: ';' }],
    ['optlens-posts.csv', 'optlens-posts-csv', { encoding: 'utf-8', bom: false, delimiter: ',' }],
  ])('reads %s as %s', async (name, format, dialect) => {
    expect(await detectFormat(committed(name))).toEqual({ format, container: 'csv', dialect });
  });

  it.each([
    ['shares-2025-bom.csv', 'linkedin-shares-csv', 'csv'],
    ['shares-2018-utf16.csv', 'linkedin-shares-csv', 'csv'],
    ['company-content-cp1252.csv', 'linkedin-company-content', 'csv'],
    ['archive-complete.zip', 'linkedin-archive', 'zip'],
    ['archive-basic.zip', 'linkedin-archive', 'zip'],
    ['creator-content.xlsx', 'linkedin-creator-analytics', 'xlsx'],
    ['creator-aggregate-2026.xlsx', 'linkedin-creator-analytics', 'xlsx'],
    ['creator-localized.xlsx', 'linkedin-creator-analytics', 'xlsx'],
    ['creator-partial.xlsx', 'linkedin-creator-analytics', 'xlsx'],
    ['post-analytics.xlsx', 'linkedin-post-analytics', 'xlsx'],
    ['post-analytics-localized.xlsx', 'linkedin-post-analytics', 'xlsx'],
    ['company-content.xlsx', 'linkedin-company-content', 'xlsx'],
    ['company-update-engagement.xlsx', 'linkedin-company-content', 'xlsx'],
    ['company-content.xls', 'linkedin-company-content', 'xlsx'],
  ])('reads %s as %s', async (name, format, container) => {
    expect(await detectFormat(await built(name))).toMatchObject({ format, container });
  });

  it('ignores the file name: a Shares.csv named .xlsx is still a Shares.csv', async () => {
    const source = committed('shares-2025.csv');
    expect((await detectFormat({ ...source, name: 'report.xlsx' })).format).toBe('linkedin-shares-csv');
  });

  it('tells a localized creator export by the shapes of its sheets', async () => {
    expect(await detectFormat(await built('creator-localized.xlsx'))).toEqual({
      format: 'linkedin-creator-analytics',
      container: 'xlsx',
      sheets: ['ENTDECKEN', 'INTERAKTIONEN', 'TOP-BEITRÄGE', 'FOLLOWER', 'DEMOGRAFIE'],
    });
  });

  it.each([
    ['old.xls', /could not be read as an \.xls workbook/],
    ['binary.bin', /neither a zip, an Excel workbook nor a text file/],
    ['not-linkedin.xlsx', /its sheets \(Budget\) are not a LinkedIn export/],
    ['post-analytics-truncated.xlsx', /not a complete zip file/],
    ['archive-evil.zip', /unsafe path/],
  ])('refuses %s with a clear message', async (name, message) => {
    await expect(detectFormat(await built(name))).rejects.toThrow(message);
  });

  it.each([
    ['comments.csv', /looks like LinkedIn's Comments\.csv/],
    ['connections.csv', /looks like LinkedIn's Connections\.csv/],
  ])('names the LinkedIn file %s is, and what it expected instead', async (name, hint) => {
    const error = detectFormat(committed(name));
    await expect(error).rejects.toThrow(hint);
    await expect(detectFormat(committed(name))).rejects.toThrow(/Optlens reads a LinkedIn data archive \(\.zip\) or its Shares\.csv/);
  });

  it('refuses an empty file and JSON', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'optlens-detect-'));
    await writeFile(path.join(dir, 'empty.csv'), '');
    await writeFile(path.join(dir, 'conversations.json'), '[{"title":"x","mapping":{}}]');
    await expect(detectFormat({ path: path.join(dir, 'empty.csv'), name: 'empty.csv' })).rejects.toThrow('empty.csv is empty.');
    await expect(detectFormat({ path: path.join(dir, 'conversations.json'), name: 'conversations.json' })).rejects.toThrow(/looks like JSON/);
  });
});
