// Public types of mention detection. Offsets are UTF-16 code-unit indexes into the ORIGINAL answer
// string (what String.prototype.slice takes); `end` is exclusive.

export interface AliasInput {
  text: string;
  caseSensitive: boolean;
}

export interface EntityInput {
  id: string;
  /** Counts as an alias too, with the entity's default `caseSensitive`. */
  name: string;
  /** One of the workspace's own names (the profile, the brand), as opposed to a competitor. */
  isUs: boolean;
  aliases: AliasInput[];
  /** Default case sensitivity of the name (false when absent). */
  caseSensitive?: boolean;
}

export interface Mention {
  entityId: string;
  /** The alias as the entity lists it (the name or an alias text, trimmed). */
  alias: string;
  /** Span of the alias in the answer; a possessive or plural suffix ("'s", "s") is not included. */
  start: number;
  end: number;
  /** The entity's rank in this answer (1 = named first). */
  rank: number;
  /** The entity's GEO position-adjusted word share in this answer (see scores.ts). */
  visibility: number;
  /** The entity's plain word share (no position weight). */
  wordShare: number;
  /** AFINN comparative score of the sentence holding this mention, clamped to [-1, 1]. */
  sentiment: number;
}

export interface EntityDetection {
  entityId: string;
  rank: number;
  visibility: number;
  wordShare: number;
  /** AFINN comparative score over all sentences naming the entity, clamped to [-1, 1]. */
  sentiment: number;
  /** Number of mentions. */
  count: number;
  /** Start of the first mention. */
  firstStart: number;
  /** A citation's host is one of this entity's domain aliases (or a subdomain of one). */
  ownCitation: boolean;
}

export interface CitationDetection {
  url: string;
  /** Lower-case host (punycode), or null when the citation is not an http(s) URL or host. */
  host: string | null;
  /** Entities one of whose domain aliases is this host or a parent domain of it, sorted. */
  entityIds: string[];
  /** LinkedIn post id (the 19-digit number) when the citation is a LinkedIn post URL or URN. */
  linkedinPostId: string | null;
  /** Points to an `isUs` entity's domain, or to one of `options.linkedinActivityIds`. */
  ours: boolean;
}

export interface DetectionResult {
  /** In order of `start`. */
  mentions: Mention[];
  /** Entities named at least once, in rank order. */
  entities: EntityDetection[];
  /** One per citation passed in, same order. */
  citations: CitationDetection[];
  /** Sentences with at least one word (N in the GEO formula); 0 when nothing was found. */
  sentenceCount: number;
  /** Words in the answer (the GEO denominator); 0 when nothing was found. */
  wordCount: number;
}

export interface DetectOptions {
  /** The workspace's LinkedIn post ids, URNs or URLs, for `citations[].ours`. */
  linkedinActivityIds?: readonly string[];
}

export interface MatcherEntity {
  id: string;
  name: string;
  isUs: boolean;
  /** Hosts (lower case, punycode) of the entity's domain aliases. */
  domains: string[];
}
