// A company page's content export (page admin analytics › Content › Export), as .xlsx, an old
// .xls (read by ./xls.ts), or the same table saved as CSV. Sheets `All posts` and `Metrics` (older files: `Update engagement`
// and `Update metrics (aggregated)`), each with a description row above its header.
//
// Posts table headers drift (FORMATS.md): `Update link`/`Post link`, `Update title`/`Post
// title`, `Reposts`/`Shares`; `Likes` are reactions; columns may be missing; empty cells may be
// empty strings. A boosted post has several rows, `Organic`, one `Sponsored` per campaign and a
// `Total` (column `Post type`/`Update type`): one row per post link is kept, the Total when
// present, else Organic (else the Sponsored rows summed), so sums do not double-count. Rows of
// one post need not be adjacent, so posts are gathered (one small entry per post) and emitted at
// the end. Metrics are dated by the latest date in the description row, else `options.asOf`,
// else today (UTC). The `Metrics` sheet gives daily records (company-metrics.ts).
import { createReadStream } from 'node:fs';
import { companyMetricRecords } from './company-metrics';
import { readCsvRows } from './csv-reader';
import { isOle2Magic, isZipMagic, readHead } from './file-head';
import { canonicalPostUrl, parsePostRef, type PostRef } from './linkedin-urls';
import { cellText, isBlankRow, mapColumns, normalizeHeader, peek, pick, type CellValue, type ColumnMap, type TableRow } from './table';
import { ImportFileError, type ImportSource, type ParsedMetric, type ParsedRecord, type SourceLocation } from './types';
import { dayFromCell, daysInText, parseCountCell, publishTime, todayUtc } from './values';
import { classifiedSheets } from './xlsx';
import type { AnalyticsOptions } from './creator-analytics';

const FIELDS = {
  link: ['updatelink', 'postlink'],
  title: ['updatetitle', 'posttitle'],
  rowType: ['updatetype', 'posttype'],
  created: ['createddate', 'postdate'],
  contentType: ['contenttype'],
  impressions: ['impressions'],
  membersReached: ['uniqueimpressions', 'membersreached'],
  clicks: ['clicks'],
  reactions: ['likes', 'reactions'],
  comments: ['comments'],
  reposts: ['reposts', 'shares'],
} as const;
type Field = keyof typeof FIELDS;
type Counted = 'impressions' | 'membersReached' | 'clicks' | 'reactions' | 'comments' | 'reposts';
const COUNTED: Counted[] = ['impressions', 'membersReached', 'clicks', 'reactions', 'comments', 'reposts'];
const KNOWN_UNUSED = [
  'campaignname', 'postedby', 'campaignstartdate', 'campaignenddate', 'audience', 'views', 'viewsexcludingoffsitevideoviews',
  'offsiteviews', 'clickthroughratectr', 'clickthroughrate', 'follows', 'engagementrate',
];

export function isCompanyContentHeader(fields: readonly CellValue[]): boolean {
  return fields.some((cell) => (FIELDS.link as readonly string[]).includes(normalizeHeader(cell)));
}

export async function* parseCompanyContent(source: ImportSource, options: AnalyticsOptions = {}): AsyncGenerator<ParsedRecord> {
  const head = await readHead(source.path, 8);
  if (!isZipMagic(head) && !isOle2Magic(head)) {
    const rows = readCsvRows(createReadStream(source.path), source.name, { isHeader: isCompanyContentHeader });
    yield* companyPostRecords(rows, { file: source.name }, options);
    return;
  }
  let postsSheets = 0;
  for await (const sheet of classifiedSheets(source.path, source.name)) {
    if (sheet.role === 'company-posts') {
      postsSheets++;
      yield* companyPostRecords(sheet.rows, { file: source.name, sheet: sheet.name }, options);
    } else if (sheet.role === 'company-metrics') {
      yield* companyMetricRecords(sheet.rows, { file: source.name, sheet: sheet.name });
    }
  }
  if (postsSheets === 0) yield { kind: 'notice', message: 'The file has no "All posts" sheet, so no posts were imported.', at: { file: source.name } };
}

interface PostEntry {
  ref: PostRef;
  rank: number;
  post: { title: string | null; created?: string; contentType: string | null };
  counts: Partial<Record<Counted, number>>;
  at: SourceLocation;
}

/** The posts table of a company content export (a sheet, or the CSV of it). */
export async function* companyPostRecords(
  rows: AsyncIterable<TableRow>,
  at: { file: string; sheet?: string },
  options: AnalyticsOptions,
): AsyncGenerator<ParsedRecord> {
  const { head, all } = await peek(rows, 6);
  const header = head.find((r) => isCompanyContentHeader(r.cells));
  if (!header) throw new ImportFileError(`${at.file}: no posts table found (expected a header with "Post link" or "Update link").`, at);
  const described = head.filter((r) => r.row < header.row).flatMap((r) => r.cells.flatMap((c) => daysInText(cellText(c))));
  const capturedOn = described.sort().at(-1) ?? options.asOf ?? todayUtc();
  const columns = mapColumns(header.cells, FIELDS, KNOWN_UNUSED);
  if (columns.unknown.length > 0) yield { kind: 'notice', message: `Columns not imported: ${columns.unknown.join(', ')}.`, at: { ...at, row: header.row } };

  const posts = new Map<string, PostEntry>();
  for await (const { row, cells } of all) {
    if (row <= header.row || isBlankRow(cells)) continue;
    const where = { ...at, row };
    const link = cellText(pick(cells, columns, 'link'));
    const ref = parsePostRef(link);
    if (!ref) {
      yield { kind: 'error', message: link ? `"${link}" is not a LinkedIn post link.` : 'The row has no post link.', at: { ...where, column: columns.label.link } };
      continue;
    }
    const counts: Partial<Record<Counted, number>> = {};
    for (const field of COUNTED) {
      const value = parseCountCell(pick(cells, columns, field));
      if (value !== undefined && Number.isNaN(value)) {
        yield { kind: 'error', message: `"${cellText(pick(cells, columns, field))}" is not a count.`, at: { ...where, column: columns.label[field] } };
      } else if (value !== undefined) counts[field] = value;
    }
    merge(posts, { ref, rank: rankOf(cellText(pick(cells, columns, 'rowType'))), post: postFields(cells, columns), counts, at: where });
  }
  for (const entry of posts.values()) yield* entryRecords(entry, capturedOn);
}

// Total beats Organic beats Sponsored; Sponsored rows of one post (one per campaign) add up.
function rankOf(rowType: string): number {
  const type = rowType.toLowerCase();
  return type.startsWith('total') ? 3 : type.startsWith('sponsored') ? 1 : 2;
}

function merge(posts: Map<string, PostEntry>, entry: PostEntry): void {
  const current = posts.get(entry.ref.id);
  if (!current) {
    posts.set(entry.ref.id, entry);
  } else if (entry.rank > current.rank) {
    posts.set(entry.ref.id, { ...entry, post: { ...current.post, ...definedOnly(entry.post) } });
  } else {
    current.post = { ...entry.post, ...definedOnly(current.post) };
    if (entry.rank === 1 && current.rank === 1) {
      for (const field of COUNTED) {
        if (entry.counts[field] !== undefined) current.counts[field] = (current.counts[field] ?? 0) + entry.counts[field];
      }
    }
  }
}

function postFields(cells: CellValue[], columns: ColumnMap<Field>): PostEntry['post'] {
  return {
    title: cellText(pick(cells, columns, 'title')) || null,
    created: dayFromCell(pick(cells, columns, 'created') ?? null),
    contentType: cellText(pick(cells, columns, 'contentType')).toLowerCase() || null,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

function* entryRecords(entry: PostEntry, capturedOn: string): Generator<ParsedRecord> {
  const given = entry.post.created ? { date: new Date(`${entry.post.created}T00:00:00Z`), hasTime: false } : undefined;
  yield {
    kind: 'post',
    activityId: entry.ref.id,
    url: canonicalPostUrl(entry.ref.id, entry.ref.kind),
    publishedAt: publishTime(given, entry.ref.id),
    text: entry.post.title,
    mediaKind: entry.post.contentType,
    visibility: null,
    sharedUrl: null,
    at: entry.at,
  };
  const metric: ParsedMetric = { kind: 'metric', activityId: entry.ref.id, capturedOn, ...entry.counts, at: entry.at };
  yield metric;
}

