// Percentile bootstrap intervals for the ratio exposed / not exposed (Efron & Tibshirani,
// "An Introduction to the Bootstrap", 1993, ch. 13). Each group is resampled on its own, as
// the two groups are independent samples. Seeded, so the same data gives the same interval.
import { requireCount, requireSample, StatsInputError } from './errors';
import { mulberry32 } from './random';

export type BootstrapOptions = {
  iterations?: number;
  /** Two-sided coverage of the interval, e.g. 0.95. */
  confidence?: number;
  /** Seed of the generator; a fixed default keeps results reproducible. */
  seed?: number;
};

export type RatioInterval = {
  /** stat(x) / stat(y) on the data; null when stat(y) = 0 (no ratio exists). */
  ratio: number | null;
  /** Percentile bounds; null with the ratio, or when no resample had a usable ratio. */
  low: number | null;
  high: number | null;
  iterations: number;
  /** Resamples left out because their denominator was 0 (their ratio is undefined). */
  dropped: number;
  confidence: number;
};

export const DEFAULT_BOOTSTRAP_ITERATIONS = 5000;
export const DEFAULT_BOOTSTRAP_SEED = 20240918;

export function mean(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

export function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The q-quantile of sorted values with linear interpolation (NumPy's default, Hyndman & Fan type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function settings(opts: BootstrapOptions) {
  const iterations = opts.iterations ?? DEFAULT_BOOTSTRAP_ITERATIONS;
  const confidence = opts.confidence ?? 0.95;
  if (!Number.isInteger(iterations) || iterations < 1) throw new StatsInputError(`iterations must be a whole number ≥ 1, got ${iterations}.`);
  if (!(confidence > 0 && confidence < 1)) throw new StatsInputError(`confidence must be between 0 and 1, got ${confidence}.`);
  return { iterations, confidence, random: mulberry32(opts.seed ?? DEFAULT_BOOTSTRAP_SEED) };
}

/** Runs `replicate` and turns the finite ratios into a percentile interval. */
function percentileInterval(
  ratio: number | null,
  iterations: number,
  confidence: number,
  replicate: () => { numerator: number; denominator: number },
): RatioInterval {
  const ratios: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const { numerator, denominator } = replicate();
    if (denominator !== 0) ratios.push(numerator / denominator);
  }
  const dropped = iterations - ratios.length;
  if (ratio === null || ratios.length === 0) return { ratio, low: null, high: null, iterations, dropped, confidence };
  const sorted = Float64Array.from(ratios).sort();
  const tail = (1 - confidence) / 2;
  return { ratio, low: quantileSorted(sorted, tail), high: quantileSorted(sorted, 1 - tail), iterations, dropped, confidence };
}

/** Interval for stat(x) / stat(y), e.g. mean reach per post exposed / not exposed. */
export function bootstrapRatioCI(
  x: readonly number[],
  y: readonly number[],
  opts: BootstrapOptions & { statistic: 'mean' | 'median' },
): RatioInterval {
  requireSample(x, 'x');
  requireSample(y, 'y');
  const stat = opts.statistic === 'median' ? median : mean;
  const { iterations, confidence, random } = settings(opts);
  const sx = stat(x);
  const sy = stat(y);
  const bx = new Array<number>(x.length);
  const by = new Array<number>(y.length);
  const resample = (from: readonly number[], into: number[]) => {
    for (let i = 0; i < into.length; i++) into[i] = from[Math.floor(random() * from.length)]!;
    return stat(into);
  };
  return percentileInterval(sy === 0 ? null : sx / sy, iterations, confidence, () => ({
    numerator: resample(x, bx),
    denominator: resample(y, by),
  }));
}

/**
 * Interval for the rate ratio (x1/n1) / (x2/n2), e.g. mention rate exposed / not exposed,
 * resampling the n Bernoulli outcomes (mentioned or not) of each group: a draw of n outcomes
 * with replacement from x successes. Costs iterations × (n1 + n2) random numbers.
 */
export function bootstrapProportionRatioCI(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  opts: BootstrapOptions = {},
): RatioInterval {
  requireCount(x1, n1, 'group 1');
  requireCount(x2, n2, 'group 2');
  const { iterations, confidence, random } = settings(opts);
  const successes = (x: number, n: number) => {
    let k = 0;
    for (let i = 0; i < n; i++) if (random() * n < x) k++;
    return k;
  };
  return percentileInterval(x2 === 0 ? null : (x1 / n1) / (x2 / n2), iterations, confidence, () => ({
    numerator: successes(x1, n1) / n1,
    denominator: successes(x2, n2) / n2,
  }));
}
