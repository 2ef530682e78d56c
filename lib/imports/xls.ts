// Old binary Excel workbooks (.xls, BIFF8 in an OLE2 container), as some company page exports
// still come. Read with SheetJS 0.20.3 (published to npm as @e965/xlsx: SheetJS moved its own
// releases off the registry, and the last one there, 0.18.5, has open advisories for untrusted
// files that 0.20.x fixes). The format cannot be streamed, so the file is read whole, under a
// size limit that keeps memory in check; its rows then go through the same code as .xlsx.
import { readFile, stat } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import type { CellValue, TableRow } from './table';
import { ImportFileError } from './types';
import type { SheetStream } from './xlsx';

export const XLS_MAX_BYTES = 20 * 1024 * 1024;

async function load(path: string, file: string, withContent: boolean): Promise<XLSX.WorkBook> {
  const { size } = await stat(path);
  if (size > XLS_MAX_BYTES) {
    throw new ImportFileError(`${file} is an old .xls workbook of ${(size / 1024 / 1024).toFixed(1)} MB; Optlens reads .xls files up to 20 MB. Save it as .xlsx and upload that.`, {
      file,
    });
  }
  try {
    return XLSX.read(await readFile(path), { type: 'buffer', cellDates: true, dense: true, bookSheets: !withContent, cellHTML: false, cellFormula: false });
  } catch (error) {
    throw new ImportFileError(`${file} could not be read as an .xls workbook: ${error instanceof Error ? error.message : String(error)}`, { file });
  }
}

export async function xlsSheetNames(path: string, file: string): Promise<string[]> {
  return (await load(path, file, false)).SheetNames;
}

export async function* readXlsWorkbook(path: string, file: string): AsyncGenerator<SheetStream> {
  const workbook = await load(path, file, true);
  let index = 0;
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
    yield { name, index: index++, rows: tableRows(rows) };
  }
}

async function* tableRows(rows: unknown[][]): AsyncGenerator<TableRow> {
  for (let i = 0; i < rows.length; i++) yield { row: i + 1, cells: (rows[i] ?? []).map(cell) };
}

function cell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}
