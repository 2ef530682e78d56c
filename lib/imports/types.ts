// The contract between the format parsers (pure: a file in, records out) and the importer
// that writes records to the database in one transaction (lib/imports/persist.ts).
import { ANSWER_FORMAT_LABELS } from '@/lib/answers/imports/types';

/** Where a record or a problem came from: file (inside an archive: its path there), sheet, 1-based row, column header. */
export interface SourceLocation {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export type FormatId =
  | 'linkedin-archive' // the data archive .zip
  | 'linkedin-shares-csv' // Shares.csv on its own
  | 'linkedin-creator-analytics' // Content_… / AggregateAnalytics_… .xlsx
  | 'linkedin-post-analytics' // PostAnalytics_… .xlsx (one post)
  | 'linkedin-company-content' // company page content export (.xlsx / .csv)
  | 'optlens-posts-csv' // our own template
  | 'optlens-consent-csv'; // our opt-in events template

/** A post as a file describes it. `activityId` is LinkedIn's 19-digit id: the post's identity. */
export interface ParsedPost {
  kind: 'post';
  activityId: string;
  url: string;
  publishedAt: Date | null;
  text: string | null;
  mediaKind: string | null; // 'text' | 'image' | 'video' | 'article' | 'document' | 'repost' | … or null if unknown
  visibility: string | null; // as LinkedIn writes it: PUBLIC, MEMBER_NETWORK, CONNECTIONS…
  sharedUrl: string | null;
  at: SourceLocation;
}

/** A post's metrics as of one UTC day. Undefined = the file does not say; null never used. */
export interface ParsedMetric {
  kind: 'metric';
  activityId: string;
  capturedOn: string; // YYYY-MM-DD
  impressions?: number;
  membersReached?: number;
  /** All interactions together, when a file gives only the sum (creator analytics TOP POSTS). */
  engagements?: number;
  reactions?: number;
  comments?: number;
  reposts?: number;
  clicks?: number;
  saves?: number;
  at: SourceLocation;
}

/** A profile's followers on one day: the total when known, and/or the day's new followers (may be negative). */
export interface ParsedFollowers {
  kind: 'followers';
  day: string; // YYYY-MM-DD
  total?: number;
  newFollowers?: number;
  at: SourceLocation;
}

/** A profile's totals for one day (creator analytics ENGAGEMENT sheet, company Metrics sheet). */
export interface ParsedDailyReach {
  kind: 'daily';
  day: string; // YYYY-MM-DD
  impressions?: number;
  engagements?: number;
  membersReached?: number;
  at: SourceLocation;
}

/** An opt-in event of the importing profile: the setting turned ON or OFF at a moment. */
export interface ParsedConsent {
  kind: 'consent';
  status: 'on' | 'off';
  effectiveAt: Date;
  note: string | null;
  at: SourceLocation;
}

/** A row that could not be read: it is rejected, the rest of the file goes on. */
export interface ParsedRowError {
  kind: 'error';
  message: string;
  at: SourceLocation;
}

/** Something the user should know that rejects nothing: an unknown column, a skipped archive file. */
export interface ParsedNotice {
  kind: 'notice';
  message: string;
  at: SourceLocation;
}

export type ParsedRecord = ParsedPost | ParsedMetric | ParsedFollowers | ParsedDailyReach | ParsedConsent | ParsedRowError | ParsedNotice;

/** A file the importer has on disk (uploads are streamed to a temporary file first). */
export interface ImportSource {
  path: string;
  /** The name the user gave it: shown in messages, never used to detect the format. */
  name: string;
}

/** What a whole file cannot be: thrown before any record, so nothing is imported. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly at?: SourceLocation,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** What each format is called on screen. */
export const FORMAT_LABELS: Record<FormatId, string> = {
  'linkedin-archive': 'LinkedIn data archive',
  'linkedin-shares-csv': 'LinkedIn Shares.csv',
  'linkedin-creator-analytics': 'LinkedIn creator analytics',
  'linkedin-post-analytics': 'LinkedIn post analytics',
  'linkedin-company-content': 'LinkedIn company page content',
  'optlens-posts-csv': 'Optlens posts template',
  'optlens-consent-csv': 'Optlens opt-in events template',
};

const ALL_FORMAT_LABELS: Record<string, string> = { ...FORMAT_LABELS, ...ANSWER_FORMAT_LABELS };

export const formatLabel = (format: string | null) => (format ? (ALL_FORMAT_LABELS[format] ?? format) : '—');
