// The contract between the answer-file parsers (pure: a file in, records out) and the importer
// that stores answers. Shares the post imports' vocabulary (lib/imports/types.ts): where a
// record came from, row errors that reject one record, notices that reject nothing, and
// ImportFileError for a file that cannot be read at all.
import type { ParsedNotice, ParsedRowError, SourceLocation } from '@/lib/imports/types';

export { ANSWER_ENGINES, ANSWER_ENGINE_LABELS, type AnswerEngine } from '../engines';
import type { AnswerEngine } from '../engines';

/** One reply of an AI engine and the question it answers, as a file describes it. */
export interface ParsedAnswer {
  kind: 'answer';
  engine: AnswerEngine;
  /** As the source names it, e.g. ChatGPT's `metadata.model_slug` (`gpt-4o`). */
  model: string | null;
  /** The user message's time (else the reply's). */
  askedAt: Date | null;
  /** The user message the reply answers. */
  prompt: string;
  /** The assistant's reply as text. */
  answer: string;
  /** URLs cited, where the source gives them; http(s) only, each once, in order of appearance. */
  citations: string[];
  /** Stable identity for idempotent re-imports (ChatGPT: `<conversation id>:<message id>`). */
  externalId: string | null;
  /** File, and row (CSV) or, for a ChatGPT export, `row` = the conversation's 1-based position in its file. */
  at: SourceLocation;
}

export type ParsedAnswerRecord = ParsedAnswer | ParsedRowError | ParsedNotice;

export type AnswerFormatId = 'chatgpt-export' | 'optlens-answers-csv';

export const ANSWER_FORMAT_LABELS: Record<AnswerFormatId, string> = {
  'chatgpt-export': 'ChatGPT data export',
  'optlens-answers-csv': 'Optlens answers template',
};
