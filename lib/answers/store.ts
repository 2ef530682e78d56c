import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answerCitations, answerEntities, answers, mentions } from '@/db/schema';
import type { DetectionResult } from '@/lib/mentions';
import type { DetectionContext } from './detection';

// Writing what detection found. Detections are derived data: a re-scan deletes an answer's
// rows and writes them again, inside the caller's transaction.

/** Same engine, time, prompt and answer → same key: recording it twice keeps one answer. */
export function answerContentKey(a: { engine: string; askedAt: Date; prompt: string; answer: string }): string {
  return createHash('sha256').update(JSON.stringify([a.engine, a.askedAt.toISOString(), a.prompt, a.answer])).digest('hex');
}

// PostgreSQL takes at most 65,535 parameters per statement; 10 columns × 2,000 rows stays under.
const CHUNK = 2000;
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function clearDetections(tx: Db, workspaceId: string, answerIds: string[]) {
  if (answerIds.length === 0) return;
  await tx.delete(mentions).where(and(eq(mentions.workspaceId, workspaceId), inArray(mentions.answerId, answerIds)));
  await tx.delete(answerEntities).where(and(eq(answerEntities.workspaceId, workspaceId), inArray(answerEntities.answerId, answerIds)));
  await tx.delete(answerCitations).where(and(eq(answerCitations.workspaceId, workspaceId), inArray(answerCitations.answerId, answerIds)));
}

/** Stores each answer's detection, its totals over our names, and the entities version it was scanned with. */
export async function writeDetections(tx: Db, context: DetectionContext, items: { answerId: string; detection: DetectionResult }[]) {
  if (items.length === 0) return;
  const { workspaceId, version } = context;
  const us = new Set(context.matcher.entities.filter((e) => e.isUs).map((e) => e.id));
  const mentionRows = items.flatMap(({ answerId, detection }) => detection.mentions.map((m) => ({ workspaceId, answerId, ...pickMention(m) })));
  const entityRows = items.flatMap(({ answerId, detection }) =>
    detection.entities.map((e) => ({
      workspaceId,
      answerId,
      entityId: e.entityId,
      rank: e.rank,
      visibility: e.visibility,
      wordShare: e.wordShare,
      sentiment: e.sentiment,
      mentionCount: e.count,
      ownCitation: e.ownCitation,
    })),
  );
  const citationRows = items.flatMap(({ answerId, detection }) =>
    detection.citations.map((c, position) => ({
      workspaceId,
      answerId,
      position,
      url: c.url,
      host: c.host,
      ours: c.ours,
      entityIds: c.entityIds,
      linkedinPostId: c.linkedinPostId,
    })),
  );
  await insertChunked(mentionRows, (chunk) => tx.insert(mentions).values(chunk));
  await insertChunked(entityRows, (chunk) => tx.insert(answerEntities).values(chunk));
  await insertChunked(citationRows, (chunk) => tx.insert(answerCitations).values(chunk));
  // One statement for the batch: the counts come as one JSON parameter.
  const counts = items.map(({ answerId, detection }) => {
    const ours = detection.entities.filter((e) => us.has(e.entityId));
    return {
      id: answerId,
      words: detection.wordCount,
      sentences: detection.sentenceCount,
      best: ours.length ? Math.min(...ours.map((e) => e.rank)) : null,
      us: ours.reduce((n, e) => n + e.count, 0),
      all: detection.entities.reduce((n, e) => n + e.count, 0),
      visibility: ours.reduce((n, e) => n + e.visibility, 0),
    };
  });
  await tx.execute(sql`
    update ${answers} set scanned_version = ${version}, word_count = x.words, sentence_count = x.sentences,
      us_best_rank = x.best, us_mentions = x.us, all_mentions = x.all, us_visibility = x.visibility
    from jsonb_to_recordset(${JSON.stringify(counts)}::jsonb) as x(id uuid, words integer, sentences integer, best integer, us integer, "all" integer, visibility float8)
    where ${answers.workspaceId} = ${workspaceId} and ${answers.id} = x.id`);
}

const pickMention = (m: DetectionResult['mentions'][number]) => ({
  entityId: m.entityId,
  alias: m.alias,
  start: m.start,
  end: m.end,
  rank: m.rank,
  visibility: m.visibility,
  wordShare: m.wordShare,
  sentiment: m.sentiment,
});
