import { DEFAULT_LAG_DAYS } from '@/lib/opt-in-test';

// The opt-in test's view lives in its URL (range, profile, lag), so a result can be shared.
// Bad values fall back to the defaults with a notice, never an error page.

export const MAX_LAG_DAYS = 365;

export interface TestParams {
  range?: string;
  from?: string;
  to?: string;
  profile?: string;
  lag?: string;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export function readTestParams(search: Record<string, string | string[] | undefined>): TestParams {
  return { range: first(search.range), from: first(search.from), to: first(search.to), profile: first(search.profile), lag: first(search.lag) };
}

/** The lag in whole days from 0 to 365, or the default with what was wrong. */
export function parseLag(raw: string | undefined): { lagDays: number; notice: string | null } {
  if (raw === undefined) return { lagDays: DEFAULT_LAG_DAYS, notice: null };
  const value = /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  if (value >= 0 && value <= MAX_LAG_DAYS) return { lagDays: value, notice: null };
  return { lagDays: DEFAULT_LAG_DAYS, notice: `“${raw}” is not a lag: use whole days from 0 to ${MAX_LAG_DAYS}. Showing ${DEFAULT_LAG_DAYS} days.` };
}

/**
 * A test needs many observations, so without a range in the URL the page tests all the
 * workspace's data (the dashboard's default of 30 days is shorter than the default lag).
 */
export function rangeInput(params: TestParams): { range?: string; from?: string; to?: string } {
  if (!params.range && !params.from && !params.to) return { range: 'all' };
  return { range: params.range, from: params.from, to: params.to };
}
