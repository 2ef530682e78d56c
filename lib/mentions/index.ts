// Mention detection: finds a workspace's tracked names in AI answers and scores them.
// Pure TypeScript: no I/O, no React, no database. The rules are documented where they live:
//   fold.ts       case and diacritics folding, separators, the map back to original offsets
//   matcher.ts    alias kinds (names, run-together multi-word names, domains) and compilation
//   automaton.ts  the Aho–Corasick automaton (and why it is not a package)
//   scan.ts       whole words, possessives and plurals, case-sensitive aliases, overlaps
//   sentences.ts  sentences and words
//   detect.ts     rank, GEO visibility (Aggarwal et al. 2023) and word share, sentiment
//   sentiment.ts  AFINN comparative score and its clamping
//   citations.ts  whether a cited URL is ours
//
//   const matcher = buildMatcher(entities);          // once per workspace, cache it
//   const result = detectMentions(matcher, answer, citations, { linkedinActivityIds });

export { buildMatcher, domainOfAlias, type Matcher } from './matcher';
export { detectMentions } from './detect';
export { foldAlias, foldString } from './fold';
export { citationHost, citationsPointToUs, normalizeDomain, ownCitationTest, type OwnContent } from './citations';
export type {
  AliasInput,
  CitationDetection,
  DetectOptions,
  DetectionResult,
  EntityDetection,
  EntityInput,
  MatcherEntity,
  Mention,
} from './types';
