// Mann–Whitney U (Wilcoxon rank-sum) test with SciPy's semantics:
// `scipy.stats.mannwhitneyu(x, y, alternative=…, method='auto', use_continuity=True)`.
// No maintained JavaScript package has it with tie and continuity corrections and the exact
// null distribution (simple-statistics' `wilcoxonRankSum` returns the rank sum only).
import { requireSample, type Alternative } from './errors';
import { normalSf } from './normal';

export type MannWhitneyResult = {
  /** U of x: the number of (x, y) pairs with x > y, ties counting one half. */
  u: number;
  p: number;
  /**
   * The continuity-corrected standardized U of x (positive when x tends to be larger), the
   * normal approximation the asymptotic p comes from; reported with the exact method too.
   * 0 when every value is equal (the spread of U is then 0).
   */
  z: number;
  n1: number;
  n2: number;
  /** Whether any value occurs more than once across both samples. */
  ties: boolean;
  /** 'exact' when one sample has at most 8 values and nothing is tied, as SciPy's 'auto'. */
  method: 'exact' | 'asymptotic';
};

/** Largest sample size for which the smaller group triggers the exact distribution (SciPy's rule). */
export const MWU_EXACT_MAX_N = 8;

/** Midranks (1-based) of the pooled values and the sizes of the tie groups. */
function rankWithTies(values: number[]): { ranks: number[]; tieSizes: number[] } {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  const tieSizes: number[] = [];
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    const midrank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = midrank;
    tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}

/**
 * Counts of U = 0…maxU under H0 for samples of m and n (m small), as BigInts so they are exact.
 * They are the coefficients of the Gaussian binomial [m+n choose m]_q
 * = Π_{i=1..m} (1 − q^{n+i}) / (1 − q^i) (Mann & Whitney 1947; Andrews, "The Theory of
 * Partitions", §3.3); each step multiplies by (1 − q^{n+i}) and divides by (1 − q^i) with a
 * running sum. Coefficients up to maxU depend only on lower ones, so the series is cut there.
 */
function uCounts(m: number, n: number, maxU: number): bigint[] {
  const c = new Array<bigint>(maxU + 1).fill(0n);
  c[0] = 1n;
  for (let i = 1; i <= m; i++) {
    for (let k = maxU; k >= n + i; k--) c[k]! -= c[k - n - i]!;
    for (let k = i; k <= maxU; k++) c[k]! += c[k - i]!;
  }
  return c;
}

function binomial(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}

/** P(U ≥ u) under H0 for samples of n1 and n2 without ties (SciPy's `_MWU.sf`). */
function exactSf(u: number, n1: number, n2: number): number {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const total = binomial(m + n, m);
  // The distribution is symmetric about mn/2: sum whichever tail is shorter.
  if (u <= 0) return 1;
  const complement = m * n - u;
  if (u >= complement) {
    const counts = uCounts(m, n, complement);
    return ratio(counts.reduce((s, v) => s + v, 0n), total);
  }
  const counts = uCounts(m, n, u - 1);
  return 1 - ratio(counts.reduce((s, v) => s + v, 0n), total);
}

function ratio(numerator: bigint, denominator: bigint): number {
  return Number(numerator) / Number(denominator);
}

/**
 * Tests whether x tends to be larger ('greater') or smaller ('less') than y, or either.
 * Throws StatsInputError on an empty sample (SciPy returns NaN there): a test of nothing has
 * no answer, and `verdict` reports small samples before this is reached.
 */
export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  opts: { alternative?: Alternative } = {},
): MannWhitneyResult {
  requireSample(x, 'x');
  requireSample(y, 'y');
  const alternative = opts.alternative ?? 'two-sided';
  const n1 = x.length;
  const n2 = y.length;
  const { ranks, tieSizes } = rankWithTies([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i]!;
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const ties = tieSizes.some((t) => t > 1);

  // Normal approximation with the tie correction of the variance (SciPy's `_get_mwu_z`):
  // σ² = n1·n2/12 · ((n+1) − Σ(t³−t)/(n(n−1))), and U moved 0.5 towards the mean.
  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  const tieTerm = tieSizes.reduce((s, t) => s + t ** 3 - t, 0);
  const sigma = Math.sqrt(Math.max(0, ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)))));
  const correction = alternative === 'greater' ? 0.5 : alternative === 'less' ? -0.5 : 0.5 * Math.sign(u1 - mu);
  const z = sigma > 0 ? (u1 - mu - correction) / sigma : 0;

  const method = (n1 <= MWU_EXACT_MAX_N || n2 <= MWU_EXACT_MAX_N) && !ties ? 'exact' : 'asymptotic';
  // SciPy takes the upper tail of U1 for 'greater', of U2 for 'less', of max(U1, U2) doubled
  // for 'two-sided', then clips to 1.
  const u = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
  const factor = alternative === 'two-sided' ? 2 : 1;
  let p: number;
  if (method === 'exact') {
    p = exactSf(u, n1, n2);
  } else if (sigma === 0) {
    p = 1; // every value equal: nothing separates the groups
  } else {
    p = normalSf((u - mu - 0.5) / sigma);
  }
  p = Math.min(1, Math.max(0, p * factor));
  return { u: u1, p, z, n1, n2, ties, method };
}
