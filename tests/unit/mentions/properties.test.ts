// Property tests (fast-check): detection never throws, its spans are aliases under folding, and
// the order of the entities never matters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher, detectMentions, domainOfAlias, foldAlias, type DetectionResult, type EntityInput } from '@/lib/mentions';

// Any UTF-16 code unit, lone surrogates included.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
const tricky = fc.constantFrom(
  ' ', '  ', '-', '‑', '\n', '\t', '\u00A0', '.', ',', "'", '’', 's', "'s", '**', '_', '[', '](https://x.io/a)', '#', '@',
  'e\u0301', '\u0308', 'ﬁ', 'İ', 'ß', 'ς', '🚀', '\uD83D', '\uDE80', '東京', 'Zoë', 'ZOE', 'www.', 'https://', '.com', '\u00AD', '\u200B',
);
const word = fc.string({ unit: fc.constantFrom(...'abcdeiklmnorsxzAEKMRSZ'.split('')), minLength: 1, maxLength: 6 });
const aliasText = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(word, fc.constantFrom('com', 'io', 'co')).map(([w, tld]) => `${w.toLowerCase()}.${tld}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, minLength: 1, maxLength: 6 }) },
);

const entitiesArb = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      name: aliasText,
      isUs: fc.boolean(),
      caseSensitive: fc.boolean(),
      aliases: fc.array(fc.record({ text: aliasText, caseSensitive: fc.boolean() }), { maxLength: 3 }),
    }),
    { selector: (e) => e.id, minLength: 1, maxLength: 6 },
  )
  .map((list) => list as EntityInput[]);

/** Text made of the entities' aliases (possibly transformed) mixed with noise. */
function textArb(entities: EntityInput[]) {
  const names = entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);
  const variant = fc.tuple(fc.constantFrom(...names), fc.integer({ min: 0, max: 6 })).map(([n, how]) => {
    switch (how) {
      case 0: return n.toUpperCase();
      case 1: return n.toLowerCase();
      case 2: return n.replace(/ /g, '-');
      case 3: return n.replace(/ /g, '');
      case 4: return `**${n}**’s`;
      case 5: return n.normalize('NFD');
      default: return n;
    }
  });
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: variant }, { weight: 3, arbitrary: tricky }, { weight: 2, arbitrary: word }, { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 5 }) }), { maxLength: 40 })
    .map((parts) => parts.join(''));
}

const scenario = entitiesArb.chain((entities) => fc.tuple(fc.constant(entities), textArb(entities)));

function isHigh(u: number) {
  return u >= 0xd800 && u <= 0xdbff;
}
function isLow(u: number) {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** Structural invariants every result must satisfy; returns the broken ones. */
function invariantErrors(text: string, result: DetectionResult): string[] {
  const errors: string[] = [];
  let previousEnd = 0;
  for (const m of result.mentions) {
    if (m.start < previousEnd) errors.push(`overlap or disorder at ${m.start}`);
    if (!(m.end > m.start && m.end <= text.length)) errors.push(`bad span ${m.start}-${m.end}`);
    for (const at of [m.start, m.end]) {
      if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) errors.push(`span edge ${at} splits a surrogate pair`);
    }
    if (!(m.sentiment >= -1 && m.sentiment <= 1)) errors.push(`sentiment ${m.sentiment}`);
    previousEnd = m.end;
  }
  const sumVisibility = result.entities.reduce((s, e) => s + e.visibility, 0);
  const sumShare = result.entities.reduce((s, e) => s + e.wordShare, 0);
  if (sumVisibility > 1 + 1e-9) errors.push(`visibility sums to ${sumVisibility}`);
  if (sumShare > 1 + 1e-9) errors.push(`word share sums to ${sumShare}`);
  result.entities.forEach((e, i) => {
    if (e.rank !== i + 1) errors.push(`rank ${e.rank} at ${i}`);
    if (!(e.visibility >= 0 && e.visibility <= e.wordShare + 1e-12)) errors.push(`visibility ${e.visibility} vs share ${e.wordShare}`);
    if (!(e.sentiment >= -1 && e.sentiment <= 1)) errors.push(`entity sentiment ${e.sentiment}`);
  });
  const counted = result.entities.reduce((s, e) => s + e.count, 0);
  if (counted !== result.mentions.length) errors.push(`counts ${counted} ≠ ${result.mentions.length} mentions`);
  return errors;
}

function checkInvariants(text: string, result: DetectionResult) {
  expect(invariantErrors(text, result)).toEqual([]);
}

/** The folded forms a span of this alias may take (matcher.ts: name, run-together, host). */
function allowedForms(alias: string): string[] {
  const domain = domainOfAlias(alias);
  if (domain !== null) return [foldAlias(domain)];
  const folded = foldAlias(alias);
  return [folded, folded.replace(/ /g, '')];
}

describe('mention detection properties', () => {
  it('never throws on arbitrary strings, lone surrogates included, and keeps its invariants', () => {
    const matcher = buildMatcher([
      { id: 'a', name: 'Acme', isUs: true, aliases: [{ text: 'acme.com', caseSensitive: false }, { text: 'Zoë Co', caseSensitive: false }] },
      { id: 'b', name: 'B', isUs: false, aliases: [{ text: '東京', caseSensitive: false }, { text: 'e', caseSensitive: true }] },
    ]);
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(codeUnit, tricky, fc.constantFrom('Acme', 'acme.com', 'Zoe co', 'e')), maxLength: 200 }), (text) => {
        checkInvariants(text, detectMentions(matcher, text));
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws whatever the entities and the text', () => {
    fc.assert(
      fc.property(scenario, ([entities, text]) => {
        const matcher = buildMatcher(entities);
        checkInvariants(text, detectMentions(matcher, text, [text, 'https://x.io/a']));
      }),
      { numRuns: 1000 },
    );
  });

  it('every span is, under folding, one of its entity’s aliases', () => {
    fc.assert(
      fc.property(scenario, ([entities, text]) => {
        const result = detectMentions(buildMatcher(entities), text);
        for (const m of result.mentions) {
          const entity = entities.find((e) => e.id === m.entityId);
          expect(entity).toBeDefined();
          const aliases = [entity?.name ?? '', ...(entity?.aliases.map((a) => a.text) ?? [])].map((a) => a.trim());
          expect(aliases).toContain(m.alias);
          expect(allowedForms(m.alias)).toContain(foldAlias(text.slice(m.start, m.end)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the generated scenarios do find mentions (the properties are not vacuous)', () => {
    const samples = fc.sample(scenario, { numRuns: 300, seed: 42 });
    const withMentions = samples.filter(([entities, text]) => detectMentions(buildMatcher(entities), text).mentions.length > 0);
    expect(withMentions.length).toBeGreaterThan(samples.length / 3);
  });

  it('reordering the entities never changes the result', () => {
    const arb = scenario.chain(([entities, text]) =>
      fc.tuple(fc.constant(entities), fc.shuffledSubarray(entities, { minLength: entities.length, maxLength: entities.length }), fc.constant(text)),
    );
    const normalized = (r: DetectionResult) => ({
      ...r,
      mentions: [...r.mentions].sort((a, b) => a.start - b.start || a.entityId.localeCompare(b.entityId)),
      entities: [...r.entities].sort((a, b) => a.entityId.localeCompare(b.entityId)),
    });
    fc.assert(
      fc.property(arb, ([entities, shuffled, text]) => {
        const citations = ['https://www.example.com/x'];
        const a = detectMentions(buildMatcher(entities), text, citations);
        const b = detectMentions(buildMatcher(shuffled), text, citations);
        expect(normalized(b)).toEqual(normalized(a));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles a huge input (8 MB with lone surrogates, marks and names) quickly', () => {
    const matcher = buildMatcher([
      { id: 'a', name: 'Acme', isUs: true, aliases: [{ text: 'acme.com', caseSensitive: false }] },
      { id: 'z', name: 'Zoë Müller', isUs: false, aliases: [] },
    ]);
    const chunk = 'Acme’s view: \uD800 zoe\u0308 muller — ﬁne 🚀 text\uDC00 https://acme.com/x.\n';
    const text = chunk.repeat(Math.ceil(8_000_000 / chunk.length));
    const started = performance.now();
    const result = detectMentions(matcher, text);
    const seconds = (performance.now() - started) / 1000;
    expect(result.mentions.length).toBe(3 * Math.ceil(8_000_000 / chunk.length));
    checkInvariants(text, result);
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});
