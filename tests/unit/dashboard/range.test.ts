import { describe, expect, it } from 'vitest';
import { bucketFor, parseRange, rangeParams } from '@/lib/dashboard/range';
import { bucketStarts } from '@/lib/dashboard/scope';

// The dashboard's range as the URL carries it: days are UTC, `to` is inclusive in the URL and
// exclusive inside, and the previous period has the same length just before.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const days = (list: Date[]) => list.map((d) => d.toISOString().slice(0, 10));
const TODAY = new Date('2025-03-15T10:30:00Z');

describe('parseRange', () => {
  it.each([
    ['7d', '2025-03-09', '2025-03-02', 'day'],
    ['30d', '2025-02-14', '2025-01-15', 'day'],
    ['90d', '2024-12-16', '2024-09-17', 'day'],
    // 365 days, across 29 February 2024: the previous period is 365 days too.
    ['12m', '2024-03-16', '2023-03-17', 'week'],
  ] as const)('reads the preset %s as the days up to today included, with the same length before it', (preset, from, previousFrom, bucket) => {
    const r = parseRange({ range: preset }, null, TODAY);
    expect(r).toMatchObject({ preset, from: day(from), to: day('2025-03-16'), bucket, notice: null });
    expect(r.previous).toEqual({ from: day(previousFrom), to: day(from) });
  });

  it('defaults to the last 30 days without a notice when the URL says nothing', () => {
    expect(parseRange({}, null, TODAY)).toMatchObject({ preset: '30d', from: day('2025-02-14'), to: day('2025-03-16'), notice: null });
  });

  it('starts "all" on the first day with data, with no previous period', () => {
    const r = parseRange({ range: 'all' }, new Date('2024-06-10T15:00:00Z'), TODAY);
    expect(r).toMatchObject({ preset: 'all', from: day('2024-06-10'), to: day('2025-03-16'), previous: null, bucket: 'week' });
    expect(parseRange({ range: 'all' }, null, TODAY)).toMatchObject({ from: day('2025-02-14'), previous: null });
  });

  it('reads a custom range with both days included, and its previous period of the same length', () => {
    const r = parseRange({ range: 'custom', from: '2025-01-01', to: '2025-01-31' }, null, TODAY);
    expect(r).toMatchObject({ preset: 'custom', from: day('2025-01-01'), to: day('2025-02-01'), bucket: 'day', notice: null });
    expect(r.previous).toEqual({ from: day('2024-12-01'), to: day('2025-01-01') });
    // One day is a range too.
    expect(parseRange({ range: 'custom', from: '2025-01-05', to: '2025-01-05' }, null, TODAY)).toMatchObject({ from: day('2025-01-05'), to: day('2025-01-06') });
    // Days without `range` are a custom range.
    expect(parseRange({ from: '2025-01-01', to: '2025-01-31' }, null, TODAY).preset).toBe('custom');
  });

  it.each([
    ['a start after the end', { range: 'custom', from: '2025-02-01', to: '2025-01-31' }],
    ['a missing end', { range: 'custom', from: '2025-02-01' }],
    ['a day that does not exist', { range: 'custom', from: '2025-02-01', to: '2025-02-30' }],
    ['a date in another format', { range: 'custom', from: '01/02/2025', to: '2025-02-10' }],
  ])('falls back to the last 30 days with a notice for %s', (_name, params) => {
    const r = parseRange(params, null, TODAY);
    expect(r).toMatchObject({ preset: '30d', from: day('2025-02-14'), to: day('2025-03-16') });
    expect(r.notice).toMatch(/showing the last 30 days/);
  });

  it('names a range that is not one in its notice', () => {
    const r = parseRange({ range: 'forever' }, null, TODAY);
    expect(r).toMatchObject({ preset: '30d', from: day('2025-02-14') });
    expect(r.notice).toContain('“forever” is not a range');
  });

  it('picks days up to about three months, weeks up to about two years, months beyond', () => {
    expect(bucketFor(day('2025-01-01'), day('2025-04-03'))).toBe('day'); // 92 days
    expect(bucketFor(day('2025-01-01'), day('2025-04-04'))).toBe('week');
    expect(bucketFor(day('2023-01-01'), day('2025-01-01'))).toBe('week'); // 731 days
    expect(bucketFor(day('2020-01-01'), day('2025-01-01'))).toBe('month');
    expect(parseRange({ range: 'custom', from: '2020-01-01', to: '2024-12-31' }, null, TODAY).bucket).toBe('month');
  });
});

describe('rangeParams', () => {
  it('writes a preset as its name and a custom range as its days, both included', () => {
    expect(rangeParams(parseRange({ range: '90d' }, null, TODAY))).toEqual({ range: '90d' });
    const custom = parseRange({ range: 'custom', from: '2025-01-01', to: '2025-01-31' }, null, TODAY);
    expect(rangeParams(custom)).toEqual({ range: 'custom', from: '2025-01-01', to: '2025-01-31' });
    expect(parseRange(rangeParams(custom), null, TODAY)).toEqual(custom);
  });
});

describe('bucketStarts', () => {
  it('gives every day of a range, weeks from the Monday holding its start, months from the first', () => {
    expect(days(bucketStarts(day('2025-03-01'), day('2025-03-04'), 'day'))).toEqual(['2025-03-01', '2025-03-02', '2025-03-03']);
    // 1 March 2025 is a Saturday: its week starts on Monday 24 February.
    expect(days(bucketStarts(day('2025-03-01'), day('2025-03-18'), 'week'))).toEqual(['2025-02-24', '2025-03-03', '2025-03-10', '2025-03-17']);
    expect(days(bucketStarts(day('2024-11-15'), day('2025-02-01'), 'month'))).toEqual(['2024-11-01', '2024-12-01', '2025-01-01']);
  });
});
