// Email addresses and IBANs: identifiers with a syntax (and, for IBANs, a checksum).

import { ibanLength, isValidIban } from './checksums';
import { isWordAt, WORD } from './text';
import type { Candidate } from './types';

// Local part: dot-separated atoms; domain: dot-terminated labels and a letters-only TLD. Each
// repetition is delimited by a "." its class cannot match, so backtracking stays linear; the
// lookbehind keeps the scan from restarting inside a long local part.
const LOCAL_ATOM = String.raw`[\p{L}\p{N}_%+\-]+`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
const EMAIL = new RegExp(
  String.raw`(?<![${WORD}._%+\-@])${LOCAL_ATOM}(?:\.${LOCAL_ATOM})*@(?:${LABEL}\.)+\p{L}{2,24}(?![${WORD}\-@])`,
  'gu',
);

/** Email addresses (RFC 5322 dot-atoms with internationalised domains, as people write them). */
export function emailCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    const local = m[0].slice(0, m[0].indexOf('@'));
    if (local.length > 64 || m[0].length > 254) continue;
    found.push({ kind: 'email', start: m.index, end: m.index + m[0].length, label: 'Email address' });
  }
  return found;
}

// The start of a possible IBAN: a two-letter country code (one case) and two check digits.
const IBAN_START = new RegExp(`(?<![${WORD}_])(?:[A-Z]{2}|[a-z]{2})\\d{2}(?=[ \\u00A0]?[A-Za-z0-9])`, 'gu');
const ALNUM = /[A-Za-z0-9]/;

/**
 * IBANs, compact or in groups ("DE89 3704 0044 0532 0130 00"): exactly the country's registered
 * length of letters and digits, single spaces allowed between them, not followed by another letter
 * or digit, and a valid ISO 13616 mod-97 checksum.
 */
export function ibanCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m !== null; m = IBAN_START.exec(text)) {
    const length = ibanLength(m[0].slice(0, 2));
    if (length === undefined) continue;
    let compact = '';
    let i = m.index;
    while (i < text.length && compact.length < length) {
      const ch = text[i] as string;
      if (ALNUM.test(ch)) compact += ch;
      else if (!(/[ \u00A0]/.test(ch) && ALNUM.test(text[i + 1] ?? '') && compact.length >= 4)) break;
      i++;
    }
    if (compact.length !== length || isWordAt(text, i) || !isValidIban(compact)) continue;
    found.push({ kind: 'iban', start: m.index, end: i, label: `IBAN (${compact.slice(0, 2).toUpperCase()})` });
    IBAN_START.lastIndex = i;
  }
  return found;
}
