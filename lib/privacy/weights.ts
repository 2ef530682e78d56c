// The one table of privacy weights, and why each kind weighs what it does.
//
// A weight is the harm of one finding if the post is read by anyone (or learned by a model):
//   10  payment_card  a card number is enough for card-not-present fraud (PCI DSS treats it as
//                     the most protected datum); a Luhn-valid number with a real IIN is rarely a typo.
//    8  iban          enables direct-debit fraud and names a bank relationship (SEPA mandates only
//                     need name + IBAN).
//    6  health        GDPR Art. 9 special category: diagnoses, treatment, pregnancy, mental health,
//                     disability; discrimination risk for the person and people they mention.
//    5  phone         a direct, persistent contact channel (spam, vishing, SIM-swap attacks).
//    5  address       physical whereabouts of a home or office; stalking and fraud.
//    4  email         a contact channel, often a work address already semi-public.
//    4  family        relatives, mostly children, who never chose to be in the post; divorce.
//    4  finance       salary figures, debt, loans, bankruptcy: leverage for fraud and discrimination.
//    4  confidential  not personal data, but a leaked business secret costs the poster dearly.
//    3  location      "I'm at …", "currently in …": time-bound whereabouts, less than an address.
//    2  person_name   other people's names are everyday LinkedIn content; low harm each, but a
//                     third party's data all the same, and many add up.
// The score of a post is the plain sum, so three names (6) weigh about one health remark (6).

import type { PrivacyKind } from './types';

export const PRIVACY_WEIGHTS: Readonly<Record<PrivacyKind, number>> = {
  payment_card: 10,
  iban: 8,
  health: 6,
  phone: 5,
  address: 5,
  email: 4,
  family: 4,
  finance: 4,
  confidential: 4,
  location: 3,
  person_name: 2,
};

export const PRIVACY_LABELS: Readonly<Record<PrivacyKind, string>> = {
  email: 'Email address',
  phone: 'Phone number',
  address: 'Postal address',
  payment_card: 'Payment card number',
  iban: 'IBAN',
  person_name: "Another person's name",
  health: 'Health (sensitive personal topic)',
  finance: 'Personal finances',
  location: 'Precise whereabouts',
  family: 'Family details',
  confidential: 'Confidentiality marker',
};

/**
 * Specificity tiers for overlap resolution (resolve.ts): a lower tier wins an overlap whatever
 * the lengths. 0 = checksum-validated identifiers, 1 = pattern identifiers, 2 = context phrases,
 * 3 = topic words.
 */
export const PRIVACY_TIERS: Readonly<Record<PrivacyKind, number>> = {
  payment_card: 0,
  iban: 0,
  email: 0,
  phone: 1,
  address: 1,
  person_name: 2,
  family: 2,
  finance: 2,
  location: 2,
  health: 3,
  confidential: 3,
};
