import { describe, expect, it } from 'vitest';
import { minimumDetectableMeanEffect, minimumDetectableProportionEffect, powerMultiplier, StatsInputError } from '@/lib/stats';
import { expectClose } from './support';

// References from SciPy, with the formulas written out (statsmodels is not installed there):
//   zq = scipy.stats.norm.ppf(1 - alpha/2) + scipy.stats.norm.ppf(power)
describe('powerMultiplier', () => {
  it('is z_{0.975} + z_{0.8} at the defaults', () => {
    expectClose(powerMultiplier(), 2.8015852181129683); // norm.ppf(0.975) + norm.ppf(0.8)
  });

  it('follows alpha and power', () => {
    expectClose(powerMultiplier({ alpha: 0.01, power: 0.9 }), 3.8573808690935008); // norm.ppf(0.995) + norm.ppf(0.9)
  });

  it('refuses an alpha or power outside (0, 1)', () => {
    expect(() => powerMultiplier({ alpha: 0 })).toThrow(StatsInputError);
    expect(() => powerMultiplier({ power: 80 })).toThrow(/power/);
  });
});

describe('minimumDetectableMeanEffect', () => {
  it.each([
    // d = zq * sd * np.sqrt(1/n1 + 1/n2); ratio = 1 + d/mean
    [40, 38, 120, 200, 76.15713377452299, 1.380785668872615],
    [12, 300, 55.5, 80, 45.77442178207345, 1.5721802722759182],
  ])('for n = %d and %d, sd %d and control mean %d is %d (ratio %d)', (n1, n2, pooledSd, controlMean, difference, ratio) => {
    const result = minimumDetectableMeanEffect({ n1, n2, pooledSd, controlMean });
    expectClose(result.difference, difference);
    expectClose(result.ratio!, ratio);
  });

  it('has no ratio when the control mean is 0', () => {
    expect(minimumDetectableMeanEffect({ n1: 10, n2: 10, pooledSd: 1, controlMean: 0 }).ratio).toBeNull();
  });

  it('shrinks as the samples grow', () => {
    const small = minimumDetectableMeanEffect({ n1: 10, n2: 10, pooledSd: 50, controlMean: 100 });
    const large = minimumDetectableMeanEffect({ n1: 1000, n2: 1000, pooledSd: 50, controlMean: 100 });
    expect(large.difference).toBeLessThan(small.difference / 9);
  });
});

describe('minimumDetectableProportionEffect', () => {
  it.each([
    // h = zq*np.sqrt(1/n1 + 1/n2); rate = np.sin(np.arcsin(np.sqrt(p)) + h/2)**2; ratio = rate/p
    [40, 38, 0.1, 0.3557535513476151, 3.557535513476151],
    [500, 450, 0.02, 0.05327710056126809, 2.6638550280634044],
  ])('for n = %d and %d at a baseline of %d is a rate of %d (ratio %d)', (n1, n2, baseline, rate, ratio) => {
    const result = minimumDetectableProportionEffect({ n1, n2, baseline });
    expectClose(result.rate!, rate);
    expectClose(result.ratio!, ratio);
    expectClose(result.difference!, rate - baseline);
  });

  it('gives a rate but no ratio at a baseline of 0', () => {
    const result = minimumDetectableProportionEffect({ n1: 30, n2: 30, baseline: 0 });
    expectClose(result.rate!, 0.1252090710408058); // np.sin(0 + zq*np.sqrt(2/30)/2)**2
    expect(result.ratio).toBeNull();
  });

  it('gives nothing when even a rate of 100% could not be detected', () => {
    // n = 3 and 2 at 60%: asin(sqrt(0.6)) + h/2 = 2.16 > π/2
    expect(minimumDetectableProportionEffect({ n1: 3, n2: 2, baseline: 0.6 })).toEqual({ rate: null, difference: null, ratio: null });
  });

  it('refuses a baseline outside [0, 1]', () => {
    expect(() => minimumDetectableProportionEffect({ n1: 3, n2: 2, baseline: 1.2 })).toThrow(/baseline/);
  });
});
