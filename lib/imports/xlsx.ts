// .xlsx workbooks read as a stream with exceljs' WorkbookReader: sheets one after another,
// rows one after another, so a 50 MB company export is never loaded whole.
//
// LinkedIn writes its workbooks with Apache POI, which declares every sheet's used range as
// `<dimension ref="A1"/>`; readers that trust it see one row. The streaming reader ignores the
// declaration and reads every `<row>` of the sheet XML, which is what we want.
// Cells come back typed: shared and inline strings, numbers, dates (when the cell's number
// format is a date), rich text and formulas (flattened to their text or cached result).
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { classifySheet, SAMPLE_ROWS, type SheetRole } from './sheet-roles';
import { peek, type CellValue, type TableRow } from './table';
import { ImportFileError } from './types';

export interface SheetStream {
  /** The sheet's tab name (exceljs falls back to `Sheet<n>` when the workbook's relations are unusual). */
  name: string;
  /** 0-based position in the workbook. */
  index: number;
  rows: AsyncIterable<TableRow>;
}

// The parts of exceljs' streaming worksheet the typings leave out.
interface StreamedWorksheet {
  name?: string;
  [Symbol.asyncIterator](): AsyncIterator<StreamedRow>;
}
interface StreamedRow {
  number: number;
  values: unknown;
}

/**
 * The sheets of a workbook in order. Read each sheet's rows to the end, or not at all, before
 * asking for the next sheet: the reader goes through the zip once, and a sheet left half-read
 * would be buffered whole.
 */
export async function* readWorkbook(path: string, file: string): AsyncGenerator<SheetStream> {
  const input = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let index = 0;
  try {
    for await (const worksheet of reader as unknown as AsyncIterable<StreamedWorksheet>) {
      yield { name: worksheet.name ?? `Sheet${index + 1}`, index, rows: rowsOf(worksheet, file) };
      index++;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${file} could not be read as an Excel workbook: ${error instanceof Error ? error.message : String(error)}`, { file });
  } finally {
    input.destroy();
  }
}

export interface ClassifiedSheet extends SheetStream {
  role: SheetRole | null;
  /** The sheet has no rows at all. */
  empty: boolean;
}

/** The sheets of a workbook with the role each plays, told from its name or its first rows. */
export async function* classifiedSheets(path: string, file: string): AsyncGenerator<ClassifiedSheet> {
  for await (const sheet of readWorkbook(path, file)) {
    const { head, all } = await peek(sheet.rows, SAMPLE_ROWS);
    yield { ...sheet, rows: all, role: classifySheet(sheet.name, head), empty: head.length === 0 };
    // Whatever the consumer left of this sheet is read through before the next one.
    for await (const row of all) void row;
  }
}

async function* rowsOf(worksheet: StreamedWorksheet, file: string): AsyncGenerator<TableRow> {
  try {
    for await (const row of { [Symbol.asyncIterator]: () => worksheet[Symbol.asyncIterator]() }) {
      yield { row: row.number, cells: cellsOf(row.values) };
    }
  } catch (error) {
    throw new ImportFileError(
      `${file}, sheet ${worksheet.name ?? '?'}: the sheet could not be read: ${error instanceof Error ? error.message : String(error)}`,
      { file, sheet: worksheet.name },
    );
  }
}

/** exceljs' row values are 1-based and sparse; ours are 0-based and dense. */
function cellsOf(values: unknown): CellValue[] {
  if (!Array.isArray(values)) return [];
  const cells: CellValue[] = [];
  for (let column = 1; column < values.length; column++) cells.push(cellValue(values[column]));
  return cells;
}

export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return (object.richText as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
    }
    if ('result' in object) return cellValue(object.result);
    if ('formula' in object || 'sharedFormula' in object) return null;
    if ('error' in object) return null;
    if (typeof object.text === 'string') return object.text;
    if (typeof object.hyperlink === 'string') return object.hyperlink;
  }
  return null;
}
