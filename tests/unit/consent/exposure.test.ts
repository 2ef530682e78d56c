import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposureTimeline, postExposure, ruleFor, spanAt, type ExposureEvent, type ExposureRule } from '@/lib/consent/exposure';

// The seeded rules of DESIGN.md, with the EEA abbreviated to two members for readability.
const RULES: ExposureRule[] = [
  { id: 'world', effectiveFrom: '2024-09-18', regions: ['*'], exempt: false, defaultOn: true, label: 'default ON' },
  { id: 'eea', effectiveFrom: '2024-09-18', regions: ['DE', 'FR', 'CH'], exempt: true, defaultOn: true, label: 'EEA exempt' },
  { id: 'gb', effectiveFrom: '2024-09-20', regions: ['GB'], exempt: true, defaultOn: true, label: 'UK exempt' },
  { id: 'cahk', effectiveFrom: '2024-09-18', regions: ['CA', 'HK'], exempt: true, defaultOn: true, label: 'CA/HK exempt', startUnconfirmed: true },
  { id: 'end', effectiveFrom: '2025-11-03', regions: ['DE', 'FR', 'CH', 'GB', 'CA', 'HK'], exempt: false, defaultOn: true, label: 'exemption ends' },
];

const at = (iso: string) => new Date(iso);
const on = (iso: string): ExposureEvent => ({ status: 'on', effectiveAt: at(iso) });
const off = (iso: string): ExposureEvent => ({ status: 'off', effectiveAt: at(iso) });

describe('ruleFor', () => {
  it.each([
    ['US', '2024-09-17', null],
    ['US', '2024-09-18', 'world'],
    ['DE', '2024-09-18', 'eea'], // same day: the rule naming the region beats the catch-all
    ['GB', '2024-09-19', 'world'], // the UK exemption began two days later
    ['GB', '2024-09-20', 'gb'],
    ['CA', '2025-01-01', 'cahk'],
    ['DE', '2025-11-02', 'eea'],
    ['DE', '2025-11-03', 'end'],
    ['HK', '2026-01-01', 'end'],
    ['BR', '2026-01-01', 'world'],
  ])('in %s on %s applies %s', (region, day, id) => {
    expect(ruleFor(RULES, region, day)?.id ?? null).toBe(id);
  });
});

describe('effective exposure', () => {
  it('is ON by default from the day the setting appeared, outside exempt regions', () => {
    const spans = exposureTimeline(RULES, [], 'US');
    expect(spanAt(spans, at('2024-09-17T23:59:59Z')).state).toBe('no_setting');
    expect(spanAt(spans, at('2024-09-18T00:00:00Z'))).toMatchObject({ state: 'exposed', toggle: 'on', toggleFrom: 'default' });
  });

  it('stops at an opt-out and resumes at an opt-in', () => {
    const spans = exposureTimeline(RULES, [off('2024-10-01T12:00:00Z'), on('2025-03-01T00:00:00Z')], 'US');
    expect(spanAt(spans, at('2024-10-01T11:59:59Z')).state).toBe('exposed');
    expect(spanAt(spans, at('2024-10-01T12:00:00Z'))).toMatchObject({ state: 'opted_out', toggleFrom: 'event' });
    expect(spanAt(spans, at('2025-03-01T00:00:00Z')).state).toBe('exposed');
  });

  it('is exempt in the EEA whatever the toggle says, until the exemption ends', () => {
    const spans = exposureTimeline(RULES, [on('2024-10-01T00:00:00Z')], 'DE');
    expect(spanAt(spans, at('2025-06-01T00:00:00Z'))).toMatchObject({ state: 'exempt', toggle: 'on' });
    expect(spanAt(spans, at('2025-11-03T00:00:00Z'))).toMatchObject({ state: 'exposed', rule: { id: 'end' } });
  });

  it('keeps an opt-out made during the exemption once the exemption ends', () => {
    const spans = exposureTimeline(RULES, [off('2025-10-20T00:00:00Z')], 'FR');
    expect(spanAt(spans, at('2025-12-01T00:00:00Z')).state).toBe('opted_out');
  });

  it('exposes UK members for the two days before their exemption began', () => {
    const spans = exposureTimeline(RULES, [], 'GB');
    expect(spanAt(spans, at('2024-09-19T10:00:00Z')).state).toBe('exposed');
    expect(spanAt(spans, at('2024-09-20T10:00:00Z')).state).toBe('exempt');
  });

  it('keeps a post "in the pool" after an opt-out: ever exposed, though not exposed now', () => {
    const spans = exposureTimeline(RULES, [off('2025-01-01T00:00:00Z')], 'US');
    expect(postExposure(spans, at('2024-12-01T00:00:00Z'), at('2026-01-01T00:00:00Z'))).toMatchObject({ exposedAtPublication: true, everExposed: true });
    expect(postExposure(spans, at('2025-02-01T00:00:00Z'), at('2026-01-01T00:00:00Z'))).toMatchObject({ exposedAtPublication: false, everExposed: false });
  });

  it('counts a post published while opted out as ever exposed once the member opts back in', () => {
    const spans = exposureTimeline(RULES, [off('2024-09-18T00:00:00Z'), on('2025-05-01T00:00:00Z')], 'US');
    const post = postExposure(spans, at('2024-12-01T00:00:00Z'), at('2026-01-01T00:00:00Z'));
    expect(post).toMatchObject({ exposedAtPublication: false, everExposed: true, stateAtPublication: 'opted_out' });
  });

  it('does not count an opt-in scheduled for the future as exposure yet', () => {
    const spans = exposureTimeline(RULES, [off('2024-09-18T00:00:00Z'), on('2027-01-01T00:00:00Z')], 'US');
    expect(postExposure(spans, at('2025-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z')).everExposed).toBe(false);
  });

  it('is a chain of consecutive spans with no gaps, whatever the events and region', () => {
    const region = fc.constantFrom('US', 'DE', 'GB', 'CA', 'XX');
    const event = fc.record({
      status: fc.constantFrom<'on' | 'off'>('on', 'off'),
      effectiveAt: fc.date({ min: at('2023-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z'), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(region, fc.array(event, { maxLength: 12 }), fc.date({ min: at('2023-06-01T00:00:00Z'), max: at('2026-12-31T00:00:00Z'), noInvalidDate: true }), (r, events, t) => {
        const spans = exposureTimeline(RULES, events, r);
        expect(spans[0]!.from).toBeNull();
        expect(spans[spans.length - 1]!.to).toBeNull();
        for (let i = 1; i < spans.length; i++) expect(spans[i]!.from!.getTime()).toBe(spans[i - 1]!.to!.getTime());
        const span = spanAt(spans, t);
        // Exposure needs a non-exempt rule and the toggle ON, and nothing else.
        expect(span.state === 'exposed').toBe(!!span.rule && !span.rule.exempt && span.toggle === 'on');
      }),
    );
  });
});
