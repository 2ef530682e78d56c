import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalSf } from '@/lib/stats';
import { expectClose } from './support';

describe('normalCdf', () => {
  it.each([
    [-6, 9.865876450376946e-10], // scipy.stats.norm.cdf(-6)
    [-3.5, 0.00023262907903552502], // norm.cdf(-3.5)
    [-1.96, 0.024997895148220435], // norm.cdf(-1.96)
    [-0.5, 0.3085375387259869], // norm.cdf(-0.5)
    [0, 0.5], // norm.cdf(0)
    [1, 0.8413447460685429], // norm.cdf(1)
    [2.5, 0.9937903346742238], // norm.cdf(2.5)
  ])('at %d matches SciPy', (z, expected) => {
    expectClose(normalCdf(z), expected);
  });

  it('keeps relative precision far in the tails', () => {
    // norm.sf(8) = 6.22096057427174e-16, norm.cdf(-10) = 7.61985302416047e-24
    expect(normalSf(8) / 6.22096057427174e-16).toBeCloseTo(1, 10);
    expect(normalCdf(-10) / 7.61985302416047e-24).toBeCloseTo(1, 10);
  });

  it('is 0 and 1 at the infinities', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });
});

describe('normalQuantile', () => {
  it.each([
    [1e-10, -6.361340902404056], // norm.ppf(1e-10)
    [0.001, -3.090232306167813], // norm.ppf(0.001)
    [0.025, -1.9599639845400545], // norm.ppf(0.025)
    [0.3, -0.5244005127080409], // norm.ppf(0.3)
    [0.5, 0], // norm.ppf(0.5)
    [0.8, 0.8416212335729143], // norm.ppf(0.8)
    [0.975, 1.959963984540054], // norm.ppf(0.975)
    [0.99, 2.3263478740408408], // norm.ppf(0.99)
  ])('at %d matches SciPy', (p, expected) => {
    expectClose(normalQuantile(p), expected, 1e-12);
  });

  it('is ±Infinity at 0 and 1 and NaN outside', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it('inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThanOrEqual(1e-14 + p * 1e-12);
      }),
    );
  });
});
