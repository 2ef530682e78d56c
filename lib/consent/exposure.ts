// Effective training exposure (DESIGN.md): a post could feed a model at time T when the
// profile's toggle is ON at T *and* its region is not exempt at T. Both come from data —
// the dated region rules and the profile's consent events — never from `if` statements on
// region codes, so a correction to LinkedIn's history is a row edit, not a release.
// Pure functions: rules and events in, a timeline out.

export type ToggleStatus = 'on' | 'off';
export type ExposureState = 'exposed' | 'opted_out' | 'exempt' | 'no_setting';

export interface ExposureRule {
  id: string;
  effectiveFrom: string; // YYYY-MM-DD, a UTC day
  regions: string[]; // ISO codes; ['*'] = every region (see ruleFor for which rule wins)
  exempt: boolean;
  defaultOn: boolean;
  label: string;
  startUnconfirmed?: boolean;
}

export interface ExposureEvent {
  status: ToggleStatus;
  effectiveAt: Date;
}

/** A stretch of time with one state. `to` is exclusive; null = open-ended. `from` null = since always. */
export interface ExposureSpan {
  from: Date | null;
  to: Date | null;
  state: ExposureState;
  rule: ExposureRule | null;
  toggle: ToggleStatus | null;
  /** Whether the toggle value came from a recorded event or the rule's default. */
  toggleFrom: 'event' | 'default' | null;
}

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
const dayOf = (t: Date) => t.toISOString().slice(0, 10);

/**
 * The rule in force for a region on a day: the newest rule that names the region or is the
 * catch-all; on the same start date a rule naming the region beats the catch-all.
 */
export function ruleFor(rules: readonly ExposureRule[], region: string, day: string): ExposureRule | null {
  let best: ExposureRule | null = null;
  let bestSpecific = false;
  for (const rule of rules) {
    if (rule.effectiveFrom > day) continue;
    const specific = rule.regions.includes(region);
    if (!specific && !rule.regions.includes('*')) continue;
    if (
      !best ||
      rule.effectiveFrom > best.effectiveFrom ||
      (rule.effectiveFrom === best.effectiveFrom && specific && !bestSpecific)
    ) {
      best = rule;
      bestSpecific = specific;
    }
  }
  return best;
}

function stateAt(rules: readonly ExposureRule[], events: readonly ExposureEvent[], region: string, t: Date) {
  const rule = ruleFor(rules, region, dayOf(t));
  let last: ExposureEvent | undefined;
  for (const e of events) if (e.effectiveAt.getTime() <= t.getTime()) last = e;
  const toggle: ToggleStatus | null = last ? last.status : rule ? (rule.defaultOn ? 'on' : 'off') : null;
  const toggleFrom = last ? ('event' as const) : rule ? ('default' as const) : null;
  const state: ExposureState = !rule ? 'no_setting' : rule.exempt ? 'exempt' : toggle === 'on' ? 'exposed' : 'opted_out';
  return { state, rule, toggle, toggleFrom };
}

/** The profile's whole exposure history as consecutive spans, oldest first. */
export function exposureTimeline(rules: readonly ExposureRule[], events: readonly ExposureEvent[], region: string): ExposureSpan[] {
  const relevant = rules.filter((r) => r.regions.includes(region) || r.regions.includes('*'));
  const sorted = [...events].sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime());
  const times = [...new Set([...relevant.map((r) => dayStart(r.effectiveFrom).getTime()), ...sorted.map((e) => e.effectiveAt.getTime())])].sort((a, b) => a - b);

  // Before the first known change: no setting, no exposure.
  const spans: ExposureSpan[] = [{ from: null, to: null, state: 'no_setting', rule: null, toggle: null, toggleFrom: null }];
  for (const time of times) {
    const at = new Date(time);
    const next = { from: at, to: null, ...stateAt(relevant, sorted, region, at) };
    const prev = spans[spans.length - 1]!;
    if (prev.state === next.state && prev.rule?.id === next.rule?.id && prev.toggle === next.toggle && prev.toggleFrom === next.toggleFrom) continue;
    prev.to = at;
    spans.push(next);
  }
  return spans;
}

const contains = (span: ExposureSpan, t: Date) =>
  (span.from === null || span.from.getTime() <= t.getTime()) && (span.to === null || t.getTime() < span.to.getTime());

export function spanAt(spans: readonly ExposureSpan[], t: Date): ExposureSpan {
  return spans.find((s) => contains(s, t)) ?? spans[spans.length - 1]!;
}

/** Exposure of a post: at its publication, and at any moment from then until `now`. */
export function postExposure(spans: readonly ExposureSpan[], publishedAt: Date, now = new Date()) {
  const atPublication = spanAt(spans, publishedAt);
  const everExposed = spans.some(
    (s) =>
      s.state === 'exposed' &&
      (s.to === null || s.to.getTime() > publishedAt.getTime()) &&
      (s.from === null || s.from.getTime() <= now.getTime()),
  );
  return { exposedAtPublication: atPublication.state === 'exposed', everExposed, stateAtPublication: atPublication.state, spanAtPublication: atPublication };
}
