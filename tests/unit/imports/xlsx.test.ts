import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '@/lib/imports/xlsx';
import type { TableRow } from '@/lib/imports/table';

async function workbookFile(fill: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'optlens-xlsx-')), 'book.xlsx');
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

async function readAll(file: string): Promise<{ name: string; rows: TableRow[] }[]> {
  const sheets = [];
  for await (const sheet of readWorkbook(file, 'book.xlsx')) {
    const rows = [];
    for await (const row of sheet.rows) rows.push(row);
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
}

describe('readWorkbook', () => {
  it('reads workbooks whose xl/workbook.xml comes last, every time (exceljs issue #3064)', async () => {
    const file = await workbookFile((workbook) => {
      workbook.addWorksheet('First').addRow(['a', 1]);
      workbook.addWorksheet('Second').addRow(['b', 2]);
    });
    for (let i = 0; i < 40; i++) {
      expect((await readAll(file)).map((s) => [s.name, s.rows.map((r) => r.cells)])).toEqual([
        ['First', [['a', 1]]],
        ['Second', [['b', 2]]],
      ]);
    }
  });

  it('keeps characters whole when they straddle two chunks of a large part', async () => {
    const title = 'Grüße aus Köln – ünd 日本 ✓ '.repeat(8_000);
    const file = await workbookFile((workbook) => workbook.addWorksheet('All posts').addRow([title, 'x'.repeat(70_000)]));
    const [sheet] = await readAll(file);
    const cell = String(sheet?.rows[0]?.cells[0]);
    // Compared as booleans: a failing diff of 200,000 characters helps no one.
    expect(cell.includes('\uFFFD')).toBe(false);
    expect(cell === title).toBe(true);
  });

  it('gives typed cells: numbers, dates, rich text and formula results', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Cells');
      sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
      sheet.addRow([857000.0, new Date(Date.UTC(2026, 2, 3)), { richText: [{ text: 'rich ' }, { text: 'text' }] }, { formula: '1+1', result: 2 }, true]);
    });
    const [sheet] = await readAll(file);
    expect(sheet?.rows[0]?.cells).toEqual([857000, new Date(Date.UTC(2026, 2, 3)), 'rich text', 2, true]);
  });

  it('lets a reader skip a sheet it does not want', async () => {
    const file = await workbookFile((workbook) => {
      workbook.addWorksheet('Skipped').addRows(Array.from({ length: 500 }, (_, i) => [i]));
      workbook.addWorksheet('Read').addRow(['kept']);
    });
    const names = [];
    for await (const sheet of readWorkbook(file, 'book.xlsx')) {
      names.push(sheet.name);
      if (sheet.name === 'Read') for await (const row of sheet.rows) expect(row.cells).toEqual(['kept']);
    }
    expect(names).toEqual(['Skipped', 'Read']);
  });
});
