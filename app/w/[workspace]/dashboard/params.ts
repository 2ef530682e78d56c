import { rangeParams, type DateRange } from '@/lib/dashboard';

// The dashboard's view lives in its URL, so a teammate opening a shared link sees the same
// thing: `profile` (one profile's view), `range` (a preset or `custom`) and `from`/`to` (UTC
// days, both included). lib/dashboard/range.ts parses the range; this file only reads the
// raw values and writes links back.

export interface DashboardParams {
  profile?: string;
  range?: string;
  from?: string;
  to?: string;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export function readDashboardParams(search: Record<string, string | string[] | undefined>): DashboardParams {
  return { profile: first(search.profile), range: first(search.range), from: first(search.from), to: first(search.to) };
}

/** `?range=…[&from=…&to=…][&profile=…]` for a range and an optional profile. */
export function dashboardQuery(range: Pick<DateRange, 'preset' | 'from' | 'to'>, profileId: string | null): string {
  const query = new URLSearchParams(rangeParams(range));
  if (profileId) query.set('profile', profileId);
  return `?${query.toString()}`;
}

/** The range's first and last day (both included), as people read a range. */
export function rangeDays(range: Pick<DateRange, 'from' | 'to'>): { first: string; last: string } {
  return { first: range.from.toISOString().slice(0, 10), last: new Date(range.to.getTime() - 86_400_000).toISOString().slice(0, 10) };
}

/**
 * The form sends the selected preset with the days it showed: days changed by hand mean a
 * custom range, whatever the preset select still says. Null when nothing was edited.
 */
export function editedToCustom(params: DashboardParams, shown: DateRange): DashboardParams | null {
  if (!params.from || !params.to || params.range === 'custom' || shown.preset === 'custom') return null;
  const { first, last } = rangeDays(shown);
  return params.from === first && params.to === last ? null : { ...params, range: 'custom' };
}
