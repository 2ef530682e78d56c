// The Optlens posts template (optlens-template.ts documents the columns): one row per post and
// day of metrics. Each row gives a post record the first time its post appears, or when it
// fills in post fields (published_at, text, media_kind); and a metric record when it holds any
// metric, dated by captured_on. Values are checked cell by cell: a bad cell makes an error
// record naming its row and column, and the rest of the row is still read.
import { createReadStream } from 'node:fs';
import { readCsvRows } from './csv-reader';
import { canonicalPostUrl, parsePostRef } from './linkedin-urls';
import { METRIC_COLUMNS, OPTLENS_MEDIA_KINDS, OPTLENS_POSTS_COLUMNS, OPTLENS_POSTS_HEADER } from './optlens-template';
import { cellText, isBlankRow, mapColumns, normalizeHeader, peek, pick, type CellValue, type ColumnMap } from './table';
import { ImportFileError, type ImportSource, type ParsedMetric, type ParsedRecord, type SourceLocation } from './types';
import { isDay, parseCountCell, parseDateTimeText, publishTime } from './values';

type Column = (typeof OPTLENS_POSTS_COLUMNS)[number];
const FIELDS = Object.fromEntries(OPTLENS_POSTS_COLUMNS.map((c) => [c, [normalizeHeader(c)]])) as Record<Column, string[]>;
const METRIC_FIELD: Record<(typeof METRIC_COLUMNS)[number], Exclude<keyof ParsedMetric, 'kind' | 'activityId' | 'capturedOn' | 'at'>> = {
  impressions: 'impressions',
  members_reached: 'membersReached',
  reactions: 'reactions',
  comments: 'comments',
  reposts: 'reposts',
  clicks: 'clicks',
  saves: 'saves',
};

/** The template's header: `url` and `published_at` or `captured_on`, so a partial template is still ours. */
export function isOptlensHeader(fields: readonly CellValue[]): boolean {
  const names = fields.map(normalizeHeader);
  return names.includes('url') && (names.includes('publishedat') || names.includes('capturedon'));
}

export async function* parseOptlensCsv(source: ImportSource): AsyncGenerator<ParsedRecord> {
  const file = source.name;
  const { head, all } = await peek(readCsvRows(createReadStream(source.path), file, { isHeader: isOptlensHeader }), 3);
  const header = head.find((r) => isOptlensHeader(r.cells));
  if (!header) throw new ImportFileError(`${file} is not an Optlens posts template: expected the header ${OPTLENS_POSTS_HEADER}.`, { file, row: 1 });
  const columns = mapColumns(header.cells, FIELDS);
  if (columns.unknown.length > 0) yield { kind: 'notice', message: `Columns not imported: ${columns.unknown.join(', ')}.`, at: { file, row: header.row } };
  const seen = new Set<string>();
  for await (const { row, cells } of all) {
    if (row <= header.row || isBlankRow(cells)) continue;
    yield* rowRecords(cells, columns, { file, row }, seen);
  }
}

function* rowRecords(cells: CellValue[], columns: ColumnMap<Column>, at: SourceLocation, seen: Set<string>): Generator<ParsedRecord> {
  const cell = (column: Column) => cellText(pick(cells, columns, column));
  const error = (column: Column, message: string): ParsedRecord => ({ kind: 'error', message, at: { ...at, column: columns.label[column] ?? column } });
  const ref = parsePostRef(cell('url'));
  if (!ref) {
    yield error('url', cell('url') ? `"${cell('url')}" is not a LinkedIn post URL, URN or id.` : 'url is empty.');
    return;
  }
  const published = cell('published_at') ? parseDateTimeText(cell('published_at')) : undefined;
  if (cell('published_at') && !published) yield error('published_at', `"${cell('published_at')}" is not a date (use 2026-05-07T16:41:18Z or 2026-05-07).`);
  const mediaKind = cell('media_kind').toLowerCase() || null;
  const knownKind = mediaKind === null || (OPTLENS_MEDIA_KINDS as readonly string[]).includes(mediaKind);
  if (!knownKind) yield error('media_kind', `"${mediaKind}" is not one of ${OPTLENS_MEDIA_KINDS.join(', ')}.`);
  const text = cell('text') === '' ? null : cellText(pick(cells, columns, 'text')).replace(/\r\n?/g, '\n');
  if (!seen.has(ref.id) || published || text || (mediaKind && knownKind)) {
    seen.add(ref.id);
    yield {
      kind: 'post',
      activityId: ref.id,
      url: canonicalPostUrl(ref.id, ref.kind),
      publishedAt: publishTime(published, ref.id),
      text,
      mediaKind: knownKind ? mediaKind : null,
      visibility: null,
      sharedUrl: null,
      at,
    };
  }
  const metric: ParsedMetric = { kind: 'metric', activityId: ref.id, capturedOn: cell('captured_on'), at };
  let metrics = 0;
  for (const column of METRIC_COLUMNS) {
    const value = parseCountCell(pick(cells, columns, column));
    if (value !== undefined && Number.isNaN(value)) yield error(column, `"${cell(column)}" is not a whole number ≥ 0.`);
    else if (value !== undefined) {
      metric[METRIC_FIELD[column]] = value;
      metrics++;
    }
  }
  if (metrics === 0) return;
  if (!isDay(metric.capturedOn)) {
    yield error('captured_on', metric.capturedOn ? `"${metric.capturedOn}" is not a day (YYYY-MM-DD).` : 'captured_on is required when the row has metrics.');
    return;
  }
  yield metric;
}
