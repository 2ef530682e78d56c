import { ANSWER_ENGINES, type AnswerEngine } from '@/lib/answers/engines';
import type { Period } from '@/lib/answers/analytics';

// The entity page's view lives in its URL (a GET form), so it can be bookmarked and shared:
// `from` and `to` as UTC days (`to` excluded, as on the posts list), `engine`, and `cited`
// (whose answers the citations table reads). A bad value is dropped with a note, never a crash.

export const DEFAULT_DAYS = 90;
/** Five years of weeks is already a long chart. */
export const MAX_DAYS = 5 * 366;
const DAY_MS = 86_400_000;
const UTC_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface PeriodParams {
  /** The days shown in the form ("2025-03-01"); `to` is excluded. */
  from: string;
  to: string;
  engine?: AnswerEngine;
  /** The citations of the answers naming the entity (default), or of all the period's answers. */
  cited: 'entity' | 'all';
  period: Period;
  /** What was dropped or corrected, said on the page. */
  notes: string[];
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

function parseDay(value: string | undefined): Date | undefined {
  if (!value || !UTC_DAY.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  // "2025-02-30" parses as 2 March: only a day that reads back the same is a day.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : date;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export function readPeriodParams(search: Record<string, string | string[] | undefined>, today: string): PeriodParams {
  const notes: string[] = [];
  const rawFrom = first(search.from);
  const rawTo = first(search.to);
  let from = parseDay(rawFrom);
  let to = parseDay(rawTo);
  if (rawFrom && !from) notes.push(`“${rawFrom}” is not a day like 2025-03-01: the period starts ${DEFAULT_DAYS} days back.`);
  if (rawTo && !to) notes.push(`“${rawTo}” is not a day like 2025-03-01: the period ends today.`);

  // By default the last 90 days, today included: `to` is tomorrow, excluded.
  to ??= new Date(parseDay(today)!.getTime() + DAY_MS);
  from ??= new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (from >= to) {
    notes.push('The start was not before the end: showing the 90 days before the end instead.');
    from = new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  }
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) {
    notes.push(`At most ${MAX_DAYS.toLocaleString('en')} days at once: the start was moved later.`);
    from = new Date(to.getTime() - MAX_DAYS * DAY_MS);
  }

  const rawEngine = first(search.engine);
  const engine = ANSWER_ENGINES.find((e) => e === rawEngine);
  if (rawEngine && !engine) notes.push(`“${rawEngine}” is not an engine: showing all engines.`);

  return { from: dayOf(from), to: dayOf(to), engine, cited: first(search.cited) === 'all' ? 'all' : 'entity', period: { from, to }, notes };
}

/** The page's query string with some values changed (for the links that switch one thing). */
export function periodQuery(params: PeriodParams, changes: Partial<Record<'from' | 'to' | 'engine' | 'cited', string | undefined>> = {}): string {
  const merged: Record<string, string | undefined> = { from: params.from, to: params.to, engine: params.engine, cited: params.cited === 'all' ? 'all' : undefined, ...changes };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value) query.set(key, value);
  return `?${query.toString()}`;
}
