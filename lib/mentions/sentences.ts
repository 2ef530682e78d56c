// Sentence splitting and word counting for the GEO scores (scores.ts).
//
// Words: whitespace-separated tokens holding at least one letter or digit ("Acme's" is one word,
// "—" and "**" are none; a numbered-list marker such as "1." or "2)" that opens a sentence is not a
// word either). Text without spaces (Chinese, Japanese) counts one word per run: a known limit.
//
// Sentences end:
//   - at every line break (AI answers put list items, headings and paragraphs on their own lines);
//   - after a token ending in ".", "!", "?" or "…" (closing quotes, brackets, "*" and "_" may
//     follow), unless it is a numbered-list marker opening the sentence, a single-letter initial
//     ("Michelle J. Raymond") or one of: e.g., i.e., vs., mr., mrs., ms., dr., prof., st., jr., sr.,
//     fig., approx., cf.;
//   - right after "。", "！" or "？".
// "acme.com/blog" or "3.5" do not end a sentence (no space after the dot). Sentences without a
// word (a "---" rule, an empty bullet) are dropped: they take no position and count no word.

import { codePointAt, isWordCodePoint } from './fold';

export interface Sentences {
  /** Offsets of each sentence (from its first token to the end of its last), UTF-16. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly words: Int32Array;
  readonly totalWords: number;
}

const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'vs.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'jr.', 'sr.', 'fig.', 'approx.', 'cf.']);
const LIST_MARKER = /^\(?\d{1,3}[.)]$/;

// Character classes.
const OTHER = 0;
const WORD = 1;
const SPACE = 2;
const LINE = 3;
const TERMINAL = 4; // . ! ? …
const CLOSER = 5; // closing quotes and brackets, * and _ (may follow a terminal)
const CJK_TERMINAL = 6; // 。！？ end a sentence at once

function classify(cp: number): number {
  switch (cp) {
    case 0x20: case 0x09: case 0xa0: case 0x1680: case 0x202f: case 0x205f: case 0x3000:
      return SPACE;
    case 0x0a: case 0x0d: case 0x0b: case 0x0c: case 0x85: case 0x2028: case 0x2029:
      return LINE;
    case 0x2e: case 0x21: case 0x3f: case 0x2026:
      return TERMINAL;
    case 0x22: case 0x27: case 0x29: case 0x5d: case 0x7d: case 0x2a: case 0x5f: case 0x60: case 0x2019: case 0x201d: case 0xbb:
      return CLOSER;
    case 0x3002: case 0xff01: case 0xff1f:
      return CJK_TERMINAL;
  }
  if (cp >= 0x2000 && cp <= 0x200a) return SPACE;
  return isWordCodePoint(cp) ? WORD : OTHER;
}

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => classify(c));

class Growable {
  data = new Int32Array(16);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Whether the token [start, end) — whose last non-closing character is a terminal — ends its sentence. */
function endsSentence(text: string, start: number, end: number, firstToken: boolean): boolean {
  let last = end;
  while (last > start && ASCII_CLASS[text.charCodeAt(last - 1)] === CLOSER) last--;
  if (text.charCodeAt(last - 1) !== 0x2e) return true; // ! ? …
  if (firstToken && last - start <= 5 && LIST_MARKER.test(text.slice(start, end))) return false;
  if (last - start > 8) return true;
  const token = text.slice(start, last).replace(/^[("'*_[\u201c\u2018]+/, '');
  if (token.length === 2 && token.charCodeAt(0) >= 0x41 && token.charCodeAt(0) <= 0x5a) return false; // "J."
  return !ABBREVIATIONS.has(token.toLowerCase());
}

export function splitSentences(text: string): Sentences {
  const starts = new Growable();
  const ends = new Growable();
  const wordCounts = new Growable();
  let totalWords = 0;

  let sentenceStart = -1;
  let sentenceWords = 0;
  let firstToken = true;
  let tokenStart = -1;
  let tokenHasWord = false;
  let tokenTerminal = false; // last non-closer character of the token is a terminal

  const n = text.length;
  // i === n acts as a final line break.
  for (let i = 0; i <= n; i++) {
    let cls: number;
    let cp = 0x0a;
    if (i < n) {
      cp = text.charCodeAt(i);
      if (cp < 128) {
        cls = ASCII_CLASS[cp] as number;
      } else {
        if (cp >= 0xd800 && cp <= 0xdbff) cp = codePointAt(text, i);
        cls = classify(cp);
      }
    } else {
      cls = LINE;
    }
    if (cls === WORD || cls === OTHER || cls === CLOSER || cls === TERMINAL) {
      if (tokenStart < 0) {
        tokenStart = i;
        tokenHasWord = false;
        tokenTerminal = false;
        if (sentenceStart < 0) sentenceStart = i;
      }
      if (cls === WORD) {
        tokenHasWord = true;
        tokenTerminal = false;
      } else if (cls === TERMINAL) {
        tokenTerminal = true;
      } else if (cls === OTHER) {
        tokenTerminal = false;
      }
      if (cp > 0xffff) i++;
      continue;
    }
    // SPACE, LINE or CJK_TERMINAL: the open token (if any) ends here.
    let end = i;
    if (cls === CJK_TERMINAL) {
      if (tokenStart < 0) {
        tokenStart = i;
        tokenHasWord = false;
        if (sentenceStart < 0) sentenceStart = i;
      }
      end = i + 1;
    }
    let close = cls !== SPACE;
    if (tokenStart >= 0) {
      if (tokenHasWord) {
        if (firstToken && end - tokenStart <= 5 && LIST_MARKER.test(text.slice(tokenStart, end))) {
          // a "1." or "2)" list marker is not a word
        } else {
          sentenceWords++;
        }
      }
      if (!close && tokenTerminal) close = endsSentence(text, tokenStart, end, firstToken);
      firstToken = false;
      tokenStart = -1;
    }
    if (close) {
      if (sentenceStart >= 0 && sentenceWords > 0) {
        starts.push(sentenceStart);
        ends.push(end);
        wordCounts.push(sentenceWords);
        totalWords += sentenceWords;
      }
      sentenceStart = -1;
      sentenceWords = 0;
      firstToken = true;
    }
  }
  return { starts: starts.done(), ends: ends.done(), words: wordCounts.done(), totalWords };
}

/** Index of the sentence holding offset, or -1 when it is in none (e.g. in a dropped, wordless one). */
export function sentenceAt(sentences: Sentences, offset: number): number {
  const { starts } = sentences;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found >= 0 && offset < (sentences.ends[found] as number) ? found : -1;
}
