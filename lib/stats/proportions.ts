// Two proportions (mention rates): the pooled z-test and the exact test, and the rule that
// picks between them.
import { requireCount } from './errors';
import { fisherExact } from './fisher';
import { normalSf } from './normal';

export type TwoProportionZ = { z: number; p: number; p1: number; p2: number; diff: number };

/**
 * Pooled two-sided z-test of p1 = p2, as statsmodels'
 * `proportions_ztest([x1, x2], [n1, n2])`: z = (p1 − p2) / √(p̂(1−p̂)(1/n1 + 1/n2)) with p̂ the
 * pooled rate. When p̂ is 0 or 1 (no successes at all, or only successes) both rates are equal
 * and the variance is 0: statsmodels returns NaN; this returns z = 0, p = 1 (no evidence of a
 * difference), which is what a verdict needs.
 */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): TwoProportionZ {
  requireCount(x1, n1, 'group 1');
  requireCount(x2, n2, 'group 2');
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (variance === 0) return { z: 0, p: 1, p1, p2, diff: p1 - p2 };
  const z = (p1 - p2) / Math.sqrt(variance);
  return { z, p: Math.min(1, 2 * normalSf(Math.abs(z))), p1, p2, diff: p1 - p2 };
}

/** Below this expected count in any cell the normal approximation is not trusted (Cochran 1954). */
export const MIN_EXPECTED_CELL_COUNT = 5;

export type ProportionComparison = {
  method: 'fisher' | 'z';
  p: number;
  p1: number;
  p2: number;
  diff: number;
  /** The z statistic when method is 'z', else null. */
  z: number | null;
  /** The sample odds ratio when method is 'fisher', else null. */
  oddsRatio: number | null;
  /** The smallest expected cell count of the 2×2 table, which chose the method. */
  minExpected: number;
};

/**
 * Two-sided comparison of x1/n1 with x2/n2: Fisher's exact test when any expected count of
 * the table [[x1, n1−x1], [x2, n2−x2]] is below 5, else the pooled z-test.
 */
export function compareProportions(x1: number, n1: number, x2: number, n2: number): ProportionComparison {
  requireCount(x1, n1, 'group 1');
  requireCount(x2, n2, 'group 2');
  const n = n1 + n2;
  const successes = x1 + x2;
  const failures = n - successes;
  const minExpected = (Math.min(n1, n2) * Math.min(successes, failures)) / n;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  if (minExpected < MIN_EXPECTED_CELL_COUNT) {
    const fisher = fisherExact(x1, n1 - x1, x2, n2 - x2, 'two-sided');
    return { method: 'fisher', p: fisher.p, p1, p2, diff: p1 - p2, z: null, oddsRatio: fisher.oddsRatio, minExpected };
  }
  const test = twoProportionZ(x1, n1, x2, n2);
  return { method: 'z', p: test.p, p1, p2, diff: test.diff, z: test.z, oddsRatio: null, minExpected };
}
