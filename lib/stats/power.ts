// The smallest effect a comparison of this size could detect, at 80% power and a two-sided
// α = 0.05 by default. Both use the normal approximation and ignore the (negligible) chance of
// rejecting in the wrong direction, the standard form
//   effect = (z_{1−α/2} + z_{1−β}) · standard error of the effect
// (Cohen, "Statistical Power Analysis for the Behavioral Sciences", 2nd ed., 1988, ch. 2 and 6;
// Chow, Shao & Wang, "Sample Size Calculations in Clinical Research", 2008, §3.2 and §4.2).
import { StatsInputError } from './errors';
import { normalQuantile } from './normal';

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_POWER = 0.8;

export type PowerSettings = { alpha?: number; power?: number };

/** z_{1−α/2} + z_{1−β}: 1.959964 + 0.841621 = 2.801585 at the defaults. */
export function powerMultiplier({ alpha = DEFAULT_ALPHA, power = DEFAULT_POWER }: PowerSettings = {}): number {
  if (!(alpha > 0 && alpha < 1)) throw new StatsInputError(`alpha must be between 0 and 1, got ${alpha}.`);
  if (!(power > 0 && power < 1)) throw new StatsInputError(`power must be between 0 and 1, got ${power}.`);
  return normalQuantile(1 - alpha / 2) + normalQuantile(power);
}

function requireSizes(n1: number, n2: number): void {
  if (!(n1 >= 1 && n2 >= 1)) throw new StatsInputError(`sample sizes must be ≥ 1, got ${n1} and ${n2}.`);
}

export type MeanEffect = {
  /** The smallest detectable difference of means, in the metric's unit. */
  difference: number;
  /** 1 + difference / control mean: the same effect as a ratio; null when the control mean is 0. */
  ratio: number | null;
};

/**
 * Difference of two means with a common (pooled) standard deviation σ (Cohen 1988, §2.3):
 * δ = (z_{1−α/2} + z_{1−β}) · σ · √(1/n1 + 1/n2).
 */
export function minimumDetectableMeanEffect(
  input: { n1: number; n2: number; pooledSd: number; controlMean: number } & PowerSettings,
): MeanEffect {
  requireSizes(input.n1, input.n2);
  if (!(input.pooledSd >= 0)) throw new StatsInputError(`pooledSd must be ≥ 0, got ${input.pooledSd}.`);
  const difference = powerMultiplier(input) * input.pooledSd * Math.sqrt(1 / input.n1 + 1 / input.n2);
  return { difference, ratio: input.controlMean === 0 ? null : 1 + difference / Math.abs(input.controlMean) };
}

export type ProportionEffect = {
  /** The smallest exposed rate above the baseline that would be detected; null when even 100% would not be. */
  rate: number | null;
  difference: number | null;
  /** rate / baseline; null with the rate or when the baseline is 0. */
  ratio: number | null;
};

/**
 * Two proportions through Cohen's arcsine effect size h = 2·asin√p1 − 2·asin√p2 (Cohen 1988,
 * §6.2), whose standard error is √(1/n1 + 1/n2) whatever the rates, so it holds near 0 where
 * a rate's own variance vanishes: h = (z_{1−α/2} + z_{1−β})·√(1/n1 + 1/n2), and the detectable
 * rate is sin²(asin√baseline + h/2).
 */
export function minimumDetectableProportionEffect(
  input: { n1: number; n2: number; baseline: number } & PowerSettings,
): ProportionEffect {
  requireSizes(input.n1, input.n2);
  const { baseline } = input;
  if (!(baseline >= 0 && baseline <= 1)) throw new StatsInputError(`baseline must be a rate from 0 to 1, got ${baseline}.`);
  const h = powerMultiplier(input) * Math.sqrt(1 / input.n1 + 1 / input.n2);
  const phi = Math.asin(Math.sqrt(baseline)) + h / 2;
  if (phi > Math.PI / 2) return { rate: null, difference: null, ratio: null };
  const rate = Math.sin(phi) ** 2;
  return { rate, difference: rate - baseline, ratio: baseline === 0 ? null : rate / baseline };
}
