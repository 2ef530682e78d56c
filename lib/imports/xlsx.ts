// .xlsx workbooks read as a stream: sheets one after another, rows one after another, so a
// 50 MB company export is never loaded whole. exceljs parses the XML (workbook, shared
// strings, styles, sheets); this module feeds it the zip entries.
//
// Why not exceljs' own WorkbookReader.parse(): it reads the zip in one forward pass and, on
// Node ≥ 18, intermittently loses the last entry, which exceljs-written files (and others)
// make `xl/workbook.xml` (exceljs issue #3064: "Cannot read properties of undefined (reading
// 'sheets')"). We open entries through the central directory with yauzl instead, in the order
// the parse needs (relations, workbook, shared strings, styles, then each sheet), as the
// upstream fix does; yauzl also holds entries to their declared sizes (zip.ts). Chunks are
// decoded to text with a streaming decoder: exceljs decodes each chunk on its own, which
// garbles a UTF-8 character split between chunks.
//
// LinkedIn writes its workbooks with Apache POI, which declares every sheet's used range as
// `<dimension ref="A1"/>`; readers that trust it see one row. This reader ignores the
// declaration and reads every `<row>` of the sheet XML.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { classifySheet, SAMPLE_ROWS, type SheetRole } from './sheet-roles';
import { peek, type CellValue, type TableRow } from './table';
import { isOle2Magic, readHead } from './file-head';
import { ImportFileError } from './types';
import { readXlsWorkbook, xlsSheetNames } from './xls';
import { checkZipLimits, limitBytes, openZip, WORKBOOK_LIMITS, type OpenedZip } from './zip';

export interface SheetStream {
  name: string;
  /** 0-based position in the workbook. */
  index: number;
  rows: AsyncIterable<TableRow>;
}

// The parts of exceljs' streaming reader used here; the typings leave them out.
interface StreamedWorksheet {
  name?: string;
  [Symbol.asyncIterator](): AsyncIterator<{ number: number; values: unknown }>;
}
interface WorkbookInternals {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string; Type: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ value: StreamedWorksheet }>;
}

interface OpenedWorkbook {
  reader: WorkbookInternals;
  sheets: { name: string; path: string }[];
  open(path: string): Promise<Readable | undefined>;
  zip: OpenedZip;
}

/**
 * The sheets of a workbook in order. Read each sheet's rows before asking for the next sheet
 * (rows not read are skipped).
 */
export async function* readWorkbook(path: string, file: string): AsyncGenerator<SheetStream> {
  if (await isXls(path)) return yield* readXlsWorkbook(path, file);
  const workbook = await openWorkbook(path, file, true);
  try {
    let index = 0;
    for (const sheet of workbook.sheets) {
      const stream = await workbook.open(sheet.path);
      if (!stream) throw new ImportFileError(`${file}: the sheet "${sheet.name}" is missing from the workbook.`, { file, sheet: sheet.name });
      const sheetNo = /sheet(\d+)\.xml$/i.exec(sheet.path)?.[1] ?? String(index + 1);
      const worksheet = [...workbook.reader._parseWorksheet(stream, sheetNo)][0]?.value;
      if (!worksheet) continue;
      try {
        yield { name: sheet.name, index: index++, rows: rowsOf(worksheet, file, sheet.name) };
      } finally {
        stream.destroy();
      }
    }
  } finally {
    workbook.zip.close();
  }
}

/** The sheet names of a workbook, read without reading any sheet. */
export async function workbookSheetNames(path: string, file: string): Promise<string[]> {
  if (await isXls(path)) return xlsSheetNames(path, file);
  const workbook = await openWorkbook(path, file, false);
  workbook.zip.close();
  return workbook.sheets.map((sheet) => sheet.name);
}

async function openWorkbook(path: string, file: string, withContent: boolean): Promise<OpenedWorkbook> {
  const zip = await openZip(path, file);
  try {
    checkZipLimits(zip.entries, WORKBOOK_LIMITS, file);
    const entries = new Map(zip.entries.map((entry) => [entry.path, entry]));
    const budget = { remaining: WORKBOOK_LIMITS.maxTotalBytes };
    const open = async (entryPath: string) => {
      const entry = entries.get(entryPath);
      return entry && Readable.from(decodeUtf8(limitBytes(await zip.openEntry(entry), budget, file, entryPath)));
    };
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    }) as unknown as WorkbookInternals;
    if (typeof reader._parseWorksheet !== 'function') throw new Error('this exceljs version lacks the streaming reader parts Optlens uses');
    const rels = await open('xl/_rels/workbook.xml.rels');
    const book = await open('xl/workbook.xml');
    if (!rels || !book) throw new ImportFileError(`${file} is a zip but not an Excel workbook.`, { file });
    await reader._parseRels(rels);
    await reader._parseWorkbook(book);
    if (withContent) {
      const sharedStrings = await open('xl/sharedStrings.xml');
      if (sharedStrings) for await (const event of reader._parseSharedStrings(sharedStrings)) void event;
      const styles = await open('xl/styles.xml');
      if (styles) await reader._parseStyles(styles);
    }
    const sheets = (reader.model?.sheets ?? []).flatMap((sheet) => {
      const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
      // Chart sheets have no cells.
      return rel && /\/worksheet$/.test(rel.Type) ? [{ name: sheet.name, path: partPath(rel.Target) }] : [];
    });
    return { reader, sheets, open, zip };
  } catch (error) {
    zip.close();
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${file} could not be read as an Excel workbook: ${error instanceof Error ? error.message : String(error)}`, { file });
  }
}

/** `worksheets/sheet1.xml` (relative to xl/) or `/xl/worksheets/sheet1.xml` → the zip entry path. */
function partPath(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

async function* decodeUtf8(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
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

async function* rowsOf(worksheet: StreamedWorksheet, file: string, sheet: string): AsyncGenerator<TableRow> {
  try {
    for await (const row of { [Symbol.asyncIterator]: () => worksheet[Symbol.asyncIterator]() }) {
      yield { row: row.number, cells: cellsOf(row.values) };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${file}, sheet ${sheet}: the sheet could not be read: ${error instanceof Error ? error.message : String(error)}`, {
      file,
      sheet,
    });
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
    if ('formula' in object || 'sharedFormula' in object || 'error' in object) return null;
    if (typeof object.text === 'string') return object.text;
    if (typeof object.hyperlink === 'string') return object.hyperlink;
  }
  return null;
}

/** An old binary .xls rather than an .xlsx: read through ./xls.ts. */
const isXls = async (path: string) => isOle2Magic(await readHead(path, 8));
