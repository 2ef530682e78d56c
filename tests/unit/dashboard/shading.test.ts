import { describe, expect, it } from 'vitest';
import { markerBucket, shadedAreas } from '@/app/_components/charts/exposure-shading';
import { bucketExposure, describeBands } from '@/app/_components/charts/time-overlays';
import type { ExposureBand } from '@/lib/dashboard/bands';

// Exposure bands (first day, first day after) onto a category axis of buckets named by their
// first day: a band covers every bucket it touches.

const band = (from: string, to: string, exposedProfiles = 1, totalProfiles = 1): ExposureBand => ({ from, to, exposedProfiles, totalProfiles });
const DAYS = ['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04'];
const WEEKS = ['2025-03-03', '2025-03-10', '2025-03-17'];

describe('shadedAreas', () => {
  it.each([
    ['a band inside the range covers its days, the day after excluded', [band('2025-03-02', '2025-03-04')], DAYS, [{ x1: '2025-03-02', x2: '2025-03-03', all: true, label: 'under exposure' }]],
    ['a band that started before the range starts at its first bucket', [band('2024-09-18', '2025-03-02')], DAYS, [{ x1: '2025-03-01', x2: '2025-03-01', all: true, label: 'under exposure' }]],
    ['a band running past the range ends at its last bucket', [band('2025-03-03', '2025-06-01')], DAYS, [{ x1: '2025-03-03', x2: '2025-03-04', all: true, label: 'under exposure' }]],
    [
      'a band inside a week covers the whole week, lighter when only some profiles are exposed',
      [band('2025-03-05', '2025-03-12', 2, 3)],
      WEEKS,
      [{ x1: '2025-03-03', x2: '2025-03-10', all: false, label: '2 of 3 profiles under exposure' }],
    ],
    ['a team band with every profile exposed is "all"', [band('2025-03-10', '2025-03-24', 2, 2)], WEEKS, [{ x1: '2025-03-10', x2: '2025-03-17', all: true, label: '2 of 2 profiles under exposure' }]],
    ['no buckets, no areas', [band('2025-03-01', '2025-03-02')], [], []],
    ['no bands, no areas', [], DAYS, []],
  ])('%s', (_name, bands, buckets, expected) => {
    expect(shadedAreas(bands, buckets)).toEqual(expected);
  });
});

describe('markerBucket', () => {
  it('puts a marker on the bucket holding its day, and nowhere before the first', () => {
    expect(markerBucket('2025-03-03', DAYS)).toBe('2025-03-03');
    expect(markerBucket('2025-03-12', WEEKS)).toBe('2025-03-10');
    expect(markerBucket('2025-03-30', WEEKS)).toBe('2025-03-17');
    expect(markerBucket('2025-02-28', DAYS)).toBeNull();
  });
});

describe('bucketExposure and describeBands', () => {
  it('say per bucket and in words what the shading shows', () => {
    const bands = [band('2025-03-05', '2025-03-12', 1, 2), band('2025-03-12', '2025-03-20', 2, 2)];
    expect(bucketExposure(bands, WEEKS, '2025-03-24')).toEqual(['1 of 2 profiles', '2 of 2 profiles', '2 of 2 profiles']);
    expect(bucketExposure([band('2025-03-02', '2025-03-03')], DAYS, '2025-03-05')).toEqual(['no', 'yes', 'no', 'no']);
    expect(describeBands(bands)).toBe('Under effective training exposure (shaded): 2025-03-05 to 2025-03-11 (1 of 2 profiles); 2025-03-12 to 2025-03-19 (2 of 2 profiles).');
    expect(describeBands([])).toBe('No period of this range was under effective training exposure.');
  });
});
