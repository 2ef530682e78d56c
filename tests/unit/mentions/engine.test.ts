// The parts under detection: folding, the Aho–Corasick automaton (dense and sparse forms),
// matcher compilation and the sentiment scorer's agreement with the `sentiment` package.
import fc from 'fast-check';
import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { buildMatcher, detectMentions, foldAlias, foldString } from '@/lib/mentions';
import { buildAutomaton, type Automaton } from '@/lib/mentions/automaton';
import { scoreText } from '@/lib/mentions/sentiment';

/** Every (pattern, end) the automaton reports, walking it with its step function. */
function automatonHits(a: Automaton, text: string): string[] {
  const hits: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    let t = a.step(state, text.charCodeAt(i));
    if (t < 0) {
      t = ~t;
      for (let s = t; s !== -1; s = a.outputLink[s] as number) {
        const p = a.patternAt[s] as number;
        if (p >= 0) hits.push(`${a.patterns[p]}@${i + 1}`);
      }
    }
    state = t;
  }
  return hits.sort();
}

function naiveHits(patterns: string[], text: string): string[] {
  const hits: string[] = [];
  for (const p of patterns) {
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) hits.push(`${p}@${at + p.length}`);
  }
  return hits.sort();
}

describe('Aho–Corasick automaton', () => {
  const alphabet = fc.constantFrom('a', 'b', 'c', 'é', '\uD83D', '\uDE80');
  const patternsArb = fc.uniqueArray(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });
  const textArb = fc.string({ unit: fc.oneof(alphabet, fc.constant('x')), maxLength: 80 });

  it('finds every occurrence of every pattern, in the dense and the sparse form alike', () => {
    fc.assert(
      fc.property(patternsArb, textArb, (patterns, text) => {
        const expected = naiveHits(patterns, text);
        expect(automatonHits(buildAutomaton(patterns), text)).toEqual(expected);
        expect(automatonHits(buildAutomaton(patterns, { denseLimit: 0 }), text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('treats a run of the collapsing unit as one', () => {
    for (const denseLimit of [undefined, 0]) {
      const a = buildAutomaton(['a b', 'b c'], { collapse: 0x20, denseLimit });
      expect(a.delta === null).toBe(denseLimit === 0);
      expect(automatonHits(a, 'a    b   c')).toEqual(['a b@6', 'b c@10']);
      expect(automatonHits(a, 'a b')).toEqual(['a b@3']);
    }
  });

  it('rejects empty patterns', () => {
    expect(() => buildAutomaton([''])).toThrow(RangeError);
  });
});

describe('buildMatcher', () => {
  it('rejects duplicate entity ids', () => {
    expect(() =>
      buildMatcher([
        { id: 'a', name: 'A', isUs: true, aliases: [] },
        { id: 'a', name: 'B', isUs: false, aliases: [] },
      ]),
    ).toThrow(/duplicate entity id/);
  });

  it('ignores empty aliases and aliases without a letter or digit, and trims the rest', () => {
    const m = buildMatcher([{ id: 'a', name: '  Acme  ', isUs: true, aliases: [{ text: '', caseSensitive: false }, { text: '—', caseSensitive: false }, { text: '  ', caseSensitive: true }] }]);
    expect(m.stats.aliases).toBe(1);
    const r = detectMentions(m, 'An Acme — here');
    expect(r.mentions.map((x) => [x.alias, x.start, x.end])).toEqual([['Acme', 3, 7]]);
  });

  it('compiles once and can be reused across answers', () => {
    const m = buildMatcher([{ id: 'a', name: 'Acme', isUs: true, aliases: [] }]);
    expect(detectMentions(m, 'Acme').mentions).toHaveLength(1);
    expect(detectMentions(m, 'no').mentions).toHaveLength(0);
    expect(detectMentions(m, 'Acme and Acme').mentions).toHaveLength(2);
    expect(m.entities).toEqual([{ id: 'a', name: 'Acme', isUs: true, domains: [] }]);
  });

  it('works with no entities at all', () => {
    expect(detectMentions(buildMatcher([]), 'Acme').mentions).toEqual([]);
  });

  it('falls back to the sparse automaton for very large alphabets, with the same results', () => {
    // 4,000 two-character Han names over ~3,000 distinct characters: too many states × classes
    // for a dense table.
    const entities = Array.from({ length: 4000 }, (_, i) => ({
      id: `e${i}`,
      name: String.fromCharCode(0x4e00 + ((i * 7) % 3000)) + String.fromCharCode(0x4e00 + ((i * 13 + 1) % 3000)),
      isUs: false,
      aliases: [],
    }));
    const m = buildMatcher(entities);
    expect(m.stats.dense).toBe(false);
    const name = entities[1234]?.name ?? '';
    const text = `今天${name}很好。`;
    const found = detectMentions(m, text).mentions.map((x) => text.slice(x.start, x.end));
    expect(found).toContain(name);
  });
});

describe('folding', () => {
  it('drops case and diacritics, normalises compatibility forms, separators and apostrophes', () => {
    expect(foldString('Zoë MÜLLER')).toBe('zoe muller');
    expect(foldString('Zoe\u0308')).toBe('zoe');
    expect(foldString('Ｂ２Ｂ—Growth')).toBe('b2b—growth');
    expect(foldString('B2B - Growth\t\tCo')).toBe('b2b growth co');
    expect(foldString('O’Brien')).toBe("o'brien");
    expect(foldString('ﬁne')).toBe('fine');
    expect(foldString('a\nb')).toBe('a\nb');
    expect(foldString('\uD800x')).toBe('\uFFFDx');
  });

  it('keeps case in the case-sensitive fold', () => {
    expect(foldString('Äpple  AB', false)).toBe('Apple AB');
  });

  it('folds aliases without joiners at the ends', () => {
    expect(foldAlias('  -Acme- ')).toBe('acme');
    expect(foldAlias('B2B\nGrowth Co')).toBe('b2b growth co');
  });
});

describe('sentiment scorer', () => {
  it("gives the package's analyze() score and token count", () => {
    const analyzer = new Sentiment();
    const sentences = [
      'Acme is great and reliable.',
      "I don't like it, not good at all!",
      'The worst, most awful service — never again?',
      'Terrible (but fine) results; "excellent" support :)',
      'Happy 😀 and sad 😢 at once',
      'cant stand it, wont work, isnt bad',
      'Numbers 1 2 3 and #hashtags @handles_too',
      '',
      '   ',
      '...!!!',
      'a-b c_d e/f g*h',
    ];
    for (const s of sentences) {
      const expected = analyzer.analyze(s);
      const got = scoreText(s);
      expect([s, got.score, got.tokens]).toEqual([s, expected.score, expected.tokens.filter((t) => t !== '').length]);
    }
  });

  it('agrees with analyze() on generated sentences', () => {
    const analyzer = new Sentiment();
    const words = fc.constantFrom('good', 'bad', 'not', "don't", 'never', 'acme', 'great', 'awful', 'fine', 'is', '😀', 'love', 'hate', 'no', 'x');
    const seps = fc.constantFrom(' ', ', ', '. ', '! ', '(', ')', ' - ', ';', ' "');
    fc.assert(
      fc.property(fc.array(fc.tuple(words, seps), { maxLength: 20 }), (parts) => {
        const s = parts.map(([w, sep]) => w + sep).join('');
        const expected = analyzer.analyze(s);
        const got = scoreText(s);
        expect(got.score).toBe(expected.score);
        expect(got.tokens).toBe(expected.tokens.filter((t) => t !== '').length);
      }),
      { numRuns: 500 },
    );
  });
});
