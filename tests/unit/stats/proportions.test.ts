import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProportions, StatsInputError, twoProportionZ } from '@/lib/stats';
import { expectClose } from './support';

// statsmodels is not installed on the machine the references were computed on, so they are its
// `proportions_ztest([x1, x2], [n1, n2])` (pooled, two-sided) written out with SciPy:
//   pp = (x1+x2)/(n1+n2); z = (x1/n1 - x2/n2) / sqrt(pp*(1-pp)*(1/n1+1/n2)); p = 2*norm.sf(abs(z))
describe('twoProportionZ', () => {
  it.each([
    [15, 50, 8, 60, 2.1403370790432446, 0.03232753548841811],
    [120, 1000, 90, 1000, 2.1882658846227234, 0.028650240398448473],
    [0, 20, 5, 30, -1.924500897298752, 0.054291828366854644], // no successes in one group
    [40, 200, 40, 200, 0.0, 1.0],
  ])('for %d/%d vs %d/%d gives z = %d and p = %d', (x1, n1, x2, n2, z, p) => {
    const result = twoProportionZ(x1, n1, x2, n2);
    expectClose(result.z, z);
    expectClose(result.p, p);
    expectClose(result.p1, x1 / n1);
    expectClose(result.p2, x2 / n2);
    expectClose(result.diff, x1 / n1 - x2 / n2);
  });

  it('gives z = 0 and p = 1 when neither group has a success (statsmodels: NaN)', () => {
    expect(twoProportionZ(0, 20, 0, 30)).toEqual({ z: 0, p: 1, p1: 0, p2: 0, diff: 0 });
  });

  it('gives z = 0 and p = 1 when every outcome is a success (statsmodels: NaN)', () => {
    expect(twoProportionZ(20, 20, 30, 30)).toEqual({ z: 0, p: 1, p1: 1, p2: 1, diff: 0 });
  });

  it('refuses counts above their totals and empty groups', () => {
    expect(() => twoProportionZ(5, 4, 1, 10)).toThrow(StatsInputError);
    expect(() => twoProportionZ(0, 0, 1, 10)).toThrow(/total must be a whole number ≥ 1/);
  });

  it('is antisymmetric in the groups and keeps p in [0, 1]', () => {
    const group = fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(group, group, ([x1, n1], [x2, n2]) => {
        const forward = twoProportionZ(x1, n1, x2, n2);
        const backward = twoProportionZ(x2, n2, x1, n1);
        expect(forward.z).toBeCloseTo(-backward.z, 12);
        expect(forward.p).toBeCloseTo(backward.p, 12);
        expect(forward.p).toBeGreaterThanOrEqual(0);
        expect(forward.p).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('compareProportions', () => {
  it('uses the z-test when every expected cell count is at least 5', () => {
    const result = compareProportions(15, 50, 8, 60);
    expect(result.method).toBe('z');
    expectClose(result.p, 0.03232753548841811); // the pooled z-test above
    expectClose(result.z!, 2.1403370790432446);
    expect(result.oddsRatio).toBeNull();
    expectClose(result.minExpected, (50 * 23) / 110);
  });

  it('uses Fisher when an expected cell count is below 5', () => {
    const result = compareProportions(3, 7, 1, 9);
    expect(result.method).toBe('fisher');
    expectClose(result.p, 0.2615384615384615); // scipy.stats.fisher_exact([[3, 4], [1, 8]]).pvalue
    expectClose(result.oddsRatio!, 6.0); // scipy.stats.fisher_exact([[3, 4], [1, 8]]).statistic
    expect(result.z).toBeNull();
    expect(result.minExpected).toBeLessThan(5);
  });

  it('uses Fisher for rare mentions even in large groups', () => {
    const result = compareProportions(1, 40, 6, 38);
    expect(result.method).toBe('fisher');
    expectClose(result.p, 0.05363221253632213); // scipy.stats.fisher_exact([[1, 39], [6, 32]]).pvalue
  });

  it('answers p = 1 with no mentions at all', () => {
    expect(compareProportions(0, 40, 0, 35)).toMatchObject({ method: 'fisher', p: 1, diff: 0 });
  });
});
