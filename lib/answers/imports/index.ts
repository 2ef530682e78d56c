// The door to the answer-file parsers: a file in, its format and a stream of records out.
// The format is told from the content, never the name:
//   zip magic → a zip holding conversations.json (or its shards): ChatGPT's data export
//   text      → a JSON array whose first item has a "mapping": conversations.json on its own
//             → a CSV whose header (any separator, after a BOM) has prompt and answer: our template
import { HEAD_BYTES, decodeHead, headRecords, sniffEncoding, type Delimiter } from '@/lib/imports/csv-reader';
import { isZipMagic, readHead } from '@/lib/imports/file-head';
import { ImportFileError, type ImportSource } from '@/lib/imports/types';
import { openZip } from '@/lib/imports/zip';
import { isAnswersHeader, parseAnswersCsv } from './answers-csv';
import { isConversationsFile, parseChatGptExport } from './chatgpt-export';
import type { AnswerFormatId, ParsedAnswerRecord } from './types';

const EXPECTED = 'Optlens reads a ChatGPT data export (the .zip, or its conversations.json) or the Optlens answers template (.csv).';

/** The answers format of a file, or null when it is not an answers file (it may be a posts file). */
export async function sniffAnswerFormat(source: ImportSource): Promise<AnswerFormatId | null> {
  const head = await readHead(source.path, HEAD_BYTES);
  if (head.length === 0) return null;
  if (isZipMagic(head)) {
    const zip = await openZip(source.path, source.name);
    const found = zip.entries.some((entry) => isConversationsFile(entry.path));
    zip.close();
    return found ? 'chatgpt-export' : null;
  }
  const encoding = sniffEncoding(head);
  if (!encoding) return null;
  const text = decodeHead(head, encoding.encoding).replace(/^\ufeff/, '');
  if (isConversationsJson(text)) return 'chatgpt-export';
  if ((['\t', ';', ','] as Delimiter[]).some((delimiter) => headRecords(text, delimiter).some(isAnswersHeader))) return 'optlens-answers-csv';
  return null;
}

export async function detectAnswerFormat(source: ImportSource): Promise<AnswerFormatId> {
  const format = await sniffAnswerFormat(source);
  if (format) return format;
  const head = await readHead(source.path, HEAD_BYTES);
  if (head.length === 0) throw new ImportFileError(`${source.name} is empty.`, { file: source.name });
  if (isZipMagic(head)) {
    throw new ImportFileError(`${source.name} is a zip without conversations.json, so not a ChatGPT data export. ${EXPECTED}`, { file: source.name });
  }
  const encoding = sniffEncoding(head);
  if (!encoding) throw new ImportFileError(`${source.name} is neither a zip nor a text file. ${EXPECTED}`, { file: source.name });
  const text = decodeHead(head, encoding.encoding).replace(/^\ufeff/, '');
  throw new ImportFileError(`${source.name} is not a file Optlens can import answers from. ${otherFileHint(text)}${EXPECTED}`, { file: source.name, row: 1 });
}

/** `[{ … "mapping": …` (keys come in any order, but `mapping` sits early in real exports), or `[]`. */
function isConversationsJson(text: string): boolean {
  return /^\s*\[\s*\]\s*$/.test(text) || (/^\s*\[\s*\{/.test(text) && text.includes('"mapping"'));
}

function otherFileHint(text: string): string {
  if (!/^\s*[[{]/.test(text)) return '';
  if (text.includes('"chat_messages"')) return "It looks like Claude's export, which Optlens does not import yet. ";
  if (text.includes('"safeHtmlItem"') || text.includes('"Gemini Apps"')) return 'It looks like Google Takeout activity, which Optlens does not import yet. ';
  return 'It is JSON, but not a list of ChatGPT conversations. ';
}

export function parseAnswerFile(source: ImportSource, format: AnswerFormatId): AsyncGenerator<ParsedAnswerRecord> {
  return format === 'chatgpt-export' ? parseChatGptExport(source) : parseAnswersCsv(source);
}

export async function parseAnswerImport(source: ImportSource): Promise<{ format: AnswerFormatId; records: AsyncGenerator<ParsedAnswerRecord> }> {
  const format = await detectAnswerFormat(source);
  return { format, records: format === 'chatgpt-export' ? parseChatGptExport(source) : parseAnswersCsv(source) };
}

export { ANSWERS_CSV_COLUMNS, ANSWERS_CSV_COLUMN_DOCS, ANSWERS_CSV_HEADER, parseAnswersCsv, renderAnswersTemplateSample } from './answers-csv';
export { parseChatGptExport } from './chatgpt-export';
export * from './types';
