// Phone numbers. A digit run (numbers.ts) is a phone number when it has 7–15 digits (E.164 allows
// at most 15), is not a date, a year range, a thousands-grouped amount or an IP address, does not
// follow a reference or bank word within 20 characters ("order", "invoice", "ID", "IBAN", "card"…;
// not for "+" numbers), and ONE of these holds:
//   1. international: a "+" or "00" prefix and 8–15 digits ("+44 20 7946 0958", "0049 30 123456");
//   2. North American grouping: 3-3-4 digits, area code 2–9, "(555) 123-4567", "1-800-555-0199";
//   3. national trunk prefix: starts with a single "0", 9–12 digits in at least two groups of
//      two or more ("020 7946 0958", "030/1234567", "06-12345678", "01 23 45 67 89");
//   4. phone-like grouping: three or more groups of 2–4 digits, one separator, 9–12 digits
//      ("612 34 56 78");
//   5. a phone word nearby: "call", "tel", "phone", "mobile", "WhatsApp", "SMS", "Telefon",
//      "Handy", "téléphone", "teléfono", "bel"… up to 40 characters before on the same line, or
//      right after ("5551234567 (mobile)"), and 7–15 digits.
// So "order 1234567890" (one block, no phone word) is not a phone, nor "2019-2023", "12.03.2024",
// "1 250 000", "192.168.100.200", "$1,234,567" or ids inside URLs.
//
// libphonenumber-js (findPhoneNumbersInText, UTF-16 startsAt/endsAt, with the profile's region as
// default country) knows every country's numbering plan and would replace rules 1–4 with "a valid
// number for its country"; phoneCandidates is the function to swap, the vetoes and rule 5 stay.

import { compileLexicon } from './text';
import { allDigits, digitRuns, segments, type DigitGroup, type DigitRun } from './numbers';
import type { Candidate } from './types';

const PHONE_WORDS = compileLexicon([
  'call', 'calling', 'call me', 'phone', 'phone number', 'tel', 'tel\\.', 'telephone', 'mobile', 'mob', 'cell',
  'cellphone', 'whatsapp', 'text me', 'sms', 'signal', 'fax', 'ring me', 'reach me', 'contact me', 'hotline',
  'dial', 'handy', 'telefon', 'telefonnummer', 'rufnummer', 'anrufen', 'téléphone', 'tél', 'portable',
  'appelez', 'appelle', 'teléfono', 'móvil', 'llámame', 'llama', 'bel', 'bel me', 'bellen', 'mobiel',
  'telefoonnummer',
]);
const PHONE_SYMBOLS = /[☎📞📱]/u;
const ID_WORDS = compileLexicon([
  'order', 'order no', 'order number', 'invoice', 'ticket', 'ref', 'reference', 'tracking', 'isbn', 'id',
  'no\\.', 'nr\\.', 'nº', 'serial', 'sku', 'patent', 'version',
  'bestellnummer', 'rechnung', 'rechnungsnummer', 'kundennummer', 'auftrag', 'commande', 'facture',
  'pedido', 'factura', 'bestelling', 'factuur', 'vat', 'ust-idnr',
]);
// Before a phone number, bank words also mean "not a phone": "IBAN …", "card 4111 …".
const BANK_WORDS = compileLexicon(['iban', 'bic', 'swift', 'card', 'account', 'acct', 'sort code', 'routing', 'konto', 'bankleitzahl', 'blz']);

function sameLineBefore(text: string, start: number, width: number): string {
  const slice = text.slice(Math.max(0, start - width), start);
  const nl = slice.lastIndexOf('\n');
  return nl < 0 ? slice : slice.slice(nl + 1);
}

/** A reference word ("order", "invoice", "ID"…) just before: the digits are an identifier. */
export function idContextBefore(text: string, start: number): boolean {
  ID_WORDS.lastIndex = 0;
  return ID_WORDS.test(sameLineBefore(text, start, 20));
}

function bankContextBefore(text: string, start: number): boolean {
  BANK_WORDS.lastIndex = 0;
  return BANK_WORDS.test(sameLineBefore(text, start, 20));
}

const PHONE_WORD_AFTER = /^[\s(:,–-]{0,3}(?:whatsapp|mobile|mobil|cell|tel|phone|handy|portable|móvil|[☎📞📱])/iu;

function phoneWordNear(text: string, start: number, end: number): boolean {
  const before = sameLineBefore(text, start, 40);
  PHONE_WORDS.lastIndex = 0;
  if (PHONE_WORDS.test(before) || PHONE_SYMBOLS.test(before)) return true;
  return PHONE_WORD_AFTER.test(text.slice(end, end + 16));
}

const isYear = (d: string) => d.length === 4 && Number(d) >= 1900 && Number(d) <= 2099;
const isDay = (d: string) => d.length <= 2 && Number(d) >= 1 && Number(d) <= 31;
const isMonth = (d: string) => d.length <= 2 && Number(d) >= 1 && Number(d) <= 12;
const DATE_SEP = /^[./-]$/;

/**
 * A date inside the run: three groups joined twice by the same ".", "/" or "-" that read as
 * year-month-day or day-month-year with a four-digit year (12.03.2024, 2024-03-12, 3/12/2024);
 * with a two-digit year (12.03.24) only when the run is nothing else, since "01.23.45.67.89" is
 * a French phone number.
 */
function looksLikeDate(groups: readonly DigitGroup[]): boolean {
  for (let i = 0; i + 2 < groups.length; i++) {
    const [a, b, c] = [groups[i], groups[i + 1], groups[i + 2]];
    if (a === undefined || b === undefined || c === undefined) continue;
    if (!DATE_SEP.test(b.sepBefore) || b.sepBefore !== c.sepBefore) continue;
    const [x, y, z] = [a.digits, b.digits, c.digits];
    if (isYear(x) && isMonth(y) && isDay(z)) return true;
    const dayMonth = isDay(x) && isDay(y) && (isMonth(x) || isMonth(y));
    if (dayMonth && (isYear(z) || (z.length === 2 && groups.length === 3))) return true;
  }
  return false;
}

function isVetoed(text: string, seg: DigitRun, digits: string): boolean {
  const g = seg.groups;
  if (looksLikeDate(g)) return true;
  if (g.length === 2 && g.every((x) => isYear(x.digits))) return true; // year range
  if (g.length === 4 && g.every((x) => x.sepBefore === '' || x.sepBefore === '.') && g.every((x) => x.digits.length <= 3 && Number(x.digits) <= 255)) return true; // IPv4
  const thousands = g.length >= 2 && !/^0/.test(digits) && (g[0]?.digits.length ?? 0) <= 3 && g.slice(1).every((x) => x.digits.length === 3 && !x.parenthesised);
  if (!seg.plus && thousands && new Set(g.slice(1).map((x) => x.sepBefore)).size === 1) return true;
  return !seg.plus && (idContextBefore(text, seg.start) || bankContextBefore(text, seg.start));
}

function phoneRule(seg: DigitRun, digits: string): boolean {
  const g = seg.groups;
  const d = digits.length;
  const uniformSep = new Set(g.slice(1).map((x) => x.sepBefore)).size <= 1;
  if (seg.plus) return d >= 8 && /^[1-9]/.test(digits);
  if (/^00[1-9]/.test(digits) && g.length >= 2) return d >= 10;
  const lengths = g.map((x) => x.digits.length).join('-');
  if (d === 10 && lengths === '3-3-4' && /^[2-9]/.test(digits)) return true;
  if (d === 11 && lengths === '1-3-3-4' && digits.startsWith('1')) return true;
  if (/^0[1-9]/.test(digits) && d >= 9 && d <= 12 && g.length >= 2 && g.every((x) => x.digits.length >= 2)) return true;
  return g.length >= 3 && uniformSep && d >= 9 && d <= 12 && g.every((x) => x.digits.length >= 2 && x.digits.length <= 4);
}

/** Phone numbers among the text's digit runs (see the rules above). */
export function phoneCandidates(text: string, runs: readonly DigitRun[] = digitRuns(text)): Candidate[] {
  const found: Candidate[] = [];
  for (const run of runs) {
    for (const seg of segments(run)) {
      const digits = allDigits(seg.groups);
      if (digits.length < 7 || digits.length > 15 || isVetoed(text, seg, digits)) continue;
      if (phoneRule(seg, digits) || phoneWordNear(text, seg.start, seg.end)) {
        found.push({ kind: 'phone', start: seg.start, end: seg.end, label: 'Phone number' });
      }
    }
  }
  return found;
}
