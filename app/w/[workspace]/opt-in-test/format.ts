import type { Comparison } from '@/lib/opt-in-test';
import type { ChartData } from '@/app/_components/charts/chart-data';
import type { EffectTone } from './ci-bar';

// How each comparison's numbers read: a rate as a percentage, reach as a number.

const PERCENT: ReadonlySet<Comparison['id']> = new Set(['engagement', 'mention_rate', 'share_of_voice']);

export function formatValue(id: Comparison['id'], value: number | null): string {
  if (value === null) return '—';
  if (PERCENT.has(id)) return `${(value * 100).toFixed(1)}%`;
  return value.toLocaleString('en-US', { maximumFractionDigits: id === 'reach_raw' ? 0 : 1 });
}

export const formatP = (p: number | null) => (p === null ? '—' : p < 0.001 ? '< 0.001' : p.toFixed(3));

export function toneOf(c: Comparison): EffectTone {
  const v = c.effect.verdict;
  return v.conclusive && v.direction ? v.direction : 'inconclusive';
}

/** "Conclusive: higher with exposure" / "Not conclusive": the verdict's headline in words. */
export function verdictHeadline(c: Comparison): string {
  const v = c.effect.verdict;
  return v.conclusive && v.direction ? `Conclusive: ${v.direction} with exposure` : 'Not conclusive';
}

/** What each side of a comparison is, in the words of its unit. */
export function groupLabels(c: Comparison): [string, string] {
  if (c.id === 'team_reach') return ['Posts of opted-in profiles', 'Posts of opted-out profiles'];
  if (c.id === 'mention_rate' || c.id === 'share_of_voice') return ['Answers after exposure', 'Answers without it'];
  return ['Posts under exposure', 'Posts without it'];
}

/** The table behind the forest plot, and its CSV. */
export function comparisonsData(comparisons: readonly Comparison[], filename: string): ChartData {
  return {
    filename,
    columns: [
      { label: 'Comparison' },
      { label: 'Unit' },
      { label: 'Exposed n', numeric: true, format: 'count' },
      { label: 'Exposed value', numeric: true, format: 'decimal' },
      { label: 'Not exposed n', numeric: true, format: 'count' },
      { label: 'Not exposed value', numeric: true, format: 'decimal' },
      { label: 'Ratio', numeric: true, format: 'decimal' },
      { label: '95% CI low', numeric: true, format: 'decimal' },
      { label: '95% CI high', numeric: true, format: 'decimal' },
      { label: 'Test' },
      { label: 'p', numeric: true },
      { label: 'Minimum detectable ratio (80% power)', numeric: true, format: 'decimal' },
      { label: 'Verdict' },
    ],
    rows: comparisons.map((c) => {
      const e = c.effect;
      return [c.title, c.unit, e.exposed.n, e.exposed.value, e.control.n, e.control.value, e.ratio, e.low, e.high, e.test.name, e.test.p === null ? null : String(Number(e.test.p.toPrecision(3))), e.minimumDetectableRatio, e.verdict.text];
    }),
  };
}
