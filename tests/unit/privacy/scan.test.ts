// The scan as a whole: spans, weights and score, overlaps, the author's names, a realistic post.
import { describe, expect, it } from 'vitest';
import { PRIVACY_KINDS, PRIVACY_LABELS, PRIVACY_WEIGHTS, scanPrivacy } from '@/lib/privacy';
import { resolveOverlaps } from '@/lib/privacy/resolve';
import type { Candidate } from '@/lib/privacy/types';

const POST = [
  'Huge thanks to Priya Patel and @Tom Berger for the launch! 🚀',
  'Questions? Call +44 20 7946 0958 or write to press@acme.com.',
  "I'm at the Grand Hyatt this week; my 7-year-old daughter Emma came along.",
  'After my burnout, my salary is €85,000 and the roadmap is still confidential.',
  'Visit us at 221B Baker Street, London NW1 6XE. IBAN DE89 3704 0044 0532 0130 00.',
].join('\n');

describe('scanPrivacy', () => {
  it('finds every kind in a realistic post, in text order', () => {
    const { findings } = scanPrivacy(POST);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['person_name', 'Priya Patel'],
      ['person_name', '@Tom Berger'],
      ['phone', '+44 20 7946 0958'],
      ['email', 'press@acme.com'],
      ['location', "I'm at the Grand Hyatt"],
      ['family', 'my 7-year-old daughter Emma'],
      ['health', 'burnout'],
      ['finance', 'my salary is €85,000'],
      ['confidential', 'confidential'],
      ['address', '221B Baker Street, London NW1 6XE'],
      ['iban', 'DE89 3704 0044 0532 0130 00'],
    ]);
  });

  it('every span points at its text, and the score is the sum of the weights', () => {
    const { findings, score } = scanPrivacy(POST);
    for (const f of findings) {
      expect(POST.slice(f.start, f.end)).toBe(f.text);
      expect(f.weight).toBe(PRIVACY_WEIGHTS[f.kind]);
    }
    expect(score).toBe(findings.reduce((sum, f) => sum + f.weight, 0));
    expect(score).toBe(2 + 2 + 5 + 4 + 3 + 4 + 6 + 4 + 4 + 5 + 8);
  });

  it('an empty or harmless post scores zero', () => {
    expect(scanPrivacy('')).toEqual({ findings: [], score: 0 });
    const harmless = [
      '🚀 Excited to share that our team at Acme hit 1,000,000 impressions in 2023-2024!',
      'Key lessons:\n1. Consistency beats intensity\n2. Engage with your community',
      'With Product Manager roles opening, DM me. Thanks to New York for hosting.',
      '#growth #linkedin https://lnkd.in/abc123 and acme.com/report-2024?id=5551234567',
    ].join('\n');
    expect(scanPrivacy(harmless).findings).toEqual([]);
  });

  it('spans are UTF-16 offsets past astral characters', () => {
    const text = '🚀🚀 mail me: zoë@example.com';
    const [f] = scanPrivacy(text).findings;
    expect(f?.start).toBe(text.indexOf('zoë'));
    expect(f?.text).toBe('zoë@example.com');
  });

  it('the weights table covers every kind with a positive weight and a label', () => {
    for (const kind of PRIVACY_KINDS) {
      expect(PRIVACY_WEIGHTS[kind]).toBeGreaterThan(0);
      expect(PRIVACY_LABELS[kind].length).toBeGreaterThan(0);
    }
  });

  it('labels name the variant of a finding', () => {
    const labels = scanPrivacy('4111 1111 1111 1111, GB82 WEST 1234 5698 7654 32, cc @jane_doe').findings.map((f) => f.label);
    expect(labels).toEqual(['Payment card (Visa)', 'IBAN (GB)', '@-mention']);
  });
});

describe('overlapping findings', () => {
  it('a card number after "call" is a card, not a phone number', () => {
    // 15 digits: a phone candidate (phone word, at most 15 digits) and an American Express card.
    const { findings } = scanPrivacy('call 3782 822463 10005');
    expect(findings.map((f) => [f.kind, f.text])).toEqual([['payment_card', '3782 822463 10005']]);
  });

  it('a street merged with its postcode replaces the street alone', () => {
    const { findings } = scanPrivacy('Hauptstraße 5, 10115 Berlin');
    expect(findings.map((f) => f.text)).toEqual(['Hauptstraße 5, 10115 Berlin']);
  });

  it('a relative with a name is one family finding, not a name inside it', () => {
    const { findings } = scanPrivacy('with my son Tom Hanks');
    expect(findings.map((f) => [f.kind, f.text])).toEqual([['family', 'my son Tom']]);
  });

  const c = (kind: Candidate['kind'], start: number, end: number): Candidate => ({ kind, start, end, label: kind });
  const text = 'x'.repeat(40);

  it('the more specific kind wins an overlap even when shorter', () => {
    expect(resolveOverlaps(text, [c('health', 0, 30), c('iban', 5, 10)])).toEqual([c('iban', 5, 10)]);
  });

  it('within a tier the longer candidate wins, then the earlier one', () => {
    expect(resolveOverlaps(text, [c('phone', 0, 5), c('address', 3, 20)])).toEqual([c('address', 3, 20)]);
    expect(resolveOverlaps(text, [c('health', 4, 8), c('confidential', 2, 6)])).toEqual([c('confidential', 2, 6)]);
  });

  it('non-overlapping candidates are all kept, ordered by start', () => {
    expect(resolveOverlaps(text, [c('health', 10, 12), c('email', 0, 5), c('health', 12, 14)])).toEqual([
      c('email', 0, 5),
      c('health', 10, 12),
      c('health', 12, 14),
    ]);
  });

  it('the result does not depend on the order of the candidates', () => {
    const list = [c('health', 0, 10), c('finance', 5, 15), c('family', 5, 15), c('email', 14, 20), c('location', 18, 30)];
    const expected = resolveOverlaps(text, list);
    expect(resolveOverlaps(text, [...list].reverse())).toEqual(expected);
  });

  it('candidates inside a URL are dropped, except email addresses', () => {
    const url = 'see https://x.io/a/5551234567?to=a@b.io';
    expect(resolveOverlaps(url, [c('phone', 18, 28), c('email', 32, 38)])).toEqual([c('email', 32, 38)]);
  });
});

describe("the author's own names", () => {
  it('are matched with accents, case and spacing folded', () => {
    expect(scanPrivacy('thanks to ZOE MULLER and Zoe Muller', { authorNames: ['Zoë Müller'] }).findings).toEqual([]);
    expect(scanPrivacy('with @zoe_muller', { authorNames: ['Zoë Müller'] }).findings).toEqual([]);
  });

  it('do not hide other people who share a first name', () => {
    const { findings } = scanPrivacy('thanks to Jane Smith', { authorNames: ['Jane Doe'] });
    expect(findings.map((f) => f.text)).toEqual(['Jane Smith']);
  });

  it('ignore empty and non-string entries', () => {
    const names = ['', '  ', 42 as unknown as string];
    expect(scanPrivacy('thanks to Jane Smith', { authorNames: names }).findings.map((f) => f.text)).toEqual(['Jane Smith']);
  });
});
