import type { Db } from '@/db/client';
import type { ImportProblem } from '@/db/schema';
import type { ImportCounts, PersistResult } from '@/lib/imports/persist';
import type { SourceLocation } from '@/lib/imports/types';
import { ANSWER_ENGINE_LABELS } from './engines';
import type { ParsedAnswer, ParsedAnswerRecord } from './imports';
import { MAX_ANSWER_CHARS, MAX_CITATIONS, MAX_PROMPT_CHARS, recordAnswers, type NewAnswer } from './record';

// Writes the records of an answers file (ChatGPT export, Optlens answers template) into a
// workspace, in batches, inside the caller's transaction. Answers are identified by their
// id in the file (ChatGPT: conversation and message; the template: its content), so the same
// file twice adds nothing and an export taken later adds only the new replies.

const BATCH = 500;
const MAX_STORED_PROBLEMS = 1000;

export interface AnswerImportTarget {
  workspaceId: string;
  importId: string | null;
  recordedBy: { userId: string | null; tokenId: string | null };
  /** The date of answers whose file says none: the day the file was first imported. */
  asOf: Date;
}

/** Why the answer cannot be stored, or null. The parsers check shape; these are the app's limits. */
function limitProblem(record: ParsedAnswer, now: number): string | null {
  if (record.answer.length > MAX_ANSWER_CHARS) return `The answer has ${record.answer.length.toLocaleString('en')} characters; at most ${MAX_ANSWER_CHARS.toLocaleString('en')} are stored.`;
  if (record.prompt.length > MAX_PROMPT_CHARS) return `The question has ${record.prompt.length.toLocaleString('en')} characters; at most ${MAX_PROMPT_CHARS.toLocaleString('en')} are stored.`;
  if (record.citations.length > MAX_CITATIONS) return `The answer cites ${record.citations.length} links; at most ${MAX_CITATIONS} are stored.`;
  if (record.askedAt && record.askedAt.getTime() > now + 5 * 60_000) return `The answer is dated in the future (${record.askedAt.toISOString()}).`;
  return null;
}

export async function persistAnswerRecords(
  tx: Db,
  target: AnswerImportTarget,
  records: AsyncIterable<ParsedAnswerRecord>,
  onProgress?: (counts: ImportCounts) => void,
): Promise<PersistResult> {
  const result: PersistResult = { rowsRead: 0, added: 0, updated: 0, skipped: 0, rejected: 0, errors: [], notices: [], sample: [] };
  const problem = (list: ImportProblem[], at: SourceLocation, message: string) => {
    if (list.length < MAX_STORED_PROBLEMS) list.push({ ...at, message });
  };
  const now = Date.now();
  let undated = 0;
  let pending: NewAnswer[] = [];

  const flush = async () => {
    if (pending.length === 0) return;
    const stored = await recordAnswers(tx, target.workspaceId, pending);
    for (const { inserted } of stored) {
      if (inserted) result.added++;
      else result.skipped++;
    }
    pending = [];
    onProgress?.({ rowsRead: result.rowsRead, added: result.added, updated: result.updated, skipped: result.skipped, rejected: result.rejected });
  };

  for await (const record of records) {
    if (record.kind === 'notice') {
      problem(result.notices, record.at, record.message);
      continue;
    }
    result.rowsRead++;
    if (record.kind === 'error') {
      result.rejected++;
      problem(result.errors, record.at, record.message);
      continue;
    }
    const refused = limitProblem(record, now);
    if (refused) {
      result.rejected++;
      problem(result.errors, record.at, refused);
      continue;
    }
    if (!record.askedAt) undated++;
    const askedAt = record.askedAt ?? target.asOf;
    pending.push({
      engine: record.engine,
      model: record.model,
      askedAt,
      prompt: record.prompt,
      answer: record.answer,
      citations: record.citations,
      source: 'import',
      importId: target.importId,
      externalId: record.externalId,
      createdBy: target.recordedBy.userId,
      createdByToken: target.recordedBy.tokenId,
    });
    if (result.sample.length < 20) {
      result.sample.push({ key: record.externalId ?? `row ${record.at.row ?? result.rowsRead}`, date: askedAt.toISOString(), text: `${ANSWER_ENGINE_LABELS[record.engine]}: ${record.prompt.slice(0, 120)}` });
    }
    if (pending.length >= BATCH) await flush();
  }
  await flush();
  if (undated > 0) {
    result.notices.push({ message: `${undated.toLocaleString('en')} ${undated === 1 ? 'answer has' : 'answers have'} no date in the file: dated ${target.asOf.toISOString().slice(0, 10)}, the day the file was first imported.` });
  }
  return result;
}
