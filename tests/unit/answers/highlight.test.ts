// Highlighting stored mention spans in an answer: the text always comes back whole, bad spans
// are skipped, and no piece ends in half an emoji.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerExcerpt, highlightSegments, splitsSurrogatePair, type HighlightSpan } from '@/lib/answers/highlight';

type Mention = HighlightSpan & { entityId: string; alias: string };
const span = (start: number, end: number, entityId = 'e1'): Mention => ({ entityId, alias: 'x', start, end });
/** Segments as [text, entityId?] pairs, easy to read in a table. */
const shape = (text: string, spans: Mention[]) => highlightSegments(text, spans).map((s) => (s.mention ? [s.text, s.mention.entityId] : [s.text]));

describe('highlightSegments', () => {
  it.each<[string, string, Mention[], string[][]]>([
    ['no mentions: the whole text as one piece', 'Hello world', [], [['Hello world']]],
    ['empty text: no pieces', '', [span(0, 1)], []],
    ['a mention in the middle', 'Ask Ada now', [span(4, 7)], [['Ask '], ['Ada', 'e1'], [' now']]],
    ['a mention at each edge', 'Ada and Bo', [span(0, 3), span(8, 10, 'e2')], [['Ada', 'e1'], [' and '], ['Bo', 'e2']]],
    ['unsorted spans come out in text order', 'Ada and Bo', [span(8, 10, 'e2'), span(0, 3)], [['Ada', 'e1'], [' and '], ['Bo', 'e2']]],
    ['adjacent mentions stay two pieces', 'AdaBo', [span(0, 3), span(3, 5, 'e2')], [['Ada', 'e1'], ['Bo', 'e2']]],
    ['an overlapping later span is skipped', 'Ada Lovelace', [span(0, 12), span(4, 12, 'e2')], [['Ada Lovelace', 'e1']]],
    ['at the same start, the longer span wins', 'Ada Lovelace', [span(0, 3, 'short'), span(0, 12, 'long')], [['Ada Lovelace', 'long']]],
    ['a span past the end is skipped', 'Ada', [span(1, 9)], [['Ada']]],
    ['negative, empty, reversed and fractional spans are skipped', 'Ada', [span(-1, 2), span(1, 1), span(2, 1), span(0.5, 2), span(Number.NaN, 2)], [['Ada']]],
    ['a span splitting an emoji is skipped', 'a🚀b', [span(2, 4), span(0, 2)], [['a🚀b']]],
    ['a span around an emoji is kept', 'a🚀b', [span(1, 3)], [['a'], ['🚀', 'e1'], ['b']]],
    ['markup stays text', '<script>alert(1)</script> Ada', [span(26, 29)], [['<script>alert(1)</script> '], ['Ada', 'e1']]],
  ])('%s', (_name, text, spans, expected) => {
    expect(shape(text, spans)).toEqual(expected);
  });

  it('keeps every field of the mention it was given', () => {
    const mention = { ...span(0, 3), rank: 2, visibility: 0.4 };
    expect(highlightSegments('Ada', [mention])[0]?.mention).toBe(mention);
  });
});

describe('answerExcerpt', () => {
  const long = `${'intro words here '.repeat(30)}Ada is great. ${'more words follow '.repeat(30)}`;
  const at = long.indexOf('Ada');

  it('starts a little before the first mention, at a word, and says what was cut', () => {
    const excerpt = answerExcerpt(long, [span(at, at + 3)], 120);
    const text = excerpt.segments.map((s) => s.text).join('');
    expect(excerpt.cutBefore).toBe(true);
    expect(excerpt.cutAfter).toBe(true);
    expect(text.length).toBeLessThanOrEqual(120);
    expect(text.startsWith('intro') || text.startsWith('words') || text.startsWith('here')).toBe(true);
    expect(excerpt.segments.find((s) => s.mention)?.text).toBe('Ada');
  });

  it('is the start of the answer when nothing is mentioned, and the whole of a short one', () => {
    expect(answerExcerpt(long, [], 50)).toMatchObject({ cutBefore: false, cutAfter: true });
    expect(answerExcerpt('Short Ada.', [span(6, 9)])).toEqual({ segments: [{ text: 'Short ' }, { text: 'Ada', mention: span(6, 9) }, { text: '.' }], from: 0, to: 10, cutBefore: false, cutAfter: false });
  });

  it('shows a mention longer than the window whole', () => {
    const text = `x ${'N'.repeat(50)} y`;
    const excerpt = answerExcerpt(text, [span(2, 52)], 10);
    expect(excerpt.segments.find((s) => s.mention)?.text).toBe('N'.repeat(50));
  });
});

// Any UTF-16 code unit, lone surrogates included, mixed with whole emoji.
const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), fc.constantFrom('🚀', 'é', ' ', '\n', 'a'));
const textArb = fc.array(unit, { maxLength: 60 }).map((parts) => parts.join(''));
const spansArb = fc.array(
  fc.record({ entityId: fc.constantFrom('a', 'b', 'c'), alias: fc.string({ maxLength: 3 }), start: fc.integer({ min: -5, max: 130 }), end: fc.integer({ min: -5, max: 130 }) }),
  { maxLength: 12 },
);

/** No piece starts or ends between the two halves of a surrogate pair of the original text. */
function boundariesAreWhole(text: string, pieces: string[]) {
  let at = 0;
  for (const piece of pieces) {
    expect(splitsSurrogatePair(text, at)).toBe(false);
    at += piece.length;
  }
}

describe('highlight properties', () => {
  it('segments concatenate back to the text, mention segments equal their span, none is empty, none splits a pair', () => {
    fc.assert(
      fc.property(textArb, spansArb, (text, spans) => {
        const segments = highlightSegments(text, spans);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let at = 0;
        let lastMentionEnd = 0;
        for (const s of segments) {
          expect(s.text.length).toBeGreaterThan(0);
          if (s.mention) {
            expect(s.mention.start).toBe(at);
            expect(s.text).toBe(text.slice(s.mention.start, s.mention.end));
            expect(s.mention.start).toBeGreaterThanOrEqual(lastMentionEnd);
            lastMentionEnd = s.mention.end;
          }
          at += s.text.length;
        }
        boundariesAreWhole(text, segments.map((s) => s.text));
      }),
      { numRuns: 500 },
    );
  });

  it('an excerpt is a piece of the text, its mentions equal their spans in it, and it names every cut', () => {
    fc.assert(
      fc.property(textArb, spansArb, fc.integer({ min: -3, max: 80 }), (text, spans, maxChars) => {
        const { segments, from, to, cutBefore, cutAfter } = answerExcerpt(text, spans, maxChars);
        const excerpt = segments.map((s) => s.text).join('');
        expect(excerpt).toBe(text.slice(from, to));
        expect([cutBefore, cutAfter]).toEqual([from > 0, to < text.length]);
        expect(splitsSurrogatePair(text, from) || splitsSurrogatePair(text, to)).toBe(false);
        for (const s of segments) if (s.mention) expect(s.text).toBe(excerpt.slice(s.mention.start, s.mention.end));
        boundariesAreWhole(excerpt, segments.map((x) => x.text));
      }),
      { numRuns: 500 },
    );
  });
});
