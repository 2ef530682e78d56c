// Privacy scanning of post texts: what a LinkedIn post gives away (DESIGN.md, "Privacy exposure").
// Pure TypeScript: no I/O. The rules are documented where they live:
//   weights.ts      the weights table and why, the specificity tiers
//   resolve.ts      overlaps (most specific, then longest) and URLs
//   identifiers.ts  email addresses, IBANs (ISO 13616 mod 97 + country length)
//   numbers.ts      digit runs shared by phones and cards; prices and measures are not runs
//   phone.ts        the phone rule (grouping, "+", or a phone word) and its vetoes
//   cards.ts        payment cards (Luhn + IIN ranges, checksums.ts)
//   address.ts      streets (EN/DE/FR/ES/NL), PO boxes, postcodes in address context
//   names.ts        @-mentions, cued and titled names, the author's own names
//   topics.ts       health, finance, family, confidential (word lists in lexicons.ts)
//   location.ts     "I'm at …", "currently in …", hotel rooms, GPS coordinates
//
//   const { findings, score } = scanPrivacy(post.text, { authorNames: [profile.name] });

export { scanPrivacy } from './scan';
export { PRIVACY_LABELS, PRIVACY_TIERS, PRIVACY_WEIGHTS } from './weights';
export { isValidIban, luhnValid, paymentCardBrand } from './checksums';
export { PRIVACY_KINDS, type Finding, type PrivacyKind, type PrivacyScan, type ScanOptions } from './types';
