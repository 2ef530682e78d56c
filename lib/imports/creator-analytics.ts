// A member's creator analytics export (.xlsx): `Content_<start>_<end>_<Name>.xlsx` (cells hold
// numbers, floats in some years) and, since 2026, `AggregateAnalytics_<Name>_<start>_<end>.xlsx`
// (numbers as text, `< 1%`). Sheets are found by name or, localized, by shape (sheet-roles.ts):
//
//   DISCOVERY    B1 holds the export's date range; its end day dates the TOP POSTS metrics
//   ENGAGEMENT   `Date | Impressions | Engagements` → a daily record per row
//   TOP POSTS    two top-50 tables → posts and metrics (top-posts.ts)
//   FOLLOWERS    `Total followers on M/D/YYYY:` | total, then `Date | New followers` (may be
//                negative) → a followers record per day, the total on its own day
//   DEMOGRAPHICS not imported
//
// Dates are `M/D/YYYY` text, Excel serials or date cells; files re-saved by their owner may be
// sorted by any column, so nothing assumes date order. ENGAGEMENT and FOLLOWERS (a row per day,
// about 400 at most) are read whole to vote on day order (a `13/…` date means day first). A
// missing sheet gives a notice; an empty one gives nothing.
import { TopPostsCollector } from './top-posts';
import { cellText, isBlankRow, normalizeHeader, type TableRow } from './table';
import type { ImportSource, ParsedRecord, SourceLocation } from './types';
import { dayFromCell, dayOrderOf, daysInText, parseCountCell, parseNumberCell, todayUtc } from './values';
import { classifiedSheets } from './xlsx';
import type { SheetRole } from './sheet-roles';

export interface AnalyticsOptions {
  /** The day metrics are recorded on when the file does not date itself (default: today, UTC). */
  asOf?: string;
}

const IMPORTED_SHEETS: [SheetRole, string][] = [
  ['discovery', 'The file has no DISCOVERY sheet, so the export period is unknown.'],
  ['engagement', 'The file has no ENGAGEMENT sheet, so no daily impressions were imported.'],
  ['top-posts', 'The file has no TOP POSTS sheet, so no posts were imported.'],
  ['followers', 'The file has no FOLLOWERS sheet, so no follower counts were imported.'],
];

export async function* parseCreatorAnalytics(source: ImportSource, options: AnalyticsOptions = {}): AsyncGenerator<ParsedRecord> {
  const file = source.name;
  const seen = new Set<SheetRole>();
  const topPosts = new TopPostsCollector();
  const dated: { rangeEnd?: string; followersDay?: string; lastDay?: string } = {};
  for await (const sheet of classifiedSheets(source.path, file)) {
    const at = { file, sheet: sheet.name };
    if (sheet.role) seen.add(sheet.role);
    switch (sheet.role) {
      case 'discovery':
        dated.rangeEnd = await rangeEnd(sheet.rows);
        break;
      case 'engagement':
        for (const record of dailyRecords(await collect(sheet.rows), at)) {
          if (record.kind === 'daily' && (!dated.lastDay || record.day > dated.lastDay)) dated.lastDay = record.day;
          yield record;
        }
        break;
      case 'top-posts':
        yield* topPosts.read(sheet.rows, at);
        break;
      case 'followers':
        for (const record of followerRecords(await collect(sheet.rows), at)) {
          if (record.kind === 'followers' && record.total !== undefined) dated.followersDay = record.day;
          yield record;
        }
        break;
      case 'demographics':
      case 'post-demographics':
        break;
      default:
        if (!sheet.empty) yield { kind: 'notice', message: `Sheet "${sheet.name}" is not part of a creator analytics export; skipped.`, at };
    }
  }
  for (const [role, message] of IMPORTED_SHEETS) {
    if (!seen.has(role)) yield { kind: 'notice', message, at: { file } };
  }
  yield* topPosts.records(dated.rangeEnd ?? dated.followersDay ?? dated.lastDay ?? options.asOf ?? todayUtc());
}

/** The last day of `Overall Performance | 1/1/2026 - 3/31/2026`. */
async function rangeEnd(rows: AsyncIterable<TableRow>): Promise<string | undefined> {
  let end: string | undefined;
  for await (const { cells } of rows) {
    for (const cell of cells) {
      const days = daysInText(cellText(cell));
      if (days.length === 2 && !end) end = days.sort()[1];
    }
  }
  return end;
}

function* dailyRecords(rows: TableRow[], at: { file: string; sheet: string }): Generator<ParsedRecord> {
  const header = rows.find((r) => r.cells.some((c) => normalizeHeader(c) === 'impressions'));
  const names = header?.cells.map(normalizeHeader) ?? [];
  const column = (name: string, fallback: number) => (names.indexOf(name) >= 0 ? names.indexOf(name) : fallback);
  const [dateAt, impressionsAt, engagementsAt] = [column('date', 0), column('impressions', 1), column('engagements', 2)];
  const order = dayOrderOf(rows.map((r) => r.cells[dateAt]));
  for (const { row, cells } of rows) {
    if (row === header?.row || isBlankRow(cells)) continue;
    const where: SourceLocation = { ...at, row };
    const day = dayFromCell(cells[dateAt], order);
    if (!day) {
      if (header && row > header.row) yield { kind: 'error', message: `"${cellText(cells[dateAt])}" is not a date.`, at: { ...where, column: 'Date' } };
      continue;
    }
    const impressions = parseCountCell(cells[impressionsAt]);
    const engagements = parseCountCell(cells[engagementsAt]);
    const bad = Number.isNaN(impressions) ? 'Impressions' : Number.isNaN(engagements) ? 'Engagements' : undefined;
    if (bad) {
      yield { kind: 'error', message: `${bad} is not a count.`, at: { ...where, column: bad } };
      continue;
    }
    yield { kind: 'daily', day, ...(impressions !== undefined && { impressions }), ...(engagements !== undefined && { engagements }), at: where };
  }
}

function* followerRecords(rows: TableRow[], at: { file: string; sheet: string }): Generator<ParsedRecord> {
  const order = dayOrderOf(rows.map((r) => r.cells[0]));
  let total: { day: string; total: number; at: SourceLocation } | undefined;
  const daily: { day: string; newFollowers: number | undefined; at: SourceLocation }[] = [];
  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const where: SourceLocation = { ...at, row };
    const day = dayFromCell(cells[0], order);
    const value = parseNumberCell(cells[1]);
    if (!day) {
      // `Total followers on 5/7/2026:` | 1234 — the label carries the day.
      const labelDays = daysInText(cellText(cells[0]), order);
      if (labelDays.length === 1 && value !== undefined && Number.isInteger(value)) total = { day: labelDays[0]!, total: value, at: where };
      continue;
    }
    if (value !== undefined && !Number.isInteger(value)) {
      yield { kind: 'error', message: `New followers "${cellText(cells[1])}" is not a whole number.`, at: { ...where, column: 'New followers' } };
      continue;
    }
    daily.push({ day, newFollowers: value, at: where });
  }
  for (const entry of daily) {
    const isTotalDay = entry.day === total?.day;
    yield {
      kind: 'followers',
      day: entry.day,
      ...(isTotalDay && { total: total!.total }),
      ...(entry.newFollowers !== undefined && { newFollowers: entry.newFollowers }),
      at: entry.at,
    };
  }
  if (total && !daily.some((entry) => entry.day === total.day)) yield { kind: 'followers', day: total.day, total: total.total, at: total.at };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
