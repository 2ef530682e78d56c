// Checksums and issuer tables: Luhn with IIN ranges for payment cards, ISO 13616 for IBANs.
// Small, stable tables kept by hand; `ibantools` (npm) could replace ibanLength/isValidIban if
// the per-country BBAN formats are ever needed.

/** Luhn (mod 10) over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

// [brand, first IIN, last IIN (same number of digits), allowed lengths]. Sources: the card
// networks' published ranges as collected on Wikipedia "Payment card number" (2024).
const IIN_RANGES: [string, number, number, readonly number[]][] = [
  ['American Express', 34, 34, [15]],
  ['American Express', 37, 37, [15]],
  ['Diners Club', 300, 305, [14, 15, 16, 17, 18, 19]],
  ['Diners Club', 36, 36, [14, 15, 16, 17, 18, 19]],
  ['Diners Club', 38, 39, [14, 15, 16, 17, 18, 19]],
  ['Discover', 6011, 6011, [16, 17, 18, 19]],
  ['Discover', 644, 649, [16, 17, 18, 19]],
  ['Discover', 65, 65, [16, 17, 18, 19]],
  ['JCB', 3528, 3589, [16, 17, 18, 19]],
  ['Mastercard', 51, 55, [16]],
  ['Mastercard', 2221, 2720, [16]],
  ['Mir', 2200, 2204, [16, 17, 18, 19]],
  ['UnionPay', 62, 62, [16, 17, 18, 19]],
  ['Visa', 4, 4, [13, 16, 19]],
  ['Maestro', 50, 50, [13, 14, 15, 16, 17, 18, 19]],
  ['Maestro', 56, 58, [13, 14, 15, 16, 17, 18, 19]],
  ['Maestro', 67, 67, [13, 14, 15, 16, 17, 18, 19]],
];

/** The card brand whose IIN range and length fit these digits, or null. */
export function cardBrand(digits: string): string | null {
  for (const [brand, from, to, lengths] of IIN_RANGES) {
    const width = String(from).length;
    const prefix = Number(digits.slice(0, width));
    if (prefix >= from && prefix <= to && lengths.includes(digits.length)) return brand;
  }
  return null;
}

/** A payment card: 13–19 digits, a known IIN range for that length, and a valid Luhn digit. */
export function paymentCardBrand(digits: string): string | null {
  if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) return null;
  return cardBrand(digits);
}

// IBAN lengths per country, from the SWIFT IBAN Registry (release 98, 2024).
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31,
  SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

/** The registered IBAN length of a country code, or undefined. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS[country.toUpperCase()];
}

/** ISO 13616: country length, then mod 97 of the rearranged number equals 1. `iban` is compact. */
export function isValidIban(iban: string): boolean {
  const s = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || ibanLength(s.slice(0, 2)) !== s.length) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    const value = c <= 57 ? c - 48 : c - 55; // '0'–'9' → 0–9, 'A'–'Z' → 10–35
    rest = (value > 9 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest === 1;
}
