// Rank, GEO visibility and word share (Aggarwal et al. 2023), sentiment, and sentences.
import { describe, expect, it } from 'vitest';
import { buildMatcher, detectMentions, type EntityInput } from '@/lib/mentions';
import { splitSentences } from '@/lib/mentions/sentences';

const entity = (id: string, name: string, isUs = false): EntityInput => ({ id, name, isUs, aliases: [] });
const matcher = buildMatcher([entity('acme', 'Acme', true), entity('globex', 'Globex'), entity('initech', 'Initech'), entity('bestbuy', 'Best Buy')]);

function byId(text: string) {
  const result = detectMentions(matcher, text);
  return { result, get: (id: string) => result.entities.find((e) => e.entityId === id) };
}

describe('rank', () => {
  it('orders entities by first appearance', () => {
    const { result } = byId('Globex leads. Acme follows, then Globex again and Initech.');
    expect(result.entities.map((e) => [e.entityId, e.rank])).toEqual([
      ['globex', 1],
      ['acme', 2],
      ['initech', 3],
    ]);
    expect(result.mentions.map((m) => [m.entityId, m.rank])).toEqual([
      ['globex', 1],
      ['acme', 2],
      ['globex', 1],
      ['initech', 3],
    ]);
  });

  it('counts mentions and keeps the first start', () => {
    const { get } = byId('Hello. Acme, Acme and Acme.');
    expect(get('acme')).toMatchObject({ count: 3, firstStart: 7, rank: 1 });
  });

  it('returns nothing for an answer without names', () => {
    expect(detectMentions(matcher, 'Nothing to see here.')).toEqual({ mentions: [], entities: [], citations: [], sentenceCount: 0, wordCount: 0 });
    expect(detectMentions(matcher, '')).toMatchObject({ mentions: [], entities: [] });
  });
});

describe('GEO visibility and word share', () => {
  it('weights the words of the naming sentences by exp(-pos/N), over all words', () => {
    // s0 "Acme is great." (3 words), s1 "Globex is fine too." (4), s2 "Nothing else here." (3):
    // N = 3, total W = 10.
    //   visibility(Acme)   = 3 · e^(−0/3) / 10 = 0.3
    //   visibility(Globex) = 4 · e^(−1/3) / 10 = 0.4 · 0.716531… = 0.286612…
    //   wordShare(Acme) = 3/10, wordShare(Globex) = 4/10
    const { result, get } = byId('Acme is great. Globex is fine too. Nothing else here.');
    expect(result.sentenceCount).toBe(3);
    expect(result.wordCount).toBe(10);
    expect(get('acme')?.visibility).toBeCloseTo(0.3, 12);
    expect(get('globex')?.visibility).toBeCloseTo((4 * Math.exp(-1 / 3)) / 10, 12);
    expect(get('globex')?.visibility).toBeCloseTo(0.2866125, 6);
    expect(get('acme')?.wordShare).toBeCloseTo(0.3, 12);
    expect(get('globex')?.wordShare).toBeCloseTo(0.4, 12);
  });

  it('splits a sentence naming two entities equally between them', () => {
    // s0 "Acme and Globex are partners." (5 words, two entities: 2.5 each), s1 "Acme wins." (2).
    // N = 2, W = 7.
    //   visibility(Acme)   = (2.5 · e^0 + 2 · e^(−1/2)) / 7 = (2.5 + 1.213061…) / 7 = 0.530437…
    //   visibility(Globex) = 2.5 · e^0 / 7 = 0.357142…
    //   wordShare(Acme) = 4.5/7, wordShare(Globex) = 2.5/7, summing to exactly 1.
    const { get, result } = byId('Acme and Globex are partners. Acme wins.');
    expect(get('acme')?.visibility).toBeCloseTo((2.5 + 2 * Math.exp(-0.5)) / 7, 12);
    expect(get('acme')?.visibility).toBeCloseTo(0.5304373, 6);
    expect(get('globex')?.visibility).toBeCloseTo(2.5 / 7, 12);
    expect(get('acme')?.wordShare).toBeCloseTo(4.5 / 7, 12);
    expect(get('globex')?.wordShare).toBeCloseTo(2.5 / 7, 12);
    expect(result.entities.reduce((s, e) => s + e.wordShare, 0)).toBeCloseTo(1, 12);
  });

  it('counts a sentence once however often it names the entity', () => {
    // One sentence of 4 words naming Acme twice: wordShare = 4/4 = 1, visibility = 1.
    const { get } = byId('Acme beats Acme again.');
    expect(get('acme')).toMatchObject({ count: 2, wordShare: 1, visibility: 1 });
  });

  it('rewards being named early: same sentence, first or last', () => {
    const early = byId('Acme is a strong pick here. Other text follows now. And more text here.').get('acme');
    const late = byId('Other text follows now. And more text here. Acme is a strong pick here.').get('acme');
    expect(early?.wordShare).toBeCloseTo(late?.wordShare ?? -1, 12);
    expect(early?.visibility).toBeGreaterThan(late?.visibility ?? 1);
  });

  it('copies the entity scores onto each of its mentions', () => {
    const { result, get } = byId('Acme is good. Globex too. Acme again.');
    for (const m of result.mentions) {
      const e = get(m.entityId);
      expect([m.visibility, m.wordShare, m.rank]).toEqual([e?.visibility, e?.wordShare, e?.rank]);
    }
  });

  it('keeps the scores of all entities of an answer at or below 1', () => {
    const text = [
      '## Best B2B consultants',
      '1. **Acme** and Globex and Initech, all three.',
      '2. Globex, Globex, Globex.',
      '- Initech: strong on LinkedIn.',
      'Acme. Globex. Initech. Acme and Initech.',
    ].join('\n');
    const { result } = byId(text);
    const visibility = result.entities.reduce((s, e) => s + e.visibility, 0);
    const share = result.entities.reduce((s, e) => s + e.wordShare, 0);
    expect(visibility).toBeLessThanOrEqual(1);
    expect(share).toBeLessThanOrEqual(1 + 1e-12);
    expect(visibility).toBeLessThan(share);
    // Every sentence but the heading names someone: the shares add up to all but its 3 words
    // ("##" is no word).
    expect(share).toBeCloseTo((result.wordCount - 3) / result.wordCount, 12);
  });
});

describe('sentiment', () => {
  it('is positive, negative or zero with the opinion', () => {
    expect(byId('Acme is excellent and reliable.').get('acme')?.sentiment).toBeGreaterThan(0);
    expect(byId('Acme is terrible and useless.').get('acme')?.sentiment).toBeLessThan(0);
    expect(byId('Acme is a company in Sydney.').get('acme')?.sentiment).toBe(0);
  });

  it('applies negation, with straight or curly apostrophes', () => {
    expect(byId('Acme is not good.').get('acme')?.sentiment).toBeLessThan(0);
    expect(byId('Acme isn’t good.').get('acme')?.sentiment).toBeLessThan(0);
    expect(byId("Acme isn't good.").get('acme')?.sentiment).toBeLessThan(0);
  });

  it('is the comparative score (score / tokens) of the sentences, clamped to [-1, 1]', () => {
    // "Acme is great." with the name blanked: tokens "is", "great" → 3 / 2 = 1.5 → 1.
    expect(byId('Acme is great.').get('acme')?.sentiment).toBe(1);
    // "Globex is fine too." → tokens "is", "fine", "too" → 2 / 3.
    expect(byId('Globex is fine too.').get('globex')?.sentiment).toBeCloseTo(2 / 3, 12);
    // Two sentences: "is great" (+3, 2 tokens), "is awful" (−3, 2 tokens) → 0 / 4 = 0 for the
    // entity, while each mention keeps its own sentence's score.
    const { result, get } = byId('Acme is great. Acme is awful.');
    expect(get('acme')?.sentiment).toBe(0);
    expect(result.mentions.map((m) => m.sentiment)).toEqual([1, -1]);
  });

  it('does not score the names themselves', () => {
    // "best" is +3 in AFINN, but it is part of the name here.
    expect(byId('Best Buy sells televisions.').get('bestbuy')?.sentiment).toBe(0);
  });

  it('scores each mention with its own sentence and each entity with all of its sentences', () => {
    const { result, get } = byId('Acme and Globex are great. Globex is awful.');
    expect(result.mentions.map((m) => [m.entityId, Math.sign(m.sentiment)])).toEqual([
      ['acme', 1],
      ['globex', 1],
      ['globex', -1],
    ]);
    expect(get('acme')?.sentiment).toBeGreaterThan(0);
    // Globex: +3 over 3 tokens ("and are great") and −3 over 2 ("is awful") → 0.
    expect(get('globex')?.sentiment).toBe(0);
  });
});

describe('sentences and words', () => {
  const split = (text: string) => {
    const s = splitSentences(text);
    return [...s.starts].map((start, i) => [text.slice(start, s.ends[i]), s.words[i]]);
  };

  it('ends sentences at terminal punctuation followed by a space', () => {
    expect(split('Hello world. How are you? Fine!')).toEqual([
      ['Hello world.', 2],
      ['How are you?', 3],
      ['Fine!', 1],
    ]);
  });

  it('ends sentences at line breaks and drops lines without words', () => {
    expect(split('# Title\n\n- Acme\n- Globex Co\n---\n')).toEqual([
      ['# Title', 1],
      ['- Acme', 1],
      ['- Globex Co', 2],
    ]);
  });

  it('does not count numbered-list markers as words or sentences', () => {
    expect(split('1. Acme is good\n2) Globex')).toEqual([
      ['1. Acme is good', 3],
      ['2) Globex', 1],
    ]);
  });

  it('keeps initials, abbreviations, domains and decimals inside a sentence', () => {
    expect(split('Michelle J. Raymond wrote e.g. this. Visit acme.com/blog now. Version 3.5 is out.')).toEqual([
      ['Michelle J. Raymond wrote e.g. this.', 6],
      ['Visit acme.com/blog now.', 3],
      ['Version 3.5 is out.', 4],
    ]);
  });

  it('lets closing quotes, brackets and emphasis follow the full stop', () => {
    expect(split('He said “Acme is good.” Then (he left.) **Done.** Ok')).toEqual([
      ['He said “Acme is good.”', 5],
      ['Then (he left.)', 3],
      ['**Done.**', 1],
      ['Ok', 1],
    ]);
  });

  it('splits after CJK full stops and counts a run without spaces as one word', () => {
    expect(split('東京は大きい。大阪も！')).toEqual([
      ['東京は大きい。', 1],
      ['大阪も！', 1],
    ]);
  });

  it('counts punctuation-only tokens as no word', () => {
    const s = splitSentences('Acme — the best — wins ** !');
    expect(s.totalWords).toBe(4);
  });
});
