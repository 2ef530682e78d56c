// The standard normal distribution: CDF, upper tail and quantile, to double precision.
//
// Written here rather than taken from a package: simple-statistics' `probit` uses Winitzki's
// closed form (error ≈ 1e-3) and its `errorFunction` a 1.2e-7 fit, too coarse to match SciPy
// to 1e-6 once quantiles are multiplied out; @stdlib's normal modules are exact but bring a
// tree of packages (and a native-addon loader) for two functions; jstat is no longer released.
// Both approximations below are textbook and checked against SciPy in tests/unit/stats.

const SQRT2 = Math.SQRT2;
const SQRT_PI = Math.sqrt(Math.PI);

/** erfc(x) for x ≥ 0. */
function erfcNonNegative(x: number): number {
  if (x < 3) {
    // Abramowitz & Stegun 7.1.6: erf x = 2/√π · e^{-x²} · Σ 2ⁿ x^{2n+1} / (1·3·…·(2n+1)).
    // Every term is positive, so the sum loses no digits to cancellation; below 3, 1 − erf
    // stays above 2e-5 and keeps ~11 significant digits.
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - ((2 / SQRT_PI) * Math.exp(-x * x) * sum);
  }
  // A&S 7.1.14, the continued fraction √π·e^{x²}·erfc x = 1/(x+ (1/2)/(x+ 1/(x+ (3/2)/(x+ …)))),
  // evaluated by the modified Lentz method (Numerical Recipes §5.2); it converges in a few
  // dozen steps for x ≥ 3 and keeps full relative precision far into the tail.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (SQRT_PI * f);
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  const t = Math.abs(z) / SQRT2;
  const tail = erfcNonNegative(t) / 2;
  return z < 0 ? tail : 1 - tail;
}

/** P(Z > z), accurate in the far upper tail where 1 − normalCdf(z) would round to 0. */
export function normalSf(z: number): number {
  return normalCdf(-z);
}

/** The standard normal density. */
export function normalPdf(z: number): number {
  return Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI);
}

// Acklam's rational approximation (P. J. Acklam, "An algorithm for computing the inverse
// normal cumulative distribution function", 2003; relative error < 1.15e-9), followed by one
// Halley step against normalCdf, as Acklam recommends, which brings it to double precision.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function poly(coefficients: number[], x: number): number {
  return coefficients.reduce((acc, k) => acc * x + k, 0);
}

/** The z with P(Z ≤ z) = p (SciPy's `norm.ppf`). */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = poly(C, q) / (poly(D, q) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x = (poly(A, r) * q) / (poly(B, r) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -poly(C, q) / (poly(D, q) * q + 1);
  }
  // Halley refinement; in the upper half work with the upper tail so tiny 1 − p keep digits.
  const e = p > 0.5 ? -(normalSf(x) - (1 - p)) : normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}
