// Table-driven detection cases: every matching rule of issue 5 point 6, with negatives.
// Each case lists the expected mentions as [text of the span, entity id], in order.
import { describe, expect, it } from 'vitest';
import { buildMatcher, detectMentions, type EntityInput } from '@/lib/mentions';

const alias = (text: string, caseSensitive = false) => ({ text, caseSensitive });

const ENTITIES: EntityInput[] = [
  { id: 'acme', name: 'Acme', isUs: true, aliases: [alias('acme.com')] },
  { id: 'mjr', name: 'Michelle J Raymond', isUs: true, aliases: [alias('Michelle Raymond'), alias('Raymond')] },
  { id: 'b2b', name: 'B2B Growth Co', isUs: true, aliases: [alias('b2bgrowthco.com')] },
  { id: 'zoe', name: 'Zoë Müller', isUs: false, aliases: [alias('Zoë')] },
  { id: 'apple', name: 'Apple', isUs: false, caseSensitive: true, aliases: [alias('AAPL', true)] },
  { id: 'globex', name: 'Globex', isUs: false, aliases: [alias('Globex Corporation'), alias('GLX', true)] },
  { id: 'nyt', name: 'New York Times', isUs: false, aliases: [] },
  { id: 'square', name: 'Times Square', isUs: false, aliases: [] },
  { id: 'williams', name: 'Williams', isUs: false, aliases: [] },
  { id: 'cpp', name: 'C++', isUs: false, aliases: [] },
  { id: 'obrien', name: "O'Brien & Co", isUs: false, aliases: [] },
  { id: 'tokyo', name: '東京', isUs: false, aliases: [] },
  { id: 'ist', name: 'Istanbul Labs', isUs: false, aliases: [] },
  { id: 'greek', name: 'ΟΔΟΣ', isUs: false, aliases: [] },
  { id: 'finix', name: 'Finix', isUs: false, aliases: [] },
  { id: 'dup-a', name: 'Initech', isUs: false, aliases: [] },
  { id: 'dup-b', name: 'Initech', isUs: false, aliases: [] },
  { id: 'rocket', name: 'Rocket 🚀 Labs', isUs: false, aliases: [] },
];

type Expected = [span: string, entityId: string][];

const CASES: [rule: string, text: string, expected: Expected][] = [
  // Case and diacritics folding
  ['plain name', 'Acme is here', [['Acme', 'acme']]],
  ['upper case', 'ACME is here', [['ACME', 'acme']]],
  ['lower case', 'we like acme', [['acme', 'acme']]],
  ['diacritics dropped in text', 'Zoe Muller spoke', [['Zoe Muller', 'zoe']]],
  ['upper case with diacritics', 'ZOË MÜLLER spoke', [['ZOË MÜLLER', 'zoe']]],
  ['alias with diacritics', 'ask Zoë', [['Zoë', 'zoe']]],
  ['decomposed diacritics keep the mark in the span', 'ask Zoe\u0308 now', [['Zoe\u0308', 'zoe']]],
  ['fullwidth letters', 'ask Ｚｏｅ now', [['Ｚｏｅ', 'zoe']]],
  ['dotted capital I folds to i', 'İstanbul Labs grows', [['İstanbul Labs', 'ist']]],
  ['final sigma equals sigma', 'η οδος', [['οδος', 'greek']]],
  ['ligature expands', 'the ﬁnix app', [['ﬁnix', 'finix']]],
  ['longer word is not the name', 'Zoey said', []],
  // Case-sensitive aliases
  ['case-sensitive name', 'Apple released it', [['Apple', 'apple']]],
  ['case-sensitive: common word', 'an apple a day', []],
  ['case-sensitive: all caps', 'APPLE', []],
  ['case-sensitive alias', 'AAPL stock rose', [['AAPL', 'apple']]],
  ['case-sensitive alias, wrong case', 'aapl stock', []],
  ['case-sensitive still folds diacritics', 'Äpple fans', [['Äpple', 'apple']]],
  ['case-sensitive acronym', 'GLX shipped', [['GLX', 'globex']]],
  ['case-sensitive acronym, lower case', 'glx shipped', []],
  // Whole words
  ['prefix of a longer word', 'Acmesoft ships', []],
  ['suffix of a longer word', 'TheAcme ships', []],
  ['followed by a digit', 'Acme2 ships', []],
  ['followed by digits', 'Acme3000', []],
  ['name inside a place name', 'Raymondville, Texas', []],
  ['parentheses', '(Acme)', [['Acme', 'acme']]],
  ['end of sentence', 'We chose Acme.', [['Acme', 'acme']]],
  ['comma without space', 'Acme,Globex', [['Acme', 'acme'], ['Globex', 'globex']]],
  ['hyphenated compound', 'an Acme-powered tool', [['Acme', 'acme']]],
  ['punctuation-edged alias', 'I write C++ daily', [['C++', 'cpp']]],
  ['punctuation-edged alias inside a word', 'ABC++ code', []],
  ['apostrophe variants inside a name', 'O’Brien & Co won', [['O’Brien & Co', 'obrien']]],
  ['apostrophe missing', 'OBrien & Co won', []],
  ['lone surrogate is not a letter', '\uD800Acme\uDC00', [['Acme', 'acme']]],
  ['emoji around a name', '🚀Acme🚀', [['Acme', 'acme']]],
  ['emoji inside a name', 'Rocket 🚀 Labs launched', [['Rocket 🚀 Labs', 'rocket']]],
  ['emoji inside a name, missing', 'Rocket Labs launched', []],
  ['soft hyphen inside a name', 'Ac\u00ADme', [['Ac\u00ADme', 'acme']]],
  ['text without spaces (Japanese)', '東京タワーに行く', [['東京', 'tokyo']]],
  // Possessives and plurals
  ["possessive 's", "Acme's plan", [['Acme', 'acme']]],
  ['possessive ’s', 'Acme’s plan', [['Acme', 'acme']]],
  ['plural', 'the Acmes of this world', [['Acme', 'acme']]],
  ["plural possessive s'", "the Acmes' offices", [['Acme', 'acme']]],
  ['plural in capitals', 'ACMES', [['ACME', 'acme']]],
  ['not a plural', 'Acmess', []],
  ['es plural after s', 'the Williamses came', [['Williams', 'williams']]],
  ['possessive after s', 'Williams’ book', [['Williams', 'williams']]],
  ['possessive of a multi-word name', "Michelle J Raymond's post", [['Michelle J Raymond', 'mjr']]],
  ['case-sensitive plural', 'Apples and pears', [['Apple', 'apple']]],
  ['case-sensitive plural in capitals', 'APPLES', []],
  // Multi-word names: separators
  ['spaces', 'B2B Growth Co helps', [['B2B Growth Co', 'b2b']]],
  ['hyphens', 'B2B-Growth-Co helps', [['B2B-Growth-Co', 'b2b']]],
  ['runs of spaces and tabs', 'b2b  growth\tco helps', [['b2b  growth\tco', 'b2b']]],
  ['non-breaking hyphens', 'B2B‑Growth‑Co helps', [['B2B‑Growth‑Co', 'b2b']]],
  ['no-break spaces', 'B2B\u00A0Growth\u00A0Co helps', [['B2B\u00A0Growth\u00A0Co', 'b2b']]],
  ['no space, as the alias is capitalised', 'B2BGrowthCo helps', [['B2BGrowthCo', 'b2b']]],
  ['no space, hashtag in lower case', 'love #b2bgrowthco', [['b2bgrowthco', 'b2b']]],
  ['no space, handle in capitals', 'cc @B2BGROWTHCO', [['B2BGROWTHCO', 'b2b']]],
  ['no space, other capitalisation, untagged', 'b2bgrowthco helps', []],
  ['no space, person name', 'follow MichelleRaymond today', [['MichelleRaymond', 'mjr']]],
  ['across a line break', 'B2B Growth\nCo', []],
  ['across an em dash', 'B2B — Growth Co', []],
  ['longest alias wins over its parts', 'Michelle  J  Raymond wrote', [['Michelle  J  Raymond', 'mjr']]],
  // Markdown and links
  ['bold', 'try **Acme** now', [['Acme', 'acme']]],
  ['underscores', 'try _Acme_ now', [['Acme', 'acme']]],
  ['link text', 'see [Acme](https://example.org/review)', [['Acme', 'acme']]],
  ['bold link to the domain', '[**Acme**](https://acme.com)', [['Acme', 'acme'], ['acme.com', 'acme']]],
  ['inline code', 'use `Acme` here', [['Acme', 'acme']]],
  ['list item and heading', '# Acme\n- Globex', [['Acme', 'acme'], ['Globex', 'globex']]],
  ['blockquote', '> Raymond said', [['Raymond', 'mjr']]],
  // Domains and URLs
  ['bare domain', 'visit b2bgrowthco.com today', [['b2bgrowthco.com', 'b2b']]],
  ['www domain', 'visit www.b2bgrowthco.com', [['b2bgrowthco.com', 'b2b']]],
  ['URL with path', 'read https://b2bgrowthco.com/blog/post', [['b2bgrowthco.com', 'b2b']]],
  ['domain in capitals', 'B2BGROWTHCO.COM rocks', [['B2BGROWTHCO.COM', 'b2b']]],
  ['subdomain', 'blog.b2bgrowthco.com', [['b2bgrowthco.com', 'b2b']]],
  ['email address', 'write to jo@b2bgrowthco.com', [['b2bgrowthco.com', 'b2b']]],
  ['domain at the end of a sentence', 'See b2bgrowthco.com.', [['b2bgrowthco.com', 'b2b']]],
  ['URL with port and query', 'https://www.b2bgrowthco.com:443/x?y=1', [['b2bgrowthco.com', 'b2b']]],
  ['longer domain name', 'my-b2bgrowthco.com', []],
  ['domain with a prefix', 'notb2bgrowthco.com', []],
  ['domain with another suffix', 'b2bgrowthco.com.au', []],
  ['longer top-level domain', 'b2bgrowthco.community', []],
  ['domain beats the name inside it', 'https://www.acme.com/blog', [['acme.com', 'acme']]],
  // Overlaps
  ['overlap: longest wins', 'New York Times Square', [['New York Times', 'nyt']]],
  ['overlap: the other one alone', 'in Times Square', [['Times Square', 'square']]],
  ['alias containing the name', 'Globex Corporation grows', [['Globex Corporation', 'globex']]],
  ['same alias, two entities: smallest id', 'Initech again', [['Initech', 'dup-a']]],
  ['two separate mentions', 'Acme and Acme', [['Acme', 'acme'], ['Acme', 'acme']]],
];

describe('detection rules (table)', () => {
  const matcher = buildMatcher(ENTITIES);

  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('%s: %j', (_rule, text, expected) => {
    const result = detectMentions(matcher, text);
    const found = result.mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
    expect(found).toEqual(expected);
  });

  it('reports the alias that matched', () => {
    const text = 'Michelle Raymond, then Raymond, then MichelleRaymond and acme.com';
    expect(detectMentions(matcher, text).mentions.map((m) => m.alias)).toEqual(['Michelle Raymond', 'Raymond', 'Michelle Raymond', 'acme.com']);
  });

  it('takes host aliases in URL form', () => {
    const m = buildMatcher([{ id: 'x', name: 'X', isUs: false, aliases: [alias('https://www.Example-Shop.io/')] }]);
    const text = 'at example-shop.io and https://www.example-shop.io/cart';
    expect(detectMentions(m, text).mentions.map((x) => text.slice(x.start, x.end))).toEqual(['example-shop.io', 'example-shop.io']);
    expect(m.entities[0]?.domains).toEqual(['example-shop.io']);
  });
});
