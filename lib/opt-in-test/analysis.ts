import {
  bootstrapProportionRatioCI,
  bootstrapRatioCI,
  compareProportions,
  mannWhitneyU,
  minimumDetectableMeanEffect,
  minimumDetectableProportionEffect,
  normalQuantile,
  verdict,
  type Verdict,
} from '@/lib/stats';

// The opt-in test's arithmetic (DESIGN.md "The opt-in test"), pure: two samples in, the
// effect as a ratio with its 95% interval, the test's p-value, the smallest effect the data
// could have detected at 80% power, and the verdict in words. Seeded: the same data always
// gives the same interval.

export const SEED = 20240918; // the day LinkedIn switched the setting on
const CONFIDENCE = 0.95;

// A bootstrap costs iterations × n draws: past ~20 million the page would wait seconds for
// digits that no longer move. Fewer iterations for big samples (never under 1,000); counts
// past 20,000 answers use the log-ratio interval, which is exact enough there.
const DRAW_BUDGET = 20_000_000;
const iterationsFor = (n: number) => Math.max(1000, Math.min(5000, Math.floor(DRAW_BUDGET / Math.max(1, n))));
const LARGE_COUNTS = 20_000;

export interface Effect {
  exposed: { n: number; value: number | null };
  control: { n: number; value: number | null };
  ratio: number | null;
  low: number | null;
  high: number | null;
  test: { name: string; p: number | null };
  minimumDetectableRatio: number | null;
  verdict: Verdict;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function pooledSd(x: readonly number[], y: readonly number[]): number | null {
  const sq = (xs: readonly number[]) => {
    const m = mean(xs) ?? 0;
    return xs.reduce((a, v) => a + (v - m) ** 2, 0);
  };
  const dof = x.length + y.length - 2;
  return dof > 0 ? Math.sqrt((sq(x) + sq(y)) / dof) : null;
}

/** Continuous outcomes (reach per post, engagement rate): ratio of means, Mann–Whitney U. */
export function compareSamples(exposed: readonly number[], control: readonly number[], words: { subject: string; metric: string; unit: string }): Effect {
  const enough = exposed.length > 0 && control.length > 0;
  const interval = !enough
    ? null
    : exposed.length + control.length > LARGE_COUNTS
      ? logRatioInterval(exposed, control)
      : bootstrapRatioCI([...exposed], [...control], { statistic: 'mean', iterations: iterationsFor(exposed.length + control.length), confidence: CONFIDENCE, seed: SEED });
  const mw = enough ? mannWhitneyU([...exposed], [...control]) : null;
  const sd = pooledSd(exposed, control);
  const controlMean = mean(control);
  const mde = enough && sd !== null && controlMean ? minimumDetectableMeanEffect({ n1: exposed.length, n2: control.length, pooledSd: sd, controlMean }).ratio : null;
  const effect = {
    exposed: { n: exposed.length, value: mean(exposed) },
    control: { n: control.length, value: controlMean },
    ratio: interval?.ratio ?? null,
    low: interval?.low ?? null,
    high: interval?.high ?? null,
    test: { name: 'Mann–Whitney U', p: mw?.p ?? null },
    minimumDetectableRatio: mde,
  };
  return { ...effect, verdict: verdictOf(effect, words) };
}

/**
 * Past 20,000 observations the bootstrap's percentile interval and the delta method's agree
 * to the digits shown, and the latter costs nothing: log(m1/m2) ± z·sqrt(s1²/(n1·m1²) + s2²/(n2·m2²)).
 */
function logRatioInterval(x: readonly number[], y: readonly number[]): { ratio: number | null; low: number | null; high: number | null } {
  const m1 = mean(x)!;
  const m2 = mean(y)!;
  if (m1 <= 0 || m2 <= 0) return { ratio: m2 > 0 ? m1 / m2 : null, low: null, high: null };
  const variance = (xs: readonly number[], m: number) => xs.reduce((a, v) => a + (v - m) ** 2, 0) / Math.max(1, xs.length - 1);
  const se = Math.sqrt(variance(x, m1) / (x.length * m1 * m1) + variance(y, m2) / (y.length * m2 * m2));
  const z = normalQuantile(1 - (1 - CONFIDENCE) / 2);
  const ratio = m1 / m2;
  return { ratio, low: ratio * Math.exp(-z * se), high: ratio * Math.exp(z * se) };
}

/** Counts (answers naming us out of answers): rate ratio, Fisher's exact or the z-test. */
export function compareRates(x1: number, n1: number, x2: number, n2: number, words: { subject: string; metric: string; unit: string }): Effect {
  const enough = n1 > 0 && n2 > 0;
  const test = enough ? compareProportions(x1, n1, x2, n2) : null;
  let ratio: number | null = enough && x2 > 0 ? x1 / n1 / (x2 / n2) : null;
  let low: number | null = null;
  let high: number | null = null;
  if (enough && n1 + n2 > LARGE_COUNTS && x1 > 0 && x2 > 0) {
    // Katz et al. (1978): log(RR) ± z·sqrt(1/x1 − 1/n1 + 1/x2 − 1/n2).
    const z = normalQuantile(1 - (1 - CONFIDENCE) / 2);
    const se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
    low = ratio! * Math.exp(-z * se);
    high = ratio! * Math.exp(z * se);
  } else if (enough) {
    const interval = bootstrapProportionRatioCI(x1, n1, x2, n2, { iterations: iterationsFor(n1 + n2), confidence: CONFIDENCE, seed: SEED });
    ratio = interval.ratio;
    low = interval.low;
    high = interval.high;
  }
  const mde = enough && x2 > 0 ? minimumDetectableProportionEffect({ n1, n2, baseline: x2 / n2 }).ratio : null;
  const effect = {
    exposed: { n: n1, value: n1 ? x1 / n1 : null },
    control: { n: n2, value: n2 ? x2 / n2 : null },
    ratio,
    low,
    high,
    test: { name: test ? (test.method === 'fisher' ? 'Fisher’s exact test' : 'two-proportion z-test') : '—', p: test?.p ?? null },
    minimumDetectableRatio: mde,
  };
  return { ...effect, verdict: verdictOf(effect, words) };
}

function verdictOf(effect: Omit<Effect, 'verdict'>, words: { subject: string; metric: string; unit: string }): Verdict {
  return verdict({
    subject: words.subject,
    metric: words.metric,
    unit: words.unit,
    ratio: effect.ratio,
    low: effect.low,
    high: effect.high,
    confidence: CONFIDENCE,
    p: effect.test.p,
    nExposed: effect.exposed.n,
    nControl: effect.control.n,
    minimumDetectableRatio: effect.minimumDetectableRatio,
  });
}
