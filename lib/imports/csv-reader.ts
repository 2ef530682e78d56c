// CSV files as they reach us: Shares.csv in UTF-8 with or without a byte-order mark, 2018-era
// archives in UTF-16LE with a BOM and tabs, files re-saved by a European Excel with `;` (and
// often Windows-1252), CRLF line ends, multi-line quoted texts. The dialect is sniffed from
// the first 64 KB; the rest streams through csv-parse, record by record.
//
// Rows are numbered as a spreadsheet shows them: one row per record (a multi-line text is one
// row), blank lines counted, the header included.
import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { type TableRow } from './table';
import { ImportFileError } from './types';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t';

export interface CsvDialect {
  encoding: TextEncoding;
  bom: boolean;
  delimiter: Delimiter;
}

export const HEAD_BYTES = 64 * 1024;
/** A LinkedIn post is at most 3,000 characters; a 1 MB record means a quote never closed. */
const MAX_RECORD_BYTES = 1024 * 1024;
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** The text encoding of a file's first bytes, or null when they are not text. */
export function sniffEncoding(head: Buffer): { encoding: TextEncoding; bom: boolean } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const sample = head.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, i) => {
    if (byte === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  });
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return { encoding: 'utf-16le', bom: false };
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return { encoding: 'utf-16be', bom: false };
  if (evenZeros + oddZeros > 0) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bom: false };
  } catch {
    return { encoding: 'windows-1252', bom: false };
  }
}

/** The head decoded as text, without a BOM and without a character cut in half at its end. */
export function decodeHead(head: Buffer, encoding: TextEncoding): string {
  return new TextDecoder(encoding).decode(head, { stream: true });
}

/** The first physical lines of the head parsed one by one: enough to find a header row. */
export function headRecords(text: string, delimiter: Delimiter, count = 10): string[][] {
  return text
    .split(/\r\n|\n|\r/)
    .slice(0, count)
    .map((line) => {
      try {
        const [record] = parseSync(line, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
        return record ?? [];
      } catch {
        return [line];
      }
    });
}

/**
 * The dialect of a CSV file from its first bytes. With `isHeader`, the delimiter that makes a
 * line of the head a recognised header wins; otherwise the one a line holds most of.
 */
export function sniffCsv(head: Buffer, isHeader?: (fields: string[]) => boolean): CsvDialect | null {
  const encoding = sniffEncoding(head);
  if (!encoding) return null;
  const text = decodeHead(head, encoding.encoding);
  const recognised = isHeader && DELIMITERS.find((d) => headRecords(text, d).some(isHeader));
  return { ...encoding, delimiter: recognised || mostFrequentDelimiter(text) };
}

function mostFrequentDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let line = 0;
  const perLine = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  for (const char of text.slice(0, 16_384)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      for (const d of DELIMITERS) counts.set(d, Math.max(counts.get(d)!, perLine.get(d)!));
      for (const d of DELIMITERS) perLine.set(d, 0);
      if (++line >= 10) break;
    } else if (!quoted && counts.has(char as Delimiter)) perLine.set(char as Delimiter, perLine.get(char as Delimiter)! + 1);
  }
  for (const d of DELIMITERS) counts.set(d, Math.max(counts.get(d)!, perLine.get(d)!));
  return [...DELIMITERS].sort((a, b) => counts.get(b)! - counts.get(a)!)[0]!;
}

/** The records of a CSV byte stream, streamed; errors name the row. */
export async function* readCsvRows(
  bytes: AsyncIterable<Buffer>,
  file: string,
  options: { dialect?: CsvDialect; isHeader?: (fields: string[]) => boolean } = {},
): AsyncGenerator<TableRow> {
  const { head, rest } = await peekBytes(bytes, HEAD_BYTES);
  const dialect = options.dialect ?? sniffCsv(head, options.isHeader);
  if (!dialect) throw new ImportFileError(`${file} is not a text file.`, { file });
  const source = Readable.from(dialect.encoding === 'utf-8' ? rest : transcode(rest, dialect.encoding));
  const parser = parse({
    delimiter: dialect.delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells: record };
    }
  } catch (error) {
    // csv-parse may fail while records it parsed are still buffered: its own count is the truth.
    const parsed = error instanceof CsvError && typeof error.records === 'number' ? error.records : row;
    throw csvError(error, file, parsed + 1);
  } finally {
    source.destroy();
    parser.destroy();
  }
}

function csvError(error: unknown, file: string, row: number): Error {
  if (error instanceof ImportFileError) return error;
  const at = { file, row };
  if (error instanceof CsvError) {
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        return new ImportFileError(
          `${file}, row ${row}: a quoted text starts here and never ends, so the rest of the file cannot be read. Is the file complete?`,
          at,
        );
      case 'CSV_MAX_RECORD_SIZE':
        return new ImportFileError(`${file}, row ${row}: the row runs past 1 MB; a quoted text probably never ends.`, at);
      default:
        return new ImportFileError(`${file}, row ${row}: ${error.message}`, at);
    }
  }
  return new ImportFileError(`${file} could not be read: ${error instanceof Error ? error.message : String(error)}`, at);
}

async function* transcode(chunks: AsyncIterable<Buffer>, encoding: TextEncoding): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield Buffer.from(text, 'utf8');
  }
  const tail = decoder.decode();
  if (tail) yield Buffer.from(tail, 'utf8');
}

/** Reads at least `size` bytes (or all) from a stream, and gives back a stream of every byte. */
export async function peekBytes(bytes: AsyncIterable<Buffer>, size: number): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const iterator = bytes[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      while (!done) {
        const next = await iterator.next();
        if (next.done) done = true;
        else yield next.value;
      }
    } finally {
      if (!done) await iterator.return?.();
    }
  }
  return { head, rest: rest() };
}
