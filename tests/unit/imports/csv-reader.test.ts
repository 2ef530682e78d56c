import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsvRows, sniffCsv, sniffEncoding } from '@/lib/imports/csv-reader';
import { ImportFileError } from '@/lib/imports/types';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

async function rows(input: Buffer, chunkSize = 7) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < input.length; i += chunkSize) chunks.push(input.subarray(i, i + chunkSize));
  const all = [];
  for await (const row of readCsvRows(Readable.from(chunks), 'test.csv')) all.push(row);
  return all;
}

describe('sniffCsv', () => {
  it.each([
    ['UTF-8 without BOM, commas', bytes('Date,ShareLink\n1,2\n'), { encoding: 'utf-8', bom: false, delimiter: ',' }],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], 'Date,ShareLink\n'), { encoding: 'utf-8', bom: true, delimiter: ',' }],
    ['UTF-16LE with BOM and tabs', utf16('Date\tShareLink\tShareCommentary\r\n'), { encoding: 'utf-16le', bom: true, delimiter: '\t' }],
    ['UTF-16LE without BOM', Buffer.from('Date\tShareLink\r\n', 'utf16le'), { encoding: 'utf-16le', bom: false, delimiter: '\t' }],
    ['semicolons from a European Excel', bytes('Date;ShareLink;ShareCommentary\n'), { encoding: 'utf-8', bom: false, delimiter: ';' }],
    ['Windows-1252', Buffer.from('Titel;Köln;Grüße\n', 'latin1'), { encoding: 'windows-1252', bom: false, delimiter: ';' }],
    ['a description row above a semicolon header', bytes('All posts, aggregated\nPost title;Post link;Impressions;Clicks\n'), { encoding: 'utf-8', bom: false, delimiter: ';' }],
  ])('detects %s', (_, head, dialect) => {
    expect(sniffCsv(head)).toEqual(dialect);
  });

  it('lets a recognised header decide the separator', () => {
    // The tab header names the columns; the commas live in unquoted texts below it.
    const head = bytes('Date\tShareLink\n2026-01-01\ta, b, c, d, e, f\n');
    expect(sniffCsv(head, (fields) => fields.includes('ShareLink'))?.delimiter).toBe('\t');
  });

  it('finds no text in binary data', () => {
    expect(sniffEncoding(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]))).toBeNull();
  });
});

describe('readCsvRows', () => {
  it('numbers rows as a spreadsheet does: one per record, blank lines counted', async () => {
    const result = await rows(bytes('a,b\r\n1,"x\r\ny"\r\n\r\n2,z\r\n'));
    expect(result).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', 'x\r\ny'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['2', 'z'] },
    ]);
  });

  it('decodes UTF-16LE split across chunks at odd offsets', async () => {
    const result = await rows(utf16('a\tb\r\nGrüße\t€\r\n'), 3);
    expect(result.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['Grüße', '€'],
    ]);
  });

  it('tolerates quotes inside unquoted values and rows of other lengths', async () => {
    const result = await rows(bytes('a,b,c\n1,say "hi" now\n2,3,4,5\n'));
    expect(result.map((r) => r.cells)).toEqual([['a', 'b', 'c'], ['1', 'say "hi" now'], ['2', '3', '4', '5']]);
  });

  it('names the row where a quote opens and never closes', async () => {
    const error = await rows(bytes('a,b\n1,2\n3,"never closed\n4,5\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).at).toEqual({ file: 'test.csv', row: 3 });
    expect((error as ImportFileError).message).toMatch(/row 3: a quoted text starts here and never ends/);
  });

  it('stops at a runaway quote before it fills memory', async () => {
    const runaway = bytes('a,b\n1,"', 'x'.repeat(1_100_000), '\n');
    const error = await rows(runaway, 65_536).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).message).toMatch(/row 2: the row runs past 1 MB/);
  });
});
