// A single post's analytics export, `PostAnalytics_<Name>_<post id>.xlsx`: sheets PERFORMANCE
// and TOP DEMOGRAPHICS (not imported). PERFORMANCE is label/value rows:
//
//   Post URL          | https://www.linkedin.com/feed/update/urn:li:activity:7458…/
//   Post Date         | 5/7/2026            (text, or a date cell once re-saved)
//   Post Publish Time | 4:41 PM             (the member's clock: the id's time is used instead)
//   Impressions       | 123,117             (text with thousands separators)
//   Members reached   | 45,678
//   Reactions         | 900                 (`Reaction` when it is 1; the row is missing when it is 0)
//   Comments / Reposts / Saves / Sends on LinkedIn / Profile viewers… / Followers gained…
//   Reactions Highlights 5/7/2026 to 5/14/2026   (mid-2024 on: blocks below, not read)
//
// → one post record and one metric record. Missing reaction, comment, repost and save rows
// mean zero. The file does not say when it was exported: metrics are recorded on
// `options.asOf` (default today, UTC).
import { canonicalPostUrl, parsePostRef } from './linkedin-urls';
import { isPostUrl } from './sheet-roles';
import { cellText, normalizeHeader, type CellValue } from './table';
import { ImportFileError, type ImportSource, type ParsedMetric, type ParsedRecord } from './types';
import { dayFromCell, parseCountCell, publishTime, todayUtc, type ParsedTime } from './values';
import { classifiedSheets } from './xlsx';
import type { AnalyticsOptions } from './creator-analytics';

type Counted = 'impressions' | 'membersReached' | 'reactions' | 'comments' | 'reposts' | 'saves';

const LABELS: Record<string, Counted> = {
  impressions: 'impressions',
  impression: 'impressions',
  membersreached: 'membersReached',
  memberreached: 'membersReached',
  uniqueviews: 'membersReached',
  reactions: 'reactions',
  reaction: 'reactions',
  comments: 'comments',
  comment: 'comments',
  reposts: 'reposts',
  repost: 'reposts',
  saves: 'saves',
  save: 'saves',
};
interface LabelledValue {
  label: string;
  value: CellValue;
  row: number;
}

const ZERO_WHEN_MISSING: Counted[] = ['reactions', 'comments', 'reposts', 'saves'];

export async function* parsePostAnalytics(source: ImportSource, options: AnalyticsOptions = {}): AsyncGenerator<ParsedRecord> {
  const file = source.name;
  let found = false;
  for await (const sheet of classifiedSheets(source.path, file)) {
    if (sheet.role !== 'performance' || found) continue;
    found = true;
    const values = new Map<string, LabelledValue>();
    for await (const { row, cells } of sheet.rows) {
      const label = normalizeHeader(cells[0]);
      // Highlights blocks repeat labels for a period: only the block above them is the post's total.
      if (label.includes('highlights')) break;
      if (label !== '' && !values.has(label)) values.set(label, { label: cellText(cells[0]), value: cells[1] ?? null, row });
    }
    yield* performanceRecords(values, { file, sheet: sheet.name }, options.asOf ?? todayUtc());
  }
  if (!found) throw new ImportFileError(`${file} has no PERFORMANCE sheet: it is not a single post's analytics export.`, { file });
}

function* performanceRecords(
  values: Map<string, LabelledValue>,
  at: { file: string; sheet: string },
  capturedOn: string,
): Generator<ParsedRecord> {
  // A localized export names the URL row otherwise: the row whose value is a post URL then.
  const url = values.get('posturl') ?? [...values.values()].find((entry) => isPostUrl(entry.value));
  const ref = url ? parsePostRef(cellText(url.value)) : null;
  if (!url || !ref) {
    throw new ImportFileError(`${at.file}: the PERFORMANCE sheet names no LinkedIn post (expected a "Post URL" row).`, { ...at, row: url?.row, column: 'Post URL' });
  }
  const metric: ParsedMetric = { kind: 'metric', activityId: ref.id, capturedOn, at: { ...at, row: url.row } };
  let recognised = 0;
  for (const [key, { label, value, row }] of values) {
    const field = LABELS[key];
    if (!field) continue;
    recognised++;
    const count = parseCountCell(value);
    if (count !== undefined && Number.isNaN(count)) {
      yield { kind: 'error', message: `"${cellText(value)}" is not a count.`, at: { ...at, row, column: label } };
    } else if (count !== undefined) {
      metric[field] = count;
    }
  }
  // Missing rows mean zero only where the labels are LinkedIn's English ones; unknown (localized)
  // labels would otherwise turn every metric into a zero.
  if (recognised > 0) for (const field of ZERO_WHEN_MISSING) metric[field] ??= 0;
  yield {
    kind: 'post',
    activityId: ref.id,
    url: canonicalPostUrl(ref.id, ref.kind),
    publishedAt: publishTime(postDate(values.get('postdate')?.value ?? values.get('postpublishdate')?.value), ref.id),
    text: null,
    mediaKind: null,
    visibility: null,
    sharedUrl: null,
    at: { ...at, row: url.row },
  };
  if (recognised > 0) yield metric;
  else yield { kind: 'notice', message: 'The PERFORMANCE labels were not recognised (a translated export?): only the post was imported, not its metrics.', at };
}

function postDate(cell: CellValue | undefined): ParsedTime | undefined {
  const day = dayFromCell(cell ?? null);
  return day ? { date: new Date(`${day}T00:00:00Z`), hasTime: false } : undefined;
}
