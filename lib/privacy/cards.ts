// Payment cards: 13–19 digits, written in one block or in groups of 3–6 digits joined by one
// kind of separator (space or dash), with a known IIN range for that length and a valid Luhn
// check digit. A Luhn-invalid number is never a card, whatever it looks like.

import { paymentCardBrand } from './checksums';
import { allDigits, type DigitGroup, type DigitRun } from './numbers';
import { idContextBefore } from './phone';
import type { Candidate } from './types';

const CARD_SEPARATOR = /^[ \u00A0\u202F-]$/;
const MAX_GROUPS = 7; // 19 digits in groups of at least 3

/** The leftmost-longest card number in a run ("4111 1111 1111 1111 12/25" → the first four groups). */
export function cardsInRun(text: string, run: DigitRun): Candidate[] {
  if (run.plus) return [];
  const found: Candidate[] = [];
  const groups = run.groups;
  for (let i = 0; i < groups.length; i++) {
    for (let j = Math.min(groups.length, i + MAX_GROUPS); j > i; j--) {
      const window = groups.slice(i, j);
      const brand = cardWindowBrand(window);
      const first = window[0];
      const last = window[window.length - 1];
      if (brand === null || first === undefined || last === undefined) continue;
      if (idContextBefore(text, first.start)) break;
      found.push({ kind: 'payment_card', start: first.start, end: last.end, label: `Payment card (${brand})` });
      i = j - 1;
      break;
    }
  }
  return found;
}

function cardWindowBrand(window: readonly DigitGroup[]): string | null {
  if (window.some((g) => g.parenthesised)) return null;
  if (window.length > 1) {
    const sep = window[1]?.sepBefore ?? '';
    if (!CARD_SEPARATOR.test(sep)) return null;
    for (let k = 1; k < window.length; k++) if (window[k]?.sepBefore !== sep) return null;
    if (window.some((g) => g.digits.length < 3 || g.digits.length > 6)) return null;
  }
  return paymentCardBrand(allDigits(window));
}
