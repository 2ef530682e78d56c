// Shares.csv, the member's own posts, from LinkedIn's data archive (or uploaded on its own).
//
//   Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility
//   2026-05-07 16:41:18,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7458…,Excited…,,,MEMBER_NETWORK
//
// Quirks handled (FORMATS.md): headers compared case-insensitively (`SharedURL`/`MediaURL` in
// 2021–24 files, `SharedUrl`/`MediaUrl` after); 2018-era files add columns such as `Type` and
// write dates as `2017/06/08 08:15:44 UTC`; older files have bare `YYYY-MM-DD` dates, and then
// the post id's embedded time gives the hour; some files lack `MediaUrl` or `Visibility`;
// texts are multi-line with CRLF or LF inside (normalised to LF); some exports wrap every line
// of a text in its own quotes (`"line one"\n"line two"` after CSV parsing), joined back here;
// a bare repost has an empty text and a `SharedUrl`. Encoding and separator are sniffed
// (csv-reader.ts). A row whose ShareLink names no post is an error record; unknown columns give
// one notice.
import { createReadStream } from 'node:fs';
import { readCsvRows } from './csv-reader';
import { activityIdFromUrl, canonicalPostUrl, parsePostRef, plausibleIdTime } from './linkedin-urls';
import { cellText, isBlankRow, mapColumns, normalizeHeader, peek, pick, type CellValue, type ColumnMap } from './table';
import { ImportFileError, type ImportSource, type ParsedRecord } from './types';
import { parseDateTimeText, publishTime } from './values';

const FIELDS = {
  date: ['date'],
  link: ['sharelink'],
  text: ['sharecommentary'],
  sharedUrl: ['sharedurl'],
  mediaUrl: ['mediaurl'],
  visibility: ['visibility'],
} as const;
type Field = keyof typeof FIELDS;
/** Columns seen in older exports that carry nothing we store. */
const KNOWN_UNUSED = ['type'];

export const SHARES_HEADER_HINT = 'Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility';

export function isSharesHeader(fields: readonly CellValue[]): boolean {
  const names = fields.map(normalizeHeader);
  return names.includes('date') && names.includes('sharelink');
}

export async function* parseSharesCsv(source: ImportSource): AsyncGenerator<ParsedRecord> {
  yield* parseSharesStream(createReadStream(source.path), source.name);
}

/** Shares.csv from any byte stream; `file` names it in records (inside an archive: its path there). */
export async function* parseSharesStream(bytes: AsyncIterable<Buffer>, file: string): AsyncGenerator<ParsedRecord> {
  const { head, all } = await peek(readCsvRows(bytes, file, { isHeader: isSharesHeader }), 5);
  if (head.every((r) => isBlankRow(r.cells))) {
    yield { kind: 'notice', message: `${file} is empty: it holds no posts.`, at: { file } };
    return;
  }
  const header = head.find((r) => isSharesHeader(r.cells));
  if (!header) {
    throw new ImportFileError(`${file} is not a Shares.csv: expected the header ${SHARES_HEADER_HINT}.`, { file, row: 1 });
  }
  const columns = mapColumns(header.cells, FIELDS, KNOWN_UNUSED);
  if (columns.unknown.length > 0) {
    yield { kind: 'notice', message: `Columns not imported: ${columns.unknown.join(', ')}.`, at: { file, row: header.row } };
  }
  const dates = new DateAudit();
  for await (const { row, cells } of all) {
    if (row <= header.row || isBlankRow(cells)) continue;
    yield shareRecord(cells, columns, { file, row }, dates);
  }
  yield* dates.notices(file);
}

function shareRecord(cells: CellValue[], columns: ColumnMap<Field>, at: { file: string; row: number }, dates: DateAudit): ParsedRecord {
  const link = cellText(pick(cells, columns, 'link'));
  const ref = parsePostRef(link);
  if (!ref) {
    const message = link === '' ? 'ShareLink is empty: the post cannot be identified.' : `ShareLink "${clip(link)}" names no LinkedIn post.`;
    return { kind: 'error', message, at: { ...at, column: columns.label.link } };
  }
  const dateText = cellText(pick(cells, columns, 'date'));
  const given = dateText === '' ? undefined : parseDateTimeText(dateText);
  dates.check(at.row, dateText, given?.hasTime ? given.date : undefined, ref.id);
  const text = shareText(cellText(pick(cells, columns, 'text')));
  const sharedUrl = cellText(pick(cells, columns, 'sharedUrl')) || null;
  const mediaUrl = cellText(pick(cells, columns, 'mediaUrl')) || null;
  return {
    kind: 'post',
    activityId: ref.id,
    url: canonicalPostUrl(ref.id, ref.kind),
    publishedAt: publishTime(given, ref.id),
    text,
    mediaKind: mediaKindOf(text, sharedUrl, mediaUrl),
    visibility: cellText(pick(cells, columns, 'visibility')).toUpperCase() || null,
    sharedUrl,
    at,
  };
}

/** The post's text with LF line ends, and lines that an export wrapped in quotes one by one joined back. */
export function shareText(raw: string): string | null {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const wrapped = (line: string) => /^".*"$/s.test(line.trim()) && line.trim().length >= 2;
  const perLineQuoted = lines.length > 1 && lines.every((line) => line.trim() === '' || wrapped(line)) && lines.some(wrapped);
  const text = (perLineQuoted ? lines.map((line) => (wrapped(line) ? line.trim().slice(1, -1) : '')) : lines).join('\n').trim();
  return text === '' ? null : text;
}

/** What the post carries, from what Shares.csv tells: a bare repost, media, a link, or text. */
export function mediaKindOf(text: string | null, sharedUrl: string | null, mediaUrl: string | null): string | null {
  if (sharedUrl && !text && !mediaUrl) return 'repost';
  if (mediaUrl) {
    if (/video/i.test(mediaUrl)) return 'video';
    if (/document|\.pdf\b/i.test(mediaUrl)) return 'document';
    if (/image|\.(jpe?g|png|gif|webp)\b/i.test(mediaUrl)) return 'image';
    return null;
  }
  if (sharedUrl) return activityIdFromUrl(sharedUrl) ? 'repost' : 'article';
  return text ? 'text' : null;
}

/** Counts rows whose Date is unreadable, or far from the time in their post id, for one notice each. */
class DateAudit {
  private unreadable: { count: number; first?: { row: number; text: string } } = { count: 0 };
  private distant: { count: number; firstRow?: number } = { count: 0 };

  check(row: number, text: string, dateTime: Date | undefined, id: string): void {
    if (text !== '' && !parseDateTimeText(text)) {
      this.unreadable.count++;
      this.unreadable.first ??= { row, text };
    }
    const fromId = plausibleIdTime(id);
    if (dateTime && fromId && Math.abs(dateTime.getTime() - fromId.getTime()) > 86_400_000) {
      this.distant.count++;
      this.distant.firstRow ??= row;
    }
  }

  *notices(file: string): Generator<ParsedRecord> {
    const { first } = this.unreadable;
    if (first) {
      yield {
        kind: 'notice',
        message: `${plural(this.unreadable.count, 'row has', 'rows have')} a Date that could not be read (first: "${clip(first.text)}"); the publish time was taken from the post id.`,
        at: { file, row: first.row, column: 'Date' },
      };
    }
    if (this.distant.firstRow !== undefined) {
      yield {
        kind: 'notice',
        message: `${plural(this.distant.count, 'row has', 'rows have')} a Date more than a day away from the time in its post id; the Date was kept.`,
        at: { file, row: this.distant.firstRow, column: 'Date' },
      };
    }
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
