// Finds alias spans in an answer: one pass that folds the text on the fly (fold.ts) and feeds the
// folded code units to the automaton (automaton.ts), then boundary checks on the original text,
// then overlap resolution. No regular expression runs per alias. The automaton pass yields where
// hits end; each hit's start is found by walking the original text back under the same folding.
//
// Rules checked on the original text around each automaton hit (see matcher.ts for alias kinds):
//   - whole words: an alias edge that is a letter or digit must not touch another letter, digit
//     or combining mark ("Acme" is not in "Acmesoft", "Raymond" not in "Raymondville"); "_", "*",
//     brackets and other punctuation are boundaries, so `**Acme**`, `_Acme_`, `[Acme](…)` match.
//     Exception: scripts written without spaces (Han, kana, Thai…; fold.ts) need no boundary.
//   - possessives need nothing special ("'" and "’" are not word characters): "Acme's", "Acme’s",
//     "Acmes'" all match. Plurals: a lower-case "s" may follow an alias that ends in a letter
//     ("Acmes"; also "S" for case-insensitive aliases: "ACMES"), and "es" one that ends in s, x,
//     z, ch or sh ("Williamses"). The reported span never includes the suffix.
//   - a hit must start and end on original character boundaries: a folded expansion ("ﬁ" → "fi")
//     is never split, a surrogate pair never is, and combining marks after the last letter
//     ("Zoe\u0308") belong to the span.
//   - case-sensitive aliases: the span's case-preserving fold must equal the alias's.
// Overlaps: the longest span wins (UTF-16 length in the original), then the leftmost, then the
// entity with the smallest id (then its earlier alias). Every span is reported once.

import { ASCII_FOLD, JOINER, codePointAt, codePointBefore, foldCodePoint, foldString, isSpacelessCodePoint, isWordCodePoint } from './fold';
import type { AliasEntry, CompiledMatcher } from './matcher';

export interface Span {
  readonly entry: AliasEntry;
  readonly start: number;
  readonly end: number;
}

const HASH = 0x23;
const AT = 0x40;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/**
 * Automaton pass: (state, original end offset) for every unit after which the automaton is in a
 * state that ends a pattern. Hot loop: one table load per ASCII unit; other characters are folded
 * (cached) and their units fed in turn, and a hit counts only after a character's last unit, so a
 * folded expansion ("ﬁ" → "fi") is never split at the end.
 */
function scanStates(compiled: CompiledMatcher, text: string): Int32Array {
  const a = compiled.automaton;
  const { classOf, delta, stride, step } = a;
  const asciiClass = compiled.asciiClass;
  const n = text.length;
  let hits = new Int32Array(64);
  let count = 0;
  // Dense: s is a row offset (state * stride); sparse: s is a state id.
  let s = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let t: number;
    if (c < 128) {
      t = delta !== null ? (delta[s + (asciiClass[c] as number)] as number) : step(s, ASCII_FOLD[c] as number);
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
        }
      }
      const folded = foldCodePoint(cp, true);
      const last = folded.length - 1;
      if (last < 0) continue; // a combining mark or format character: no unit
      t = 0;
      for (let k = 0; k < last; k++) {
        const f = folded.charCodeAt(k);
        t = delta !== null ? (delta[s + (classOf[f] as number)] as number) : step(s, f);
        s = t < 0 ? ~t : t;
      }
      const f = folded.charCodeAt(last);
      t = delta !== null ? (delta[s + (classOf[f] as number)] as number) : step(s, f);
    }
    if (t < 0) {
      s = ~t;
      if (count + 2 > hits.length) {
        const grown = new Int32Array(hits.length * 2);
        grown.set(hits);
        hits = grown;
      }
      hits[count++] = delta !== null ? s / stride : s;
      hits[count++] = i + 1;
    } else {
      s = t;
    }
  }
  return hits.subarray(0, count);
}

/** Folded units of the code point, for the backward walk. */
function foldedAt(cp: number): string {
  return cp < 128 ? String.fromCharCode(ASCII_FOLD[cp] as number) : foldCodePoint(cp, true);
}

/**
 * Where the folded `pattern` that ends at original offset `end` starts, walking the original text
 * backwards under the same folding (joiner runs count once, marks belong to their letter); -1 if
 * the walk cannot consume whole original characters (the start would split a folded expansion).
 */
function startOf(text: string, pattern: string, end: number): number {
  let j = pattern.length;
  let pos = end;
  while (j > 0) {
    if (pos <= 0) return -1;
    const cp = codePointBefore(text, pos);
    const len = cp > 0xffff ? 2 : 1;
    const f = foldedAt(cp);
    if (f === '') {
      pos -= len;
      continue;
    }
    if (f === ' ') {
      if (pattern.charCodeAt(j - 1) !== JOINER) return -1;
      pos -= len;
      while (pos > 0) {
        const prev = codePointBefore(text, pos);
        const g = foldedAt(prev);
        if (g !== ' ' && g !== '') break;
        pos -= prev > 0xffff ? 2 : 1;
      }
      j--;
      continue;
    }
    const m = f.length;
    if (m > j) return -1;
    for (let k = 0; k < m; k++) {
      if (f.charCodeAt(k) !== pattern.charCodeAt(j - m + k)) return -1;
    }
    j -= m;
    pos -= len;
  }
  return pos;
}

function cpAt(text: string, i: number): number {
  return i < text.length ? codePointAt(text, i) : -1;
}

function cpLen(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** The span's end once the combining marks and format characters after it are included. */
function extendOverMarks(text: string, end: number): number {
  let e = end;
  while (e < text.length) {
    const cp = codePointAt(text, e);
    if (cp < 128 || foldCodePoint(cp, true) !== '') break;
    e += cpLen(cp);
  }
  return e;
}

function accepts(entry: AliasEntry, text: string, start: number, end: number): boolean {
  const prev = codePointBefore(text, start);
  const next = cpAt(text, end);
  if (entry.kind === 'domain') {
    if (isWordCodePoint(prev) || prev === HYPHEN) return false;
    if (isWordCodePoint(next) || next === HYPHEN) return false;
    if (next === DOT && isWordCodePoint(cpAt(text, end + 1))) return false; // acme.com.au
    return true;
  }
  if (entry.wordStart && isWordCodePoint(prev) && !entry.spacelessStart && !isSpacelessCodePoint(prev)) return false;
  const tagged = prev === HASH || prev === AT;
  if (entry.caseSensitive || (entry.kind === 'joined' && !tagged)) {
    if (foldString(text.slice(start, end), false) !== entry.exact) return false;
  }
  if (!entry.wordEnd || !isWordCodePoint(next) || entry.spacelessEnd || isSpacelessCodePoint(next)) return true;
  const upperOk = !entry.caseSensitive;
  if (entry.plural && (next === 0x73 || (upperOk && next === 0x53)) && !isWordCodePoint(cpAt(text, end + 1))) return true;
  if (entry.pluralEs && (next === 0x65 || (upperOk && next === 0x45))) {
    const s = cpAt(text, end + 1);
    if ((s === 0x73 || (upperOk && s === 0x53)) && !isWordCodePoint(cpAt(text, end + 2))) return true;
  }
  return false;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the longest of overlapping spans (ties: leftmost, then entry order); sorted by start. */
function resolveOverlaps(candidates: Span[]): Span[] {
  if (candidates.length <= 1) return candidates;
  // Common case: hits arrive by end offset, so disjoint candidates are already in order.
  let ordered = true;
  for (let k = 1; k < candidates.length; k++) {
    if ((candidates[k] as Span).start < (candidates[k - 1] as Span).end) {
      ordered = false;
      break;
    }
  }
  if (ordered) return candidates;
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.entry.order - b.entry.order);
  let overlapping = false;
  for (let k = 1; k < candidates.length; k++) {
    if ((candidates[k] as Span).start < (candidates[k - 1] as Span).end) {
      overlapping = true;
      break;
    }
  }
  if (!overlapping) return candidates;
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.entry.order - b.entry.order);
  const coords = new Float64Array(candidates.length * 2);
  candidates.forEach((c, i) => {
    coords[2 * i] = c.start;
    coords[2 * i + 1] = c.end;
  });
  coords.sort();
  const taken = new Uint8Array(coords.length);
  const kept: Span[] = [];
  for (const c of candidates) {
    const from = lowerBound(coords, c.start);
    const to = lowerBound(coords, c.end);
    let free = true;
    for (let k = from; k < to; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, from, to);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Every accepted alias span in `text`, non-overlapping, in order of start. */
export function findSpans(compiled: CompiledMatcher, text: string): Span[] {
  if (compiled.entries.length === 0 || text.length === 0) return [];
  const { patterns, patternAt, outputLink } = compiled.automaton;
  const hits = scanStates(compiled, text);
  const candidates: Span[] = [];
  for (let h = 0; h < hits.length; h += 2) {
    const rawEnd = hits[h + 1] as number;
    let end = -1;
    for (let state = hits[h] as number; state !== -1; state = outputLink[state] as number) {
      const p = patternAt[state] as number;
      if (p < 0) continue;
      const start = startOf(text, patterns[p] as string, rawEnd);
      if (start < 0) continue;
      if (end < 0) end = extendOverMarks(text, rawEnd);
      for (const entry of compiled.entries[p] as readonly AliasEntry[]) {
        if (accepts(entry, text, start, end)) candidates.push({ entry, start, end });
      }
    }
  }
  return resolveOverlaps(candidates);
}
