// scanPrivacy: every detector over the text, overlaps resolved, weights summed.

import { addressCandidates } from './address';
import { cardsInRun } from './cards';
import { emailCandidates, ibanCandidates } from './identifiers';
import { locationCandidates } from './location';
import { personNameCandidates } from './names';
import { digitRuns } from './numbers';
import { phoneCandidates } from './phone';
import { resolveOverlaps } from './resolve';
import { confidentialCandidates, familyCandidates, financeCandidates, healthCandidates } from './topics';
import type { Candidate, PrivacyScan, ScanOptions } from './types';
import { PRIVACY_WEIGHTS } from './weights';

/**
 * What a post text gives away: emails, phone numbers, postal addresses, payment cards, IBANs,
 * other people's names, health, finance, whereabouts, family details, confidentiality markers.
 * Pure and synchronous; never throws; findings never overlap; score = sum of weights.
 */
export function scanPrivacy(text: string, options: ScanOptions = {}): PrivacyScan {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const authorNames = (options.authorNames ?? []).filter((n): n is string => typeof n === 'string');
  const runs = digitRuns(input);
  const candidates: Candidate[] = [
    ...emailCandidates(input),
    ...ibanCandidates(input),
    ...runs.flatMap((run) => cardsInRun(input, run)),
    ...phoneCandidates(input, runs),
    ...addressCandidates(input),
    ...personNameCandidates(input, authorNames),
    ...familyCandidates(input),
    ...financeCandidates(input),
    ...locationCandidates(input),
    ...healthCandidates(input),
    ...confidentialCandidates(input),
  ];
  const findings = resolveOverlaps(input, candidates).map((c) => ({
    ...c,
    text: input.slice(c.start, c.end),
    weight: PRIVACY_WEIGHTS[c.kind],
  }));
  return { findings, score: findings.reduce((sum, f) => sum + f.weight, 0) };
}
