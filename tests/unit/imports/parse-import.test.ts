import { describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/imports';
import { ImportFileError } from '@/lib/imports/types';
import { built, collect, committed, ofKind } from './support';

describe('parseImport', () => {
  it.each([
    ['archive-complete.zip', 'linkedin-archive', { post: 4, error: 1, notice: 5 }],
    ['shares-2018-utf16.csv', 'linkedin-shares-csv', { post: 2 }],
    ['creator-content.xlsx', 'linkedin-creator-analytics', { daily: 6, followers: 4, post: 4, metric: 4 }],
    ['post-analytics.xlsx', 'linkedin-post-analytics', { post: 1, metric: 1 }],
    ['company-content.xlsx', 'linkedin-company-content', { daily: 2, notice: 1, error: 1, post: 4, metric: 4 }],
    ['company-content-cp1252.csv', 'linkedin-company-content', { post: 3, metric: 3 }],
  ])('detects %s as %s and streams its records', async (name, format, counts) => {
    const parsed = await parseImport(await built(name));
    expect(parsed.format).toBe(format);
    const records = await collect(parsed.records);
    const tally = Object.fromEntries(Object.keys(counts).map((kind) => [kind, ofKind(records, kind as never).length]));
    expect(tally).toEqual(counts);
    expect(records).toHaveLength(Object.values(counts).reduce((a, b) => a + b, 0));
  });

  it('reads the Optlens template', async () => {
    const parsed = await parseImport(committed('optlens-posts.csv'));
    expect(parsed.format).toBe('optlens-posts-csv');
    expect(ofKind(await collect(parsed.records), 'metric')).toHaveLength(3);
  });

  it('detects before reading: a broken CSV body fails while its records stream, with the row', async () => {
    const parsed = await parseImport(committed('shares-unterminated.csv'));
    expect(parsed.format).toBe('linkedin-shares-csv');
    await expect(collect(parsed.records)).rejects.toThrow(ImportFileError);
  });

  it('refuses a file it cannot import before yielding anything', async () => {
    await expect(parseImport(await built('old.xls'))).rejects.toThrow(ImportFileError);
  });
});
