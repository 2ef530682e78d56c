// Fisher's exact test for a 2×2 table, with `scipy.stats.fisher_exact` semantics. No
// maintained JavaScript package has it (simple-statistics and jstat have no exact tests).
import { StatsInputError, type Alternative } from './errors';

export type FisherResult = {
  p: number;
  /** The sample odds ratio a·d / (b·c): Infinity when b·c = 0, NaN when a row or column is empty. */
  oddsRatio: number;
};

/** SciPy's relative tolerance for "as probable as the observed table" in the two-sided test. */
const RELATIVE_TOLERANCE = 1e-14;

/**
 * The hypergeometric law of the top-left cell given the margins: `lo…hi` and the unnormalized
 * weights from the mode outwards by the ratio pmf(x+1)/pmf(x) = (K−x)(n−x) / ((x+1)(N−K−n+x+1)),
 * which avoids the cancellation of log-factorials in large tables.
 */
function hypergeometric(total: number, successes: number, draws: number, mode: number) {
  const lo = Math.max(0, draws - (total - successes));
  const hi = Math.min(draws, successes);
  const m = Math.min(hi, Math.max(lo, mode));
  const w = new Array<number>(hi - lo + 1).fill(0);
  w[m - lo] = 1;
  for (let x = m; x < hi; x++) {
    w[x + 1 - lo] = (w[x - lo]! * (successes - x) * (draws - x)) / ((x + 1) * (total - successes - draws + x + 1));
  }
  for (let x = m; x > lo; x--) {
    w[x - 1 - lo] = (w[x - lo]! * x * (total - successes - draws + x)) / ((successes - x + 1) * (draws - x + 1));
  }
  // Sum from the smallest weights up so the tails are not lost against the mode.
  const sum = [...w].sort((a, b) => a - b).reduce((s, v) => s + v, 0);
  const pmf = (x: number) => (x < lo || x > hi ? 0 : w[x - lo]! / sum);
  const mass = (from: number, to: number) => {
    let s = 0;
    for (let x = Math.max(from, lo); x <= Math.min(to, hi); x++) s += w[x - lo]!;
    return s / sum;
  };
  return { lo, hi, pmf, mass };
}

/**
 * Table   | group 1 | group 2
 * row 1   |    a    |    b
 * row 2   |    c    |    d
 * 'less' tests an odds ratio below 1, 'greater' above 1 (as SciPy).
 */
export function fisherExact(a: number, b: number, c: number, d: number, alternative: Alternative = 'two-sided'): FisherResult {
  for (const [name, v] of [['a', a], ['b', b], ['c', c], ['d', d]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new StatsInputError(`Fisher's test: cell ${name} must be a whole number ≥ 0, got ${v}.`);
  }
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const col2 = b + d;
  // SciPy: an empty row or column carries no information; p is 1 and the odds ratio NaN.
  if (row1 === 0 || row2 === 0 || col1 === 0 || col2 === 0) return { p: 1, oddsRatio: Number.NaN };
  const oddsRatio = b > 0 && c > 0 ? (a * d) / (b * c) : Infinity;

  const total = row1 + row2;
  const mode = Math.floor(((col1 + 1) * (row1 + 1)) / (total + 2));
  const law = hypergeometric(total, row1, col1, mode);
  if (alternative === 'less') return { p: Math.min(1, law.mass(law.lo, a)), oddsRatio };
  if (alternative === 'greater') return { p: Math.min(1, law.mass(a, law.hi)), oddsRatio };

  // Two-sided, as SciPy: the observed side's tail plus every table on the other side of the
  // mode that is less probable than the observed one (within the relative tolerance).
  const pExact = law.pmf(a);
  const pMode = law.pmf(mode);
  if (Math.abs(pExact - pMode) / Math.max(pExact, pMode) <= RELATIVE_TOLERANCE) return { p: 1, oddsRatio };
  const threshold = pExact * (1 + RELATIVE_TOLERANCE);
  let p: number;
  if (a < mode) {
    let y = law.hi;
    while (y > mode && law.pmf(y) < threshold) y--;
    p = law.mass(law.lo, a) + law.mass(y + 1, law.hi);
  } else {
    let y = law.lo;
    while (y < mode && law.pmf(y) < threshold) y++;
    p = law.mass(a, law.hi) + law.mass(law.lo, y - 1);
  }
  return { p: Math.min(1, p), oddsRatio };
}
