// Sentence sentiment with the `sentiment` package (AFINN-165 word list plus its emoji list, and
// its English negation rule: a word after "not", "don't", "never"… counts with the opposite sign).
//
// Score of a text = sum of its words' AFINN values (each in -5…+5); comparative = score / number
// of tokens, so it lies in [-5, 5]. We report clamp(comparative, -1, 1): one strong word in a very
// short sentence saturates at ±1, typical sentences stay well inside (a "+3" word among 15 tokens
// is 0.2). The sign is the opinion.
//
// scoreText gives the package's analyze() score and token count (a unit test compares them on
// many sentences) with the package's own word list and negation rule, but tokenizes in one loop
// instead of analyze()'s five regular-expression passes and looks words up in a Map: several times
// faster, which matters at 100 MB of answers. Tokens split on any whitespace (analyze() keeps a
// lone tab or no-break space inside a token).
// Mention spans are blanked before scoring (detect.ts), so a name that is itself an AFINN word
// ("Best Buy", "Happy Socks") does not colour its own sentences; curly apostrophes become straight
// ones so "don’t" negates like "don't".

import 'sentiment'; // loads the English language module and merges the emoji labels into it
import english from 'sentiment/languages/en/index.js';

export interface SentimentScore {
  score: number;
  tokens: number;
}

let labels: Map<string, number> | null = null;
let longestLabel = 0;

function labelMap(): Map<string, number> {
  if (labels === null) {
    labels = new Map(Object.entries(english.labels));
    for (const key of labels.keys()) longestLabel = Math.max(longestLabel, key.length);
  }
  return labels;
}

// analyze() turns these into spaces, then splits on spaces.
const SEPARATOR = new Uint8Array(128);
for (const ch of ' \t\n\r\v\f.,/#!?$%^&*;:{}=_`"~()') SEPARATOR[ch.charCodeAt(0)] = 1;

function isSeparator(c: number): boolean {
  if (c < 128) return SEPARATOR[c] === 1;
  return c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function scoreText(text: string): SentimentScore {
  const words = labelMap();
  const strategy = english.scoringStrategy;
  const lower = text.replace(/[\u2018\u2019\u02BC]/g, "'").toLowerCase();
  let score = 0;
  let tokens = 0;
  let previous: string | null = null;
  let start = -1;
  const n = lower.length;
  for (let i = 0; i <= n; i++) {
    if (i < n && !isSeparator(lower.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    tokens++;
    // Longer tokens are no AFINN word and no negator: they only count.
    const token: string = i - start <= longestLabel ? lower.slice(start, i) : '';
    start = -1;
    const value = token === '' ? undefined : words.get(token);
    if (value !== undefined) {
      // The package's negation rule, which reads only the token before the cursor.
      score += previous === null ? strategy.apply([token], 0, value) : strategy.apply([previous, token], 1, value);
    }
    previous = token;
  }
  return { score, tokens };
}

/** score / tokens clamped to [-1, 1]; 0 when there is no token. */
export function comparative(score: number, tokens: number): number {
  if (tokens <= 0 || !Number.isFinite(score)) return 0;
  return Math.max(-1, Math.min(1, score / tokens));
}
