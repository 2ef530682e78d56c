// Property tests (fast-check): the scan never throws, its findings are well-formed spans that never
// overlap, the score is their sum, and the result depends on nothing but the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIVACY_WEIGHTS, scanPrivacy, type PrivacyScan } from '@/lib/privacy';

// Any UTF-16 code unit, lone surrogates included.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
// Pieces that trigger the detectors, so random texts hit the interesting paths.
const piece = fc.constantFrom(
  ' ', '  ', '\n', '\t', '\u00A0', '-', '–', '.', ',', '/', '(', ')', '+', '@', '#', ':', "'", '’', '°', '′', '″', '€', '$',
  '0', '1', '4', '7', '00', '030', '+44', '(0)', '4111', '1111', '2024', '12.03.', 'DE89', '3704', 'GB82', 'WEST', 'NW1', '6XE',
  'a@b.io', '@Jane', 'Doe', 'Zoë', 'Müller', 'Street', 'rue', 'Calle', 'straße', 'Box', 'P.O.', 'London', 'Berlin',
  'thanks to', 'with', 'my son', 'my colleague', 'Dr.', 'call', 'tel', 'order', "I'm at", 'currently in', 'the', 'hotel room',
  'cancer', 'ADHD', 'salary', 'I earn', 'k', 'debt', 'confidential', 'NDA', 'do not share', '📍', '🚀', '\uD83D', '\uDE80',
  'e\u0301', '\u0301', 'ß', 'İ', 'https://', 'www.', '.com', 'urn:li:activity:',
);
const textArb = fc.oneof(
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 60 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 80 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(piece, fc.string({ unit: codeUnit, maxLength: 3 })), { maxLength: 40 }).map((p) => p.join('')) },
);
const authorsArb = fc.option(fc.array(fc.oneof(fc.constantFrom('Jane Doe', 'Zoë Müller', '@jane_doe', ''), fc.string({ maxLength: 12 })), { maxLength: 3 }), { nil: undefined });

function checkWellFormed(text: string, result: PrivacyScan): void {
  let previousEnd = 0;
  for (const f of result.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(previousEnd); // ordered and non-overlapping
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.weight).toBe(PRIVACY_WEIGHTS[f.kind]);
    expect(f.label.length).toBeGreaterThan(0);
    previousEnd = f.end;
  }
  expect(result.score).toBe(result.findings.reduce((sum, f) => sum + f.weight, 0));
}

describe('scanPrivacy properties', () => {
  it('never throws, and returns ordered, non-overlapping spans within the text', () => {
    fc.assert(
      fc.property(textArb, authorsArb, (text, authorNames) => {
        checkWellFormed(text, scanPrivacy(text, authorNames === undefined ? undefined : { authorNames }));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic: the same input gives the same findings, also after other scans', () => {
    fc.assert(
      fc.property(textArb, textArb, (text, other) => {
        const first = scanPrivacy(text);
        scanPrivacy(other); // global regex state must not leak between calls
        expect(scanPrivacy(text)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('author names only ever remove person names', () => {
    fc.assert(
      fc.property(textArb, authorsArb, (text, authorNames) => {
        const plain = scanPrivacy(text).findings.filter((f) => f.kind !== 'person_name');
        const withAuthors = scanPrivacy(text, { authorNames: authorNames ?? [] }).findings.filter((f) => f.kind !== 'person_name');
        expect(withAuthors).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('a finding survives unrelated text around it, at shifted offsets', () => {
    const known = ['press@acme.com', '+44 20 7946 0958', 'DE89 3704 0044 0532 0130 00', '4111 1111 1111 1111'];
    const filler = fc.array(fc.constantFrom('hello', 'world', 'the', 'plan', 'works'), { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(filler, fc.constantFrom(...known), filler, (before, item, after) => {
        const text = `${before} ${item} ${after}`;
        const { findings } = scanPrivacy(text);
        expect(findings.map((f) => [f.start, f.text])).toEqual([[before.length + 1, item]]);
      }),
      { numRuns: 200 },
    );
  });

  it('scans long pathological inputs in linear time', () => {
    const n = 50_000;
    const inputs = ['a'.repeat(n), '1 '.repeat(n / 2), '12-'.repeat(n / 3), 'a.b'.repeat(n / 3) + '@', 'x@' + 'a-'.repeat(n / 2),
      'Jane '.repeat(n / 5), '@Jane Doe '.repeat(n / 10), '1.'.repeat(n / 2), '(1)'.repeat(n / 3), 'DE89 '.repeat(n / 5),
      '1°1′'.repeat(n / 4), 'salary 1 '.repeat(n / 9), '\uD83D'.repeat(n)];
    for (const text of inputs) {
      const started = performance.now();
      checkWellFormed(text, scanPrivacy(text));
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
