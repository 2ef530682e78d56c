// Digit runs: the raw material of phone numbers and payment cards.
//
// A run is digit groups joined by single separators (space, NBSP, "-", ".", "/", "–", or a
// punctuation mark with spaces around it) and parenthesised groups: "+44 (0)20 7946 0958",
// "4111-1111-1111-1111", "030/1234567". It must not start inside a word, a URL path, an id
// ("urn:li:activity:71…", "#123"), an email or a price, and must not end in a letter ("10kg").

import { WORD } from './text';

const SPACE = '[ \\u00A0\\u202F]';
const SEP = `(?:${SPACE}?[-./–]${SPACE}?|${SPACE})`;
const RUN = new RegExp(
  `(?<![${WORD}_+\\-./@#:=&?%$€£¥,])(?<![${WORD}]\\()(?<!\\d${SPACE})` +
    `(?:\\+${SPACE}?)?(?:\\(\\d{1,6}\\)|\\d+)(?:${SEP}?\\(\\d{1,6}\\)|(?<=\\))\\d+|${SEP}\\d+)*`,
  'gu',
);
const TOKEN = /\+|\(\d+\)|\d+|[^\d(+]+/g;
const AFTER_VETO = new RegExp(`^(?:[${WORD}_@%°]|[.,]\\d)`, 'u');
const CURRENCY_BEFORE = /[$€£¥₹₣₽][ \u00A0]?$|\b(?:USD|EUR|GBP|CHF|CAD|AUD|Rs\.?)[ \u00A0]?$/;
const CURRENCY_AFTER = /^[ \u00A0]?(?:[$€£¥₹%‰]|(?:k|m|bn|USD|EUR|GBP|CHF|euros?|dollars?|pounds?|million|billion|Mio|Mrd)\b)/i;

export interface DigitGroup {
  digits: string;
  /** Offset of the group (including its parentheses) in the text. */
  start: number;
  end: number;
  parenthesised: boolean;
  /** The separator text before this group ('' for the first, or right after a ')'). */
  sepBefore: string;
}

export interface DigitRun {
  start: number;
  end: number;
  plus: boolean;
  groups: DigitGroup[];
}

/** Every digit run of the text that is not a price, a measure or part of a larger token. */
export function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (AFTER_VETO.test(text.slice(end, end + 2))) continue;
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start))) continue;
    if (CURRENCY_AFTER.test(text.slice(end, end + 9))) continue;
    runs.push(parseRun(m[0], start));
  }
  return runs;
}

function parseRun(raw: string, start: number): DigitRun {
  const run: DigitRun = { start, end: start + raw.length, plus: false, groups: [] };
  let sep = '';
  TOKEN.lastIndex = 0;
  for (let t = TOKEN.exec(raw); t !== null; t = TOKEN.exec(raw)) {
    const tok = t[0];
    if (tok === '+') run.plus = true;
    else if (/^\(?\d/.test(tok)) {
      const parenthesised = tok.startsWith('(');
      const digits = parenthesised ? tok.slice(1, -1) : tok;
      run.groups.push({ digits, start: start + t.index, end: start + t.index + tok.length, parenthesised, sepBefore: sep });
      sep = '';
    } else sep = tok;
  }
  return run;
}

/** A separator with a space around punctuation (" - ", " / ") joins two numbers, not one. */
function isSpacedPunctuation(sep: string): boolean {
  return sep.length > 1 && /[-./–]/.test(sep);
}

/** Splits a run where two numbers were listed with " - " or " / " between them. */
export function segments(run: DigitRun): DigitRun[] {
  const out: DigitRun[] = [];
  let current: DigitGroup[] = [];
  const flush = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first !== undefined && last !== undefined) {
      const plus = out.length === 0 && run.plus;
      out.push({ start: plus ? run.start : first.start, end: last.end, plus, groups: current });
    }
    current = [];
  };
  for (const g of run.groups) {
    if (isSpacedPunctuation(g.sepBefore)) flush();
    current.push(current.length === 0 ? { ...g, sepBefore: '' } : g);
  }
  flush();
  return out;
}

export const allDigits = (groups: readonly DigitGroup[]) => groups.map((g) => g.digits).join('');
