// Overlapping candidates: the most specific wins, then the longest, then the earliest.
//   specificity = PRIVACY_TIERS (weights.ts): checksum-validated identifiers (card, IBAN, email)
//   beat pattern identifiers (phone, address), which beat context phrases (name, family, finance,
//   location), which beat topic words (health, confidential). So "4111 1111 1111 1111" after
//   "call" is a card, not a phone; "my son Tom" is one family finding, not a name inside it; a
//   street merged with its postcode replaces the street alone.
// Candidates are taken greedily in that order, each only if none of its code units is taken yet;
// the result never overlaps and does not depend on the detectors' order.
// Candidates inside a URL (or a LinkedIn URN) are dropped first: ids and slugs are not phone numbers
// or addresses. Email addresses are kept even there ("mailto:").

import { PRIVACY_KINDS, type Candidate } from './types';
import { PRIVACY_TIERS } from './weights';
import { WORD } from './text';

const URL = new RegExp(
  `(?:https?:\\/\\/|www\\.|urn:li:)[^\\s<>"]+|(?<![${WORD}@.\\-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+\\/[^\\s<>"]*`,
  'giu',
);

function urlMask(text: string): Uint8Array | null {
  let mask: Uint8Array | null = null;
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    mask ??= new Uint8Array(text.length);
    mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

function covers(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i] === 1) return true;
  return false;
}

function compare(a: Candidate, b: Candidate): number {
  return (
    PRIVACY_TIERS[a.kind] - PRIVACY_TIERS[b.kind] ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    PRIVACY_KINDS.indexOf(a.kind) - PRIVACY_KINDS.indexOf(b.kind) ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  );
}

/** The non-overlapping candidates to report, ordered by start. */
export function resolveOverlaps(text: string, candidates: readonly Candidate[]): Candidate[] {
  const urls = urlMask(text);
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  const ordered = candidates
    .filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end)
    .filter((c) => c.kind === 'email' || urls === null || !covers(urls, c.start, c.end))
    .sort(compare);
  for (const c of ordered) {
    if (covers(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
