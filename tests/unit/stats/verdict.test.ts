import { describe, expect, it } from 'vitest';
import { MIN_SAMPLE_PER_GROUP, verdict, type VerdictInput } from '@/lib/stats';

const base: VerdictInput = {
  subject: 'Opted-in weeks',
  metric: 'mention rate',
  ratio: 1.3,
  low: 0.9,
  high: 1.8,
  nExposed: 40,
  nControl: 38,
};

describe('verdict', () => {
  it('is not conclusive when the interval includes 1, as in the design', () => {
    const result = verdict(base);
    expect(result).toMatchObject({ conclusive: false, direction: null });
    expect(result.text).toBe(
      'Opted-in weeks show 1.3× the mention rate (95% CI 0.9–1.8): not conclusive (the interval includes 1×, no difference).',
    );
  });

  it('says higher when the whole interval is above 1', () => {
    const result = verdict({ ...base, ratio: 1.52, low: 1.21, high: 1.9, p: 0.0004 });
    expect(result).toMatchObject({ conclusive: true, direction: 'higher', reasons: [] });
    expect(result.text).toBe('Opted-in weeks show 1.5× the mention rate (95% CI 1.2–1.9, p < 0.001): higher with exposure.');
  });

  it('says lower when the whole interval is below 1', () => {
    const result = verdict({ ...base, metric: 'reach per post', ratio: 0.6, low: 0.45, high: 0.8, p: 0.012 });
    expect(result.direction).toBe('lower');
    expect(result.text).toBe('Opted-in weeks show 0.6× the reach per post (95% CI 0.5–0.8, p = 0.012): lower with exposure.');
  });

  it('names the group with too few posts, whatever the interval', () => {
    const result = verdict({ ...base, ratio: 2.4, low: 1.3, high: 4.0, nExposed: 3 });
    expect(result.conclusive).toBe(false);
    expect(result.reasons).toEqual([`too few posts: 3 under exposure (at least ${MIN_SAMPLE_PER_GROUP} needed)`]);
    expect(result.text).toContain('not conclusive (too few posts: 3 under exposure');
  });

  it('names both groups when both are too small, in the unit counted', () => {
    const result = verdict({ ...base, nExposed: 2, nControl: 4, unit: 'weeks' });
    expect(result.reasons).toEqual([
      'too few weeks: 2 under exposure (at least 5 needed)',
      'too few weeks: 4 without exposure (at least 5 needed)',
      'the interval includes 1×, no difference',
    ]);
  });

  it('is not conclusive when the test disagrees with the interval', () => {
    const result = verdict({ ...base, ratio: 1.4, low: 1.05, high: 1.9, p: 0.08 });
    expect(result.conclusive).toBe(false);
    expect(result.reasons).toEqual(["the test's p = 0.080 is not below 0.05"]);
  });

  it('shows two decimals when one would blur the numbers into 1.0', () => {
    const result = verdict({ ...base, ratio: 1.04, low: 0.97, high: 1.12 });
    expect(result.text).toContain('1.04× the mention rate (95% CI 0.97–1.12)');
  });

  it('says when there is nothing to compare against', () => {
    const result = verdict({ ...base, ratio: null, low: null, high: null });
    expect(result.conclusive).toBe(false);
    expect(result.text).toBe(
      'Opted-in weeks: no ratio of the mention rate, which is 0 without exposure: not conclusive (there is nothing to compare against).',
    );
  });

  it('adds the smallest effect the data could detect', () => {
    expect(verdict({ ...base, minimumDetectableRatio: 1.62 }).text).toMatch(
      /With 40 posts under exposure and 38 without, the smallest effect the data could detect is about 1\.6×\.$/,
    );
    expect(verdict({ ...base, minimumDetectableRatio: null }).text).toMatch(/the smallest detectable effect cannot be estimated\.$/);
  });

  it('follows the confidence level of the interval', () => {
    expect(verdict({ ...base, confidence: 0.9 }).text).toContain('(90% CI 0.9–1.8)');
  });
});
