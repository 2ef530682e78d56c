import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExact, StatsInputError, type Alternative } from '@/lib/stats';
import { expectClose } from './support';

type Case = [[[number, number], [number, number]], Alternative, number, number];
// [table, alternative, odds ratio, p] from scipy 1.17: scipy.stats.fisher_exact(table, alternative=ALT)
const CASES: Case[] = [
  [[[8, 2], [1, 5]], 'two-sided', 20.0, 0.034965034965034975],
  [[[8, 2], [1, 5]], 'less', 20.0, 0.9991258741258742],
  [[[8, 2], [1, 5]], 'greater', 20.0, 0.024475524475524483],
  [[[0, 5], [5, 0]], 'two-sided', 0.0, 0.007936507936507938],
  [[[0, 5], [5, 0]], 'less', 0.0, 0.003968253968253969],
  [[[0, 5], [5, 0]], 'greater', 0.0, 1.0],
  [[[0, 10], [3, 7]], 'two-sided', 0.0, 0.21052631578947367],
  [[[0, 10], [3, 7]], 'less', 0.0, 0.10526315789473684],
  [[[0, 10], [3, 7]], 'greater', 0.0, 1.0],
  [[[3, 0], [0, 3]], 'two-sided', Infinity, 0.10000000000000002],
  [[[3, 0], [0, 3]], 'less', Infinity, 1.0],
  [[[3, 0], [0, 3]], 'greater', Infinity, 0.05000000000000001],
  [[[1, 9], [11, 3]], 'two-sided', 0.030303030303030304, 0.0027594561852200836],
  [[[1, 9], [11, 3]], 'less', 0.030303030303030304, 0.0013797280926100418],
  [[[1, 9], [11, 3]], 'greater', 0.030303030303030304, 0.9999663480953022],
  [[[120, 880], [90, 910]], 'two-sided', 1.378787878787879, 0.034202509706968705],
  [[[120, 880], [90, 910]], 'less', 1.378787878787879, 0.9882187458933795],
  [[[120, 880], [90, 910]], 'greater', 1.378787878787879, 0.017101254853484352],
  [[[2, 7], [8, 2]], 'two-sided', 0.07142857142857142, 0.02301413756522116],
  [[[2, 7], [8, 2]], 'less', 0.07142857142857142, 0.01852172595206651],
  [[[2, 7], [8, 2]], 'greater', 0.07142857142857142, 0.9990149169715733],
  [[[5, 5], [5, 5]], 'two-sided', 1.0, 1.0],
  [[[5, 5], [5, 5]], 'less', 1.0, 0.6718591006516703],
  [[[5, 5], [5, 5]], 'greater', 1.0, 0.6718591006516703],
  [[[7, 93], [2, 98]], 'two-sided', 3.6881720430107525, 0.16972027756678768],
  [[[7, 93], [2, 98]], 'less', 3.6881720430107525, 0.9825504240139421],
  [[[7, 93], [2, 98]], 'greater', 3.6881720430107525, 0.08486013878339384],
];

describe('fisherExact', () => {
  it.each(CASES)('on %j (%s) gives odds ratio %d and p %d like SciPy', ([[a, b], [c, d]], alternative, oddsRatio, p) => {
    const result = fisherExact(a, b, c, d, alternative);
    expectClose(result.oddsRatio, oddsRatio);
    expectClose(result.p, p);
  });

  it.each<[[[number, number], [number, number]]]>([
    // scipy.stats.fisher_exact(table, alternative=…) → (nan, 1.0) for every alternative
    [[[0, 0], [3, 4]]],
    [[[3, 4], [0, 0]]],
    [[[1, 0], [0, 0]]],
    [[[0, 40], [0, 35]]], // no mentions at all: an empty column
  ])('gives p = 1 and a NaN odds ratio for %j, which has an empty row or column', ([[a, b], [c, d]]) => {
    for (const alternative of ['two-sided', 'less', 'greater'] as const) {
      const result = fisherExact(a, b, c, d, alternative);
      expect(result.p).toBe(1);
      expect(result.oddsRatio).toBeNaN();
    }
  });

  it('refuses negative or fractional counts', () => {
    expect(() => fisherExact(-1, 2, 3, 4)).toThrow(StatsInputError);
    expect(() => fisherExact(1.5, 2, 3, 4)).toThrow(/cell a/);
  });

  const cell = fc.integer({ min: 0, max: 25 });
  it('has p in [0, 1], and the one-sided p-values cover the observed table twice', () => {
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const two = fisherExact(a, b, c, d).p;
        const less = fisherExact(a, b, c, d, 'less').p;
        const greater = fisherExact(a, b, c, d, 'greater').p;
        for (const p of [two, less, greater]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        // P(X ≤ a) + P(X ≥ a) = 1 + P(X = a) ≥ 1, and the two-sided p is at least the smaller tail.
        expect(less + greater).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(two).toBeGreaterThanOrEqual(Math.min(less, greater) - 1e-12);
      }),
    );
  });

  it('gives the same two-sided p when the rows or the columns are swapped', () => {
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const p = fisherExact(a, b, c, d).p;
        expect(Math.abs(fisherExact(c, d, a, b).p - p)).toBeLessThan(1e-9);
        expect(Math.abs(fisherExact(b, a, d, c).p - p)).toBeLessThan(1e-9);
      }),
    );
  });
});
