// Text folding for mention matching, and the character classes the rules share.
//
// Folding, applied to each code point of both the aliases and the answers:
//   1. NFKD (compatibility decomposition: "ﬁ" → "fi", "Ａ" → "A", NBSP → " "),
//   2. remove combining marks (\p{M}) and format characters (\p{Cf}: soft hyphen, zero-width
//      space/joiner, bidi marks), so "Zoë" and "Zoe\u0308" both become "Zoe",
//   3. toLowerCase (only in the case-insensitive fold), then NFKD + mark removal again,
//   4. curly/modifier apostrophes (’ ‘ ʼ ＇) become "'", final sigma "ς" becomes "σ",
//   5. whitespace, "-" and the Unicode hyphens U+2010/U+2011 become one joiner " ", and a run
//      of joiners collapses to a single " " (so "B2B-Growth-Co", "B2B  Growth Co" and
//      "B2B Growth Co" fold alike); line breaks become "\n", which no alias contains, so a
//      name never matches across lines (list items, paragraphs),
//   6. a lone surrogate becomes U+FFFD, which no alias contains.
// The scanner (scan.ts) folds on the fly, character by character, so every folded unit comes from
// one original character; a hit's original UTF-16 span is recovered by walking the original text
// back from the hit's end under the same folding (the map from folded back to original offsets).

export const JOINER = 0x20; // ' '
export const BREAK = 0x0a; // '\n'
const REPLACEMENT = '\uFFFD';

const LINE_BREAK = /^[\n\r\v\f\u0085\u2028\u2029]$/;
const WHITESPACE = /^\s$/u;
const MARKS_AND_FORMAT = /[\p{M}\p{Cf}]/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Folds one code point (not cached; see foldCodePoint). May return '' (a mark) or several units. */
function computeFold(cp: number, lower: boolean): string {
  if (cp >= 0xd800 && cp <= 0xdfff) return REPLACEMENT; // lone surrogate
  const ch = String.fromCodePoint(cp);
  if (LINE_BREAK.test(ch)) return '\n';
  if (WHITESPACE.test(ch) || ch === '-' || cp === 0x2010 || cp === 0x2011) return ' ';
  let s = ch.normalize('NFKD').replace(MARKS_AND_FORMAT, '');
  if (lower) s = s.toLowerCase().normalize('NFKD').replace(MARKS_AND_FORMAT, '');
  s = s.replace(APOSTROPHES, "'").replace(/ς/g, 'σ');
  // Compatibility decompositions may hold spaces or hyphens ("⑴", "﷽"): they are joiners too.
  return s.replace(/[\s\u2010\u2011-]+/gu, ' ').replace(/[\n\r]/g, '\n');
}

// Caches of folded code points. Only characters that occur get an entry; a dense array of 65,536
// slots would fall into V8's slow dictionary mode.
const lowerCache = new Map<number, string>();
const exactCache = new Map<number, string>();

/** The folded form of one code point, cached. `lower` = case-insensitive fold. */
export function foldCodePoint(cp: number, lower: boolean): string {
  const cache = lower ? lowerCache : exactCache;
  let f = cache.get(cp);
  if (f === undefined) {
    f = computeFold(cp, lower);
    if (cache.size < 200_000) cache.set(cp, f);
  }
  return f;
}

/** ASCII fast path of the case-insensitive fold: one folded unit per ASCII unit. */
export const ASCII_FOLD: Uint16Array = (() => {
  const table = new Uint16Array(128);
  for (let c = 0; c < 128; c++) table[c] = computeFold(c, true).charCodeAt(0);
  return table;
})();

/** Folds a whole string (the same rules as the scanner, joiner runs collapsed). */
export function foldString(text: string, lower = true): string {
  let out = '';
  let lastJoiner = false;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    i += cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp, lower);
    for (let k = 0; k < f.length; k++) {
      const ch = f[k] as string;
      if (ch === ' ') {
        if (lastJoiner) continue;
        lastJoiner = true;
      } else {
        lastJoiner = false;
      }
      out += ch;
    }
  }
  return out;
}

/**
 * The folded form an alias is matched by: foldString, line breaks as joiners, no joiner at either
 * end. Exposed so tests and callers can state "this span is that alias, under folding".
 */
export function foldAlias(text: string, lower = true): string {
  return foldString(text.replace(/[\n\r\v\f\u0085\u2028\u2029]+/g, ' '), lower).replace(/^ +| +$/g, '');
}

/** The code point at i; a lone surrogate is returned as itself (0xD800–0xDFFF). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before i (surrogate-pair aware), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return d;
}

// 0 = not yet known, 1 = word character, 2 = not.
const bmpWord = new Uint8Array(0x10000);

/**
 * Word characters for whole-word checks: Unicode letters and digits (\p{L}, \p{N}), plus the
 * combining marks (\p{M}) that belong to them. "_" and all punctuation are not word characters,
 * so `_Acme_`, `**Acme**` and `[Acme](…)` keep their boundaries.
 */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 128) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  }
  if (cp < 0x10000) {
    let known = bmpWord[cp];
    if (known === 0) {
      known = cp >= 0xd800 && cp <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
      bmpWord[cp] = known;
    }
    return known === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

const SPACELESS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
const spacelessCache = new Map<number, boolean>();

/**
 * Letters of scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese). Next to one of these, the whole-word rule cannot apply: "東京" is a name in "東京タワー".
 */
export function isSpacelessCodePoint(cp: number): boolean {
  if (cp < 0x0e00) return false;
  let known = spacelessCache.get(cp);
  if (known === undefined) {
    known = SPACELESS.test(String.fromCodePoint(cp));
    if (spacelessCache.size < 100_000) spacelessCache.set(cp, known);
  }
  return known;
}

/** True when every code point of s folds to nothing (combining marks, format characters). */
export function foldsToNothing(cp: number): boolean {
  return cp >= 128 && foldCodePoint(cp, true) === '';
}
