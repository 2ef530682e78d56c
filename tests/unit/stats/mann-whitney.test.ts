import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannWhitneyU, StatsInputError, type Alternative } from '@/lib/stats';
import { expectClose } from './support';

// Every expected p comes from scipy 1.17:
//   scipy.stats.mannwhitneyu(x, y, alternative=ALT)   (method='auto', use_continuity=True)
// which is exact when one sample has ≤ 8 values and nothing is tied, asymptotic otherwise.
const Y30 = [
  1.05, 2.373, 3.723, 5.098, 6.499, 7.927, 9.38, 10.859, 12.365, 13.896, 15.453, 17.037, 18.646, 20.281, 21.943, 23.63,
  25.344, 27.083, 28.848, 30.64, 32.457, 34.3, 36.17, 38.065, 39.986, 41.934, 43.907, 45.906, 47.932, 49.983,
];
const SETS = {
  oneEach: [[1], [2]],
  twoThree: [[1.5, 3.2], [0.4, 2.8, 5.1]],
  threeThree: [[3.1, 4.7, 5.2], [1.0, 2.2, 2.9]],
  tiesSmall: [[1, 2, 2, 3], [2, 3, 3, 4]],
  allEqual: [[5, 5, 5], [5, 5]],
  fiveVsThirty: [[14.2, 22.9, 31.5, 40.1, 8.3], Y30],
  tailFiveVsThirty: [[45.0, 48.5, 50.2, 44.1, 47.0], Y30],
  nineVsTen: [
    [12.1, 15.3, 9.8, 22.4, 18.7, 13.3, 25.0, 16.6, 11.2],
    [8.1, 10.4, 7.7, 14.9, 9.2, 12.8, 6.5, 11.9, 13.9, 10.1],
  ],
  reachTies: [
    [120, 340, 95, 410, 230, 230, 180, 520, 95, 310, 275, 640],
    [80, 95, 150, 120, 60, 230, 110, 95, 175, 140, 90, 200, 130, 120, 70, 310, 100, 85, 160, 95],
  ],
} satisfies Record<string, [number[], number[]]>;

type Case = [keyof typeof SETS, Alternative, number, number, 'exact' | 'asymptotic'];
const CASES: Case[] = [
  // [set, alternative, U of x, p, method]       mannwhitneyu(x, y, alternative=…) → (statistic, pvalue)
  ['oneEach', 'two-sided', 0, 1.0, 'exact'], // → (0.0, 1.0)
  ['oneEach', 'less', 0, 0.5, 'exact'], // → (0.0, 0.5)
  ['oneEach', 'greater', 0, 1.0, 'exact'], // → (0.0, 1.0)
  ['twoThree', 'two-sided', 3, 1.0, 'exact'], // → (3.0, 1.0)
  ['twoThree', 'less', 3, 0.6000000000000001, 'exact'], // → (3.0, 0.6000000000000001)
  ['twoThree', 'greater', 3, 0.6000000000000001, 'exact'], // → (3.0, 0.6000000000000001)
  ['threeThree', 'two-sided', 9, 0.1, 'exact'], // → (9.0, 0.1)
  ['threeThree', 'less', 9, 1.0, 'exact'], // → (9.0, 1.0)
  ['threeThree', 'greater', 9, 0.05, 'exact'], // → (9.0, 0.05)
  ['tiesSmall', 'two-sided', 3, 0.1720337089218229, 'asymptotic'], // → (3.0, 0.1720337089218229)
  ['tiesSmall', 'less', 3, 0.08601685446091145, 'asymptotic'], // → (3.0, 0.08601685446091145)
  ['tiesSmall', 'greater', 3, 0.9524598065992065, 'asymptotic'], // → (3.0, 0.9524598065992065)
  ['allEqual', 'two-sided', 3, 1.0, 'asymptotic'], // → (3.0, 1.0)
  ['allEqual', 'less', 3, 1.0, 'asymptotic'], // → (3.0, 1.0)
  ['allEqual', 'greater', 3, 1.0, 'asymptotic'], // → (3.0, 1.0)
  ['fiveVsThirty', 'two-sided', 76, 0.9817947706942015, 'exact'], // → (76.0, 0.9817947706942015)
  ['fiveVsThirty', 'less', 76, 0.5272986027255476, 'exact'], // → (76.0, 0.5272986027255476)
  ['fiveVsThirty', 'greater', 76, 0.49089738534710076, 'exact'], // → (76.0, 0.49089738534710076)
  ['tailFiveVsThirty', 'two-sided', 141, 0.0005113482343083862, 'exact'], // → (141.0, 0.0005113482343083862)
  ['tailFiveVsThirty', 'less', 141, 0.9998151753369969, 'exact'], // → (141.0, 0.9998151753369969)
  ['tailFiveVsThirty', 'greater', 141, 0.0002556741171541931, 'exact'], // → (141.0, 0.0002556741171541931)
  ['nineVsTen', 'two-sided', 75, 0.01601099081051716, 'asymptotic'], // → (75.0, 0.01601099081051716)
  ['nineVsTen', 'less', 75, 0.9936184962336794, 'asymptotic'], // → (75.0, 0.9936184962336794)
  ['nineVsTen', 'greater', 75, 0.00800549540525858, 'asymptotic'], // → (75.0, 0.00800549540525858)
  ['reachTies', 'two-sided', 196.5, 0.0030151463636896203, 'asymptotic'], // → (196.5, 0.0030151463636896203)
  ['reachTies', 'less', 196.5, 0.9986730485773777, 'asymptotic'], // → (196.5, 0.9986730485773777)
  ['reachTies', 'greater', 196.5, 0.0015075731818448102, 'asymptotic'], // → (196.5, 0.0015075731818448102)
];

describe('mannWhitneyU', () => {
  it.each(CASES)('on %s (%s) gives U = %d and p = %d like SciPy, by the %s method', (set, alternative, u, p, method) => {
    const [x, y] = SETS[set];
    const result = mannWhitneyU(x, y, { alternative });
    expect(result.u).toBe(u);
    expectClose(result.p, p);
    expect(result.method).toBe(method);
    expect(result.n1).toBe(x.length);
    expect(result.n2).toBe(y.length);
  });

  it('reports ties across the two samples', () => {
    expect(mannWhitneyU(...SETS.tiesSmall).ties).toBe(true);
    expect(mannWhitneyU(...SETS.nineVsTen).ties).toBe(false);
  });

  it('reports the z behind the asymptotic p', () => {
    // scipy.stats.norm.isf(mannwhitneyu(x, y, alternative='greater').pvalue) = 2.4086649137367924
    expectClose(mannWhitneyU(...SETS.nineVsTen, { alternative: 'greater' }).z, 2.4086649137367924);
    // scipy.stats.norm.ppf(mannwhitneyu(x, y, alternative='less').pvalue) = 2.4903145718295634
    expectClose(mannWhitneyU(...SETS.nineVsTen, { alternative: 'less' }).z, 2.4903145718295634);
    // scipy.stats.norm.isf(mannwhitneyu(x, y, alternative='greater').pvalue) = 2.9661895091040082
    expectClose(mannWhitneyU(...SETS.reachTies, { alternative: 'greater' }).z, 2.9661895091040082);
  });

  it('gives p = 1 and z = 0 when every value is equal', () => {
    expect(mannWhitneyU([7, 7, 7, 7], [7, 7, 7, 7, 7, 7, 7, 7, 7, 7])).toMatchObject({ p: 1, z: 0, u: 20 });
  });

  it('uses the exact distribution with a small group against a large one, quickly', () => {
    const x = [0.5, 0.9, 1.7, 2.1, 2.6, 3.3, 3.8, 60.0];
    const y = Array.from({ length: 200 }, (_, i) => i * 0.37 + 1.01);
    const result = mannWhitneyU(x, y);
    expect(result.method).toBe('exact');
    expect(result.u).toBe(185); // mannwhitneyu(x, y).statistic = 185.0
    expectClose(result.p, 4.717021204634572e-5); // mannwhitneyu(x, y).pvalue
  });

  it('maps U to n1·n2 − U and keeps p when the groups are swapped', () => {
    // mannwhitneyu(y, x) → (43.5, 0.0030151463636896203)
    const swapped = mannWhitneyU(SETS.reachTies[1], SETS.reachTies[0]);
    expect(swapped.u).toBe(43.5);
    expectClose(swapped.p, 0.0030151463636896203);
  });

  it('throws a clear error on an empty sample', () => {
    expect(() => mannWhitneyU([], [1, 2])).toThrow(StatsInputError);
    expect(() => mannWhitneyU([1], [])).toThrow(/y is empty/);
    expect(() => mannWhitneyU([1, Number.NaN], [2])).toThrow(/x\[1\] is NaN/);
  });

  const sample = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 25 });
  const alternative = fc.constantFrom<Alternative>('two-sided', 'less', 'greater');

  it('has U(x, y) + U(y, x) = n1·n2 and the same two-sided p either way', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const forward = mannWhitneyU(x, y);
        const backward = mannWhitneyU(y, x);
        expect(forward.u + backward.u).toBe(x.length * y.length);
        expect(Math.abs(forward.p - backward.p)).toBeLessThan(1e-12);
        expect(Math.abs(forward.z + backward.z)).toBeLessThan(1e-12);
      }),
    );
  });

  it('has p in [0, 1] and swapping groups swaps the one-sided alternatives', () => {
    fc.assert(
      fc.property(sample, sample, alternative, (x, y, alt) => {
        const result = mannWhitneyU(x, y, { alternative: alt });
        expect(result.p).toBeGreaterThanOrEqual(0);
        expect(result.p).toBeLessThanOrEqual(1);
        const mirrored = alt === 'less' ? 'greater' : alt === 'greater' ? 'less' : 'two-sided';
        expect(Math.abs(mannWhitneyU(y, x, { alternative: mirrored }).p - result.p)).toBeLessThan(1e-12);
      }),
    );
  });

  it('has U equal to the count of pairs x > y plus half the ties', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        let pairs = 0;
        for (const a of x) for (const b of y) pairs += a > b ? 1 : a === b ? 0.5 : 0;
        expect(mannWhitneyU(x, y).u).toBe(pairs);
      }),
    );
  });
});

describe('the exact distribution', () => {
  /** P(U ≥ observed) by listing every way to split the pooled ranks into groups of n1 and n2. */
  function enumeratedSf(n1: number, n2: number, observed: number): number {
    const n = n1 + n2;
    let hits = 0;
    let total = 0;
    const choose = (start: number, left: number, rankSum: number): void => {
      if (left === 0) {
        total++;
        if (rankSum - (n1 * (n1 + 1)) / 2 >= observed) hits++;
        return;
      }
      for (let r = start; r <= n - left + 1; r++) choose(r + 1, left - 1, rankSum + r);
    };
    choose(1, n1, 0);
    return hits / total;
  }

  it('matches an enumeration of every split for small samples without ties', () => {
    const distinct = (min: number, max: number) => fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: min, maxLength: max });
    fc.assert(
      fc.property(distinct(2, 14), fc.integer({ min: 1, max: 7 }), (values, split) => {
        fc.pre(split < values.length);
        const x = values.slice(0, split);
        const y = values.slice(split);
        const result = mannWhitneyU(x, y, { alternative: 'greater' });
        expect(result.method).toBe('exact');
        expect(Math.abs(result.p - enumeratedSf(x.length, y.length, result.u))).toBeLessThan(1e-12);
      }),
      { numRuns: 60 },
    );
  });
});
