// The shapes of a privacy scan. Offsets are UTF-16 code units of the scanned text, end exclusive,
// so `text.slice(finding.start, finding.end) === finding.text` always holds.

export const PRIVACY_KINDS = [
  'email',
  'phone',
  'address',
  'payment_card',
  'iban',
  'person_name',
  'health',
  'finance',
  'location',
  'family',
  'confidential',
] as const;

export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

export interface Finding {
  kind: PrivacyKind;
  start: number;
  end: number;
  text: string;
  /** The kind's weight from PRIVACY_WEIGHTS (weights.ts). */
  weight: number;
  /** Human-readable, may name the variant: "Payment card (Visa)", "IBAN (DE)", "Mention (@handle)". */
  label: string;
}

export interface ScanOptions {
  /** The post author's own names ("Jane Doe", "@janedoe"): never reported as another person. */
  authorNames?: readonly string[];
}

export interface PrivacyScan {
  /** Non-overlapping, ordered by start. */
  findings: Finding[];
  /** Sum of the findings' weights. */
  score: number;
}

/** What a detector proposes before overlaps are resolved (scan.ts adds text and weight). */
export interface Candidate {
  kind: PrivacyKind;
  start: number;
  end: number;
  label: string;
}
