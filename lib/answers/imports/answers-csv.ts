// The Optlens answers template: AI answers recorded elsewhere (a spreadsheet, another tool, an
// engine without an export), one per row. Documented on the import page, downloadable there as
// `optlens-answers.csv` (renderAnswersTemplateSample).
//   asked_at,engine,model,prompt,answer,citations
// asked_at optional (2026-05-07T16:41:18Z, 2026-05-07 16:41 read as UTC, or a day); engine one of
// ANSWER_ENGINES, any case; model optional; prompt and answer required, multi-line when quoted;
// citations optional, URLs separated by spaces or line breaks. UTF-8 with or without BOM, `,`
// (`;` and tab are read too), columns in any order, headers case-insensitive.
//
// Every problem in a row is an error record naming its row and column, and the row is rejected:
// an answer filed under the wrong engine or date would skew every comparison it enters.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readCsvRows } from '@/lib/imports/csv-reader';
import { cellText, isBlankRow, mapColumns, normalizeHeader, peek, pick, type CellValue, type ColumnMap } from '@/lib/imports/table';
import { ImportFileError, type ImportSource, type SourceLocation } from '@/lib/imports/types';
import { parseDateTimeText } from '@/lib/imports/values';
import { ANSWER_ENGINES, type AnswerEngine, type ParsedAnswerRecord } from './types';

export const ANSWERS_CSV_COLUMNS = ['asked_at', 'engine', 'model', 'prompt', 'answer', 'citations'] as const;
type Column = (typeof ANSWERS_CSV_COLUMNS)[number];

export const ANSWERS_CSV_HEADER = ANSWERS_CSV_COLUMNS.join(',');

/** What each column holds, for the import page. */
export const ANSWERS_CSV_COLUMN_DOCS: Record<Column, string> = {
  asked_at: 'Optional. When the question was asked: 2026-05-07T16:41:18Z, 2026-05-07 16:41 (read as UTC) or 2026-05-07.',
  engine: `Required. One of ${ANSWER_ENGINES.join(', ')} (any case).`,
  model: 'Optional. The model as the engine names it, e.g. gpt-4o or sonar-pro.',
  prompt: 'Required. The question as it was asked.',
  answer: 'Required. The answer as the engine gave it; quote it when it holds commas, quotes (doubled: "") or line breaks.',
  citations: 'Optional. The links the answer cites, separated by spaces or line breaks.',
};

const FIELDS = Object.fromEntries(ANSWERS_CSV_COLUMNS.map((c) => [c, [normalizeHeader(c)]])) as Record<Column, string[]>;

/** The template's header: `prompt` and `answer`, so a partial or reordered template is still ours. */
export function isAnswersHeader(fields: readonly CellValue[]): boolean {
  const names = fields.map(normalizeHeader);
  return names.includes('prompt') && names.includes('answer');
}

export function renderAnswersTemplateSample(): string {
  const rows: string[][] = [
    [...ANSWERS_CSV_COLUMNS],
    [
      '2026-05-07T16:41:18Z',
      'chatgpt',
      'gpt-4o',
      'Which consultancies help B2B companies grow on LinkedIn?',
      'A few names come up often:\n1. **Example Growth Co**, known for "founder-led" content\n2. Sample Partners',
      'https://example.com/growth-guide\nhttps://www.example.org/b2b-list',
    ],
    ['2026-05-08', 'Perplexity', 'sonar-pro', 'Best tools to measure LinkedIn reach?', 'Optlens and a few spreadsheets; see the sources.', 'https://example.net/tools https://example.com/reach'],
    ['', 'Claude', '', 'Who writes about LinkedIn analytics?', 'Several practitioners publish on it regularly.', ''],
  ];
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export async function* parseAnswersCsv(source: ImportSource): AsyncGenerator<ParsedAnswerRecord> {
  const file = source.name;
  const { head, all } = await peek(readCsvRows(createReadStream(source.path), file, { isHeader: isAnswersHeader }), 3);
  const header = head.find((r) => isAnswersHeader(r.cells));
  if (!header) throw new ImportFileError(`${file} is not an Optlens answers template: expected the header ${ANSWERS_CSV_HEADER}.`, { file, row: 1 });
  const columns = mapColumns(header.cells, FIELDS);
  if (columns.index.engine === undefined) throw new ImportFileError(`${file} has no engine column: expected the header ${ANSWERS_CSV_HEADER}.`, { file, row: header.row });
  if (columns.unknown.length > 0) yield { kind: 'notice', message: `Columns not imported: ${columns.unknown.join(', ')}.`, at: { file, row: header.row } };
  for await (const { row, cells } of all) {
    if (row <= header.row || isBlankRow(cells)) continue;
    yield* rowRecords(cells, columns, { file, row });
  }
}

function rowRecords(cells: CellValue[], columns: ColumnMap<Column>, at: SourceLocation): ParsedAnswerRecord[] {
  const cell = (column: Column) => cellText(pick(cells, columns, column));
  const errors: ParsedAnswerRecord[] = [];
  const error = (column: Column, message: string) => errors.push({ kind: 'error', message, at: { ...at, column: columns.label[column] ?? column } });

  const engine = engineOf(cell('engine'));
  if (!engine) error('engine', cell('engine') ? `"${cell('engine')}" is not an engine: use one of ${ANSWER_ENGINES.join(', ')}.` : `engine is empty: use one of ${ANSWER_ENGINES.join(', ')}.`);
  const asked = cell('asked_at') ? parseDateTimeText(cell('asked_at')) : undefined;
  if (cell('asked_at') && !asked) error('asked_at', `"${cell('asked_at')}" is not a date (use 2026-05-07T16:41:18Z or 2026-05-07).`);
  const prompt = multiline(cell('prompt'));
  if (!prompt) error('prompt', 'prompt is empty.');
  const answer = multiline(cell('answer'));
  if (!answer) error('answer', 'answer is empty.');
  const links = cell('citations').split(/\s+/).filter(Boolean);
  const citations = [...new Set(links.filter(isHttpUrl))];
  const invalid = links.filter((link) => !isHttpUrl(link));
  if (invalid.length > 0) error('citations', `${invalid.map((l) => `"${l.slice(0, 100)}"`).join(', ')} ${invalid.length === 1 ? 'is not a link' : 'are not links'} (http:// or https://); separate links with spaces or line breaks.`);
  if (errors.length > 0 || !engine) return errors;

  const model = cell('model') || null;
  const askedAt = asked?.date ?? null;
  return [{ kind: 'answer', engine, model, askedAt, prompt, answer, citations, externalId: contentId(engine, model, askedAt, prompt, answer), at }];
}

function engineOf(text: string): AnswerEngine | null {
  const name = text.toLowerCase().replace(/[^a-z]/g, '');
  return ANSWER_ENGINES.find((engine) => engine === name) ?? null;
}

function multiline(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

// A row has no identity of its own; its content is one, so importing the same file twice (or a
// file extended with new rows) adds each answer once.
function contentId(engine: string, model: string | null, askedAt: Date | null, prompt: string, answer: string): string {
  const hash = createHash('sha256').update(JSON.stringify([engine, model, askedAt?.toISOString() ?? null, prompt, answer])).digest('hex');
  return `csv:${hash.slice(0, 32)}`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
