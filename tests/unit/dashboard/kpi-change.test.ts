import { describe, expect, it } from 'vitest';
import { kpiChange } from '@/app/w/[workspace]/dashboard/kpi-change';
import { editedToCustom } from '@/app/w/[workspace]/dashboard/params';
import { parseRange } from '@/lib/dashboard/range';

describe('kpiChange', () => {
  it.each([
    ['a count that grew, in percent of the previous', 1250, 1000, 'relative', { direction: 'up', text: '25.0%', words: 'up 25.0%' }],
    ['a count that fell', 750, 1000, 'relative', { direction: 'down', text: '25.0%', words: 'down 25.0%' }],
    ['a count from nothing, as how many', 40, 0, 'relative', { direction: 'up', text: '40', words: 'up 40' }],
    ['followers after a net loss, as the difference', 10, -5, 'relative', { direction: 'up', text: '15', words: 'up 15' }],
    ['a rate, in percentage points', 0.5, 0.25, 'points', { direction: 'up', text: '25.0 pp', words: 'up 25.0 percentage points' }],
    ['one percentage point', 0.04, 0.05, 'points', { direction: 'down', text: '1.0 pp', words: 'down 1.0 percentage point' }],
    ['an average rank, by its difference', 1.5, 2, 'difference', { direction: 'down', text: '0.50', words: 'down 0.50' }],
    ['the same value', 3, 3, 'relative', { direction: 'flat', text: 'no change', words: 'unchanged' }],
    ['a change too small to show', 0.1, 0.1004, 'points', { direction: 'flat', text: 'no change', words: 'unchanged' }],
    ['zero before and after', 0, 0, 'relative', { direction: 'flat', text: 'no change', words: 'unchanged' }],
  ] as const)('says %s', (_name, current, previous, kind, expected) => {
    expect(kpiChange(current, previous, kind)).toEqual(expected);
  });

  it('has nothing to say when either value is unknown', () => {
    expect(kpiChange(null, 1, 'points')).toBeNull();
    expect(kpiChange(0.2, null, 'points')).toBeNull();
  });
});

describe('editedToCustom', () => {
  const today = new Date('2025-03-15T10:00:00Z');
  it('keeps a preset whose days were sent unchanged, and makes days changed by hand a custom range', () => {
    const shown = parseRange({ range: '7d', from: '2025-03-09', to: '2025-03-15' }, null, today);
    expect(editedToCustom({ range: '7d', from: '2025-03-09', to: '2025-03-15' }, shown)).toBeNull();
    expect(editedToCustom({ range: '7d', from: '2025-03-01', to: '2025-03-15', profile: 'p' }, shown)).toEqual({ range: 'custom', from: '2025-03-01', to: '2025-03-15', profile: 'p' });
    expect(editedToCustom({ range: '7d' }, shown)).toBeNull();
  });
});
