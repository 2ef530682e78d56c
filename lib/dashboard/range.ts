import { isCalendarDay } from '@/lib/dates';

// The dashboard's date range, as the URL carries it (so a view can be shared): a preset
// (`7d`, `30d`, `90d`, `12m`, `all`) or `custom` with `from`/`to` days. Days are UTC; `to` is
// inclusive for people ("to 31 March") and exclusive inside (the day after), so every query
// is a half-open interval. The previous period is the same length, just before.

export const RANGE_PRESETS = ['7d', '30d', '90d', '12m', 'all', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_LABELS: Record<RangePreset, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
  all: 'All time',
  custom: 'Custom',
};

export type Bucket = 'day' | 'week' | 'month';

export interface DateRange {
  preset: RangePreset;
  /** First day included. */
  from: Date;
  /** First day NOT included. */
  to: Date;
  /** The same length just before; null for "all". */
  previous: { from: Date; to: Date } | null;
  bucket: Bucket;
  /** What was wrong with the URL's range, if anything (the default was used instead). */
  notice: string | null;
}

const DAY = 86_400_000;
/** Charts of more would be thousands of buckets; "all" is never longer than the data. */
const MAX_CUSTOM_DAYS = 10 * 365;
const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Charts stay readable: days up to ~3 months, weeks up to ~2 years, months beyond. */
export function bucketFor(from: Date, to: Date): Bucket {
  const days = (to.getTime() - from.getTime()) / DAY;
  return days <= 92 ? 'day' : days <= 731 ? 'week' : 'month';
}

/**
 * Parses `range`, `from`, `to` from the URL. `earliest` is the first day with data (for
 * "all"); `today` is injectable for tests.
 */
export function parseRange(params: { range?: string; from?: string; to?: string }, earliest: Date | null, today = new Date()): DateRange {
  const end = addDays(startOfDay(today), 1);
  let notice: string | null = null;
  const known = (RANGE_PRESETS as readonly string[]).includes(params.range ?? '');
  let preset = known ? (params.range as RangePreset) : params.from || params.to ? 'custom' : '30d';
  if (params.range && !known) notice = preset === 'custom' ? `“${params.range}” is not a range: showing the days given.` : `“${params.range}” is not a range: showing the last 30 days.`;

  let from: Date;
  let to = end;
  if (preset === 'custom') {
    const okFrom = params.from && isCalendarDay(params.from);
    const okTo = params.to && isCalendarDay(params.to);
    if (!okFrom || !okTo || params.from! > params.to!) {
      notice = 'The custom range needs a start day on or before its end day: showing the last 30 days.';
      preset = '30d';
      from = addDays(end, -30);
    } else if (Date.parse(params.to!) - Date.parse(params.from!) > MAX_CUSTOM_DAYS * DAY) {
      notice = `A custom range covers at most ${MAX_CUSTOM_DAYS / 365} years: showing the ${MAX_CUSTOM_DAYS / 365} years up to ${params.to}.`;
      to = addDays(new Date(`${params.to}T00:00:00Z`), 1);
      from = addDays(to, -MAX_CUSTOM_DAYS);
    } else {
      from = new Date(`${params.from}T00:00:00Z`);
      to = addDays(new Date(`${params.to}T00:00:00Z`), 1);
    }
  } else if (preset === 'all') {
    from = earliest ? startOfDay(earliest) : addDays(end, -30);
  } else if (preset === '12m') {
    from = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate()));
  } else {
    from = addDays(end, -Number.parseInt(preset, 10));
  }
  const length = to.getTime() - from.getTime();
  const previous = preset === 'all' ? null : { from: new Date(from.getTime() - length), to: from };
  return { preset, from: from!, to, previous, bucket: bucketFor(from!, to), notice };
}

/** The URL search params of a range (the inverse of parseRange), for links and the picker. */
export function rangeParams(range: Pick<DateRange, 'preset' | 'from' | 'to'>): Record<string, string> {
  if (range.preset !== 'custom') return { range: range.preset };
  return { range: 'custom', from: isoDay(range.from), to: isoDay(addDays(range.to, -1)) };
}
