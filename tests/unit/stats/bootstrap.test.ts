import { describe, expect, it } from 'vitest';
import { bootstrapProportionRatioCI, bootstrapRatioCI, mean, median, mulberry32, quantileSorted, StatsInputError } from '@/lib/stats';
import { expectClose } from './support';

/** Reach-like data: exponential with the given mean, from a seeded generator so the test never flakes. */
function exponential(n: number, meanValue: number, seed: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => -meanValue * Math.log(1 - random()));
}

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const v of first) expect(v >= 0 && v < 1).toBe(true);
  });
});

describe('sample statistics', () => {
  it('interpolates quantiles like NumPy', () => {
    const sorted = [1, 1, 2, 3, 4, 5, 6, 9];
    // numpy.quantile(sorted, [0, 0.025, 0.5, 0.975, 1]) → 1.0, 1.0, 3.5, 8.475000000000001, 9.0
    for (const [q, expected] of [[0, 1], [0.025, 1], [0.5, 3.5], [0.975, 8.475], [1, 9]] as const) {
      expectClose(quantileSorted(sorted, q), expected);
    }
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([1, 2, 6])).toBe(3);
  });
});

describe('bootstrapRatioCI', () => {
  const exposed = exponential(400, 150, 1);
  const control = exponential(400, 100, 2);

  it('gives the identical interval for the same seed', () => {
    const a = bootstrapRatioCI(exposed, control, { statistic: 'mean', seed: 7, iterations: 500 });
    const b = bootstrapRatioCI(exposed, control, { statistic: 'mean', seed: 7, iterations: 500 });
    const c = bootstrapRatioCI(exposed, control, { statistic: 'mean', seed: 8, iterations: 500 });
    expect(b).toEqual(a);
    expect(c.low).not.toBe(a.low);
    expect(c.ratio).toBe(a.ratio);
  });

  it('is reproducible without a seed, through the fixed default', () => {
    expect(bootstrapRatioCI(exposed, control, { statistic: 'median', iterations: 300 })).toEqual(
      bootstrapRatioCI(exposed, control, { statistic: 'median', iterations: 300 }),
    );
  });

  it.each(['mean', 'median'] as const)('covers a planted 1.5× effect on the %s and excludes 1', (statistic) => {
    const result = bootstrapRatioCI(exposed, control, { statistic });
    expect(result.iterations).toBe(5000);
    expect(result.dropped).toBe(0);
    expect(result.confidence).toBe(0.95);
    expect(result.low!).toBeLessThan(1.5);
    expect(result.high!).toBeGreaterThan(1.5);
    expect(result.low!).toBeGreaterThan(1);
    expect(result.low!).toBeLessThanOrEqual(result.ratio!);
    expect(result.high!).toBeGreaterThanOrEqual(result.ratio!);
  });

  it('includes 1 when both groups come from the same distribution', () => {
    const result = bootstrapRatioCI(exponential(300, 100, 3), exponential(300, 100, 4), { statistic: 'mean' });
    expect(result.low!).toBeLessThan(1);
    expect(result.high!).toBeGreaterThan(1);
  });

  it('narrows when the confidence is lowered', () => {
    const wide = bootstrapRatioCI(exposed, control, { statistic: 'mean', confidence: 0.99 });
    const narrow = bootstrapRatioCI(exposed, control, { statistic: 'mean', confidence: 0.8 });
    expect(narrow.high! - narrow.low!).toBeLessThan(wide.high! - wide.low!);
  });

  it('has no ratio when the comparison statistic is 0', () => {
    const result = bootstrapRatioCI([3, 5, 8], [0, 0, 0, 0], { statistic: 'mean', iterations: 100 });
    expect(result).toMatchObject({ ratio: null, low: null, high: null, dropped: 100 });
  });

  it('drops resamples whose denominator is 0 and counts them', () => {
    const result = bootstrapRatioCI([3, 5, 8, 4, 6], [0, 0, 0, 10, 12], { statistic: 'median', iterations: 1000 });
    expect(result.ratio).toBeNull(); // median of the control group is 0
    expect(result.dropped).toBeGreaterThan(0);
    const meanResult = bootstrapRatioCI([3, 5, 8, 4, 6], [0, 0, 0, 10, 12], { statistic: 'mean', iterations: 1000 });
    expectClose(meanResult.ratio!, 5.2 / 4.4);
    expect(meanResult.dropped).toBeGreaterThan(0); // all-zero resamples of the control group
    expect(meanResult.dropped).toBeLessThan(200); // (3/5)^5 ≈ 8% of resamples
  });

  it('refuses empty groups and bad settings', () => {
    expect(() => bootstrapRatioCI([], [1], { statistic: 'mean' })).toThrow(StatsInputError);
    expect(() => bootstrapRatioCI([1], [1], { statistic: 'mean', iterations: 0 })).toThrow(/iterations/);
    expect(() => bootstrapRatioCI([1], [1], { statistic: 'mean', confidence: 95 })).toThrow(/confidence/);
  });
});

describe('bootstrapProportionRatioCI', () => {
  it('covers a planted 1.5× mention rate and excludes 1', () => {
    const result = bootstrapProportionRatioCI(180, 1200, 120, 1200, { seed: 11 });
    expectClose(result.ratio!, 1.5);
    expect(result.low!).toBeGreaterThan(1);
    expect(result.low!).toBeLessThan(1.5);
    expect(result.high!).toBeGreaterThan(1.5);
  });

  it('includes 1 when the rates are equal', () => {
    const result = bootstrapProportionRatioCI(30, 300, 25, 250, { seed: 12 });
    expectClose(result.ratio!, 1);
    expect(result.low!).toBeLessThan(1);
    expect(result.high!).toBeGreaterThan(1);
  });

  it('gives the identical interval for the same seed', () => {
    expect(bootstrapProportionRatioCI(9, 40, 4, 38, { seed: 5, iterations: 400 })).toEqual(
      bootstrapProportionRatioCI(9, 40, 4, 38, { seed: 5, iterations: 400 }),
    );
  });

  it('has no ratio without any mention in the comparison group', () => {
    expect(bootstrapProportionRatioCI(4, 20, 0, 25, { iterations: 50 })).toMatchObject({ ratio: null, low: null, high: null });
  });

  it('gives a ratio of 0 and an interval at 0 without any mention under exposure', () => {
    expect(bootstrapProportionRatioCI(0, 20, 5, 25, { iterations: 200 })).toMatchObject({ ratio: 0, low: 0, high: 0 });
  });
});
