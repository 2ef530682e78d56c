// Postal addresses: a house number with a street word, PO boxes, and postcodes in address context.
//
//   street   EN  "221B Baker Street", "1600 Pennsylvania Ave NW", "5 Main St., Apt 4B"
//            FR  "12 rue de la Paix", "5 bis, avenue des Champs-Élysées"
//            ES  "Calle Mayor 5", "C/ Alcalá 23", "Paseo de Gracia, 43"
//            DE/NL "Hauptstraße 5", "Berliner Str. 12a", "Keizersgracht 123", "Kerklaan 3"
//   PO box   "P.O. Box 123", "Postfach 10 01", "Postbus 51", "Apartado 1234", "BP 45"
//   postcode accepted only in address context: right after a street or PO box (", London SW1A 1AA"
//            is merged into one address), within 40 characters after an address word ("address",
//            "Adresse", "PLZ", "visit us at"…), or as US "City, ST 12345" / Canadian "ON M5V 3L9"
//            (these two also merge with a street before them).
//            UK "SW1A 1AA", NL "1012 AB", five digits + town "10115 Berlin" (DE, FR, ES, IT).
// Street words need a house number and a capitalised street name, so "the road ahead" or
// "Wall Street analysts" are not addresses. No `i` flag: \p{Lu} would then match lower case.

import { CAP_WORD, compileLexicon, WORD_END, WORD_START } from './text';
import type { Candidate } from './types';

const S = '[ \\u00A0]';
/** "Street" → [Ss]treet: only the first letter may change case. */
const firstAnyCase = (w: string) => `[${(w[0] as string).toUpperCase()}${(w[0] as string).toLowerCase()}]${w.slice(1)}`;
const alt = (words: readonly string[]) => `(?:${words.map(firstAnyCase).join('|')})`;

const HOUSE = `\\d{1,5}[A-Za-z]?(?:[-–]\\d{1,5})?`;
const EN_SUFFIX = alt(['street', 'st\\.?', 'avenue', 'ave\\.?', 'road', 'rd\\.?', 'boulevard', 'blvd\\.?', 'lane', 'ln\\.?',
  'drive', 'dr\\.?', 'court', 'ct\\.?', 'place', 'pl\\.?', 'square', 'sq\\.?', 'terrace', 'crescent', 'close', 'parkway',
  'pkwy\\.?', 'highway', 'hwy\\.?', 'way', 'row', 'mews', 'gardens', 'grove']);
const ORDINAL = '\\d{1,3}(?:st|nd|rd|th)';
const UNIT = `(?:,?${S}(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|Floor|#)${S}?[0-9A-Z]{1,5}${WORD_END})?`;
const EN_STREET = `${HOUSE},?${S}(?:(?:${CAP_WORD}|${ORDINAL})${S}){1,3}${EN_SUFFIX}${WORD_END}(?:${S}(?:N|S|E|W|NE|NW|SE|SW)${WORD_END})?${UNIT}`;

const PARTICLES = `(?:(?:de|du|des|la|le|del|las|los|el|d['’]|l['’])${S}?){0,2}`;
const FR_TYPE = alt(['rue', 'avenue', 'av\\.', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'cours', 'route', 'passage']);
const FR_STREET = `\\d{1,4}(?:${S}?(?:bis|ter))?,?${S}${FR_TYPE}${S}${PARTICLES}${CAP_WORD}(?:${S}${CAP_WORD}){0,2}`;
const ES_TYPE = `(?:${alt(['calle', 'avenida', 'avda\\.', 'plaza', 'pza\\.', 'paseo', 'camino', 'carrera', 'ronda', 'travesía', 'rúa'])}|C/)`;
const ES_STREET = `${ES_TYPE}${S}?${PARTICLES}${CAP_WORD}(?:${S}${PARTICLES}${CAP_WORD}){0,2},?${S}(?:n[º°o]\\.?${S}?)?\\d{1,4}${WORD_END}`;
const DE_NL_SUFFIX = '(?:straße|strasse|str\\.|weg|gasse|platz|allee|damm|ufer|chaussee|steig|pfad|laan|straat|gracht|plein|kade|singel|dijk|steeg)';
const DE_NL_WORD = '(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Damm|Ufer|Laan|Straat|Gracht|Plein|Kade|Singel)';
const DE_NL_STREET = `(?:\\p{Lu}[\\p{Ll}\\p{M}-]*${DE_NL_SUFFIX}|(?:${CAP_WORD}[${' '}\\u00A0-])?${DE_NL_WORD})${S}\\d{1,3}[a-z]?(?:[-–]\\d{1,3})?${WORD_END}`;
const PO_BOX = `(?:P\\.?${S}?O\\.?${S}?[Bb]ox|Post${S}Office${S}Box|Postfach|Postbus|Apartado(?:${S}de${S}correos)?|Boîte${S}postale|B\\.?P\\.?|Case${S}postale)${S}?\\d{1,6}(?:${S}\\d{2,4})?${WORD_END}`;

const STREET = new RegExp(`${WORD_START}(?:${EN_STREET}|${FR_STREET}|${ES_STREET}|${DE_NL_STREET})`, 'gu');
const PO = new RegExp(`${WORD_START}${PO_BOX}`, 'gu');

const UK_POSTCODE = `[A-Z]{1,2}\\d[A-Z\\d]?${S}?\\d[ABD-HJLNP-UW-Z]{2}`;
const NL_POSTCODE = `[1-9]\\d{3}${S}?(?!SA|SD|SS)[A-Z]{2}`;
const FIVE_DIGIT_TOWN = `\\d{5}${S}\\p{Lu}[\\p{Ll}\\p{M}]+(?:[${' '}-]\\p{Lu}[\\p{Ll}\\p{M}]+)?`;
const POSTCODE = new RegExp(`${WORD_START}(?:${UK_POSTCODE}|${NL_POSTCODE}|${FIVE_DIGIT_TOWN})${WORD_END}`, 'gu');
const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const US_CITY_ZIP = new RegExp(`${WORD_START}${CAP_WORD}(?:${S}${CAP_WORD}){0,2},${S}(?:${US_STATES})${S}\\d{5}(?:-\\d{4})?${WORD_END}`, 'gu');
const CA_POSTAL = new RegExp(`${WORD_START}(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)${S}[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]${S}?\\d[ABCEGHJ-NPRSTV-Z]\\d${WORD_END}`, 'gu');

const ADDRESS_WORDS = compileLexicon([
  'address', 'postal address', 'mailing address', 'postcode', 'post code', 'zip', 'zip code', 'located at', 'find us at',
  'visit us at', 'our office', 'our new office', 'moved to', 'send it to', 'adresse', 'anschrift', 'plz', 'postleitzahl',
  'dirección', 'código postal', 'adres', 'bureau', 'büro', 'besuchen sie uns',
]);
// Between a street and its postcode: commas, spaces and up to three capitalised town words.
const TOWN_GAP = /^[\s,]*(?:\p{Lu}[\p{Ll}\p{M}'’.-]*[\s,]+){0,3}$/u;

function collect(re: RegExp, text: string, label: string, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ kind: 'address', start: m.index, end: m.index + m[0].length, label });
  }
}

/** The nearest street or PO box ending at most 60 characters before `start` with only a town between. */
function anchorBefore(byEnd: readonly Candidate[], text: string, start: number): Candidate | undefined {
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byEnd[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const a = byEnd[i] as Candidate;
    if (start - a.end > 60) break;
    if (TOWN_GAP.test(text.slice(a.end, start))) return a;
  }
  return undefined;
}

/** Street addresses, PO boxes and postcodes in address context (see the rules above). */
export function addressCandidates(text: string): Candidate[] {
  const anchors: Candidate[] = [];
  collect(STREET, text, 'Postal address', anchors);
  collect(PO, text, 'Postal address (PO box)', anchors);
  const found = [...anchors];
  anchors.sort((a, b) => a.end - b.end);
  const towns: Candidate[] = [];
  collect(US_CITY_ZIP, text, 'Postal address (city, state, ZIP)', towns);
  collect(CA_POSTAL, text, 'Postal address (postal code)', towns);
  for (const t of towns) {
    const anchor = anchorBefore(anchors, text, t.start);
    found.push(anchor === undefined ? t : { ...t, start: anchor.start, label: anchor.label });
  }
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(text); m !== null; m = POSTCODE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const anchor = anchorBefore(anchors, text, start);
    if (anchor !== undefined) {
      found.push({ kind: 'address', start: anchor.start, end, label: anchor.label });
      continue;
    }
    ADDRESS_WORDS.lastIndex = 0;
    if (ADDRESS_WORDS.test(text.slice(Math.max(0, start - 40), start))) {
      found.push({ kind: 'address', start, end, label: 'Postal address (postcode)' });
    }
  }
  return found;
}
