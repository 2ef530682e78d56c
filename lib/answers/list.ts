import { and, asc, desc, eq, exists, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { answerCitations, answerEntities, answers, entities, mentions, trackedPrompts, type Answer, type StoredMention } from '@/db/schema';
import { isUuid } from '@/lib/auth/access';
import { badRequest, notFound } from '@/lib/errors';
import { ANSWER_ENGINES } from './engines';
import { blankToUndefined } from '@/lib/blank';

// Reading answers: the list (filters and keyset pagination on asked_at, id) and one answer
// with everything detection found in it.

export const answerListQuerySchema = z.object({
  engine: z.preprocess(blankToUndefined, z.enum(ANSWER_ENGINES, { message: `engine must be one of: ${ANSWER_ENGINES.join(', ')}.` }).optional()),
  entity: z.preprocess(blankToUndefined, z.string().uuid('entity is not an entity id.').optional()),
  prompt: z.preprocess(blankToUndefined, z.string().uuid('prompt is not a tracked prompt id.').optional()),
  from: z.preprocess(blankToUndefined, z.coerce.date({ message: 'from must be a date like 2026-01-31.' }).optional()),
  to: z.preprocess(blankToUndefined, z.coerce.date({ message: 'to must be a date like 2026-01-31.' }).optional()),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100, 'limit is at most 100.').default(50)),
  cursor: z.preprocess(blankToUndefined, z.string().max(200).optional()),
});

export type AnswerListQuery = z.input<typeof answerListQuerySchema>;

type Cursor = [askedAt: string, id: string];
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && !Number.isNaN(Date.parse(value[0])) && typeof value[1] === 'string' && isUuid(value[1])) {
      return value as Cursor;
    }
  } catch {
    // fall through
  }
  throw badRequest('The cursor is not valid for this list: pass back the nextCursor of the previous page.');
}

export type AnswerMention = Omit<StoredMention, 'workspaceId' | 'answerId'>;

export interface AnswerDetails extends Answer {
  promptText: string | null;
  mentions: AnswerMention[];
  entities: { entityId: string; name: string; isUs: boolean; rank: number; visibility: number; wordShare: number; sentiment: number; mentionCount: number; ownCitation: boolean }[];
  citationDetails: { url: string; host: string | null; ours: boolean; entityIds: string[]; linkedinPostId: string | null }[];
}

export async function listAnswers(db: Db, workspaceId: string, query: AnswerListQuery): Promise<{ items: AnswerDetails[]; nextCursor: string | null }> {
  const q = answerListQuerySchema.parse(query);
  const filters: (SQL | undefined)[] = [
    eq(answers.workspaceId, workspaceId),
    q.engine ? eq(answers.engine, q.engine) : undefined,
    q.prompt ? eq(answers.promptId, q.prompt) : undefined,
    q.from ? gte(answers.askedAt, q.from) : undefined,
    q.to ? lt(answers.askedAt, q.to) : undefined,
    q.entity
      ? exists(
          db
            .select({ one: sql`1` })
            .from(answerEntities)
            .where(and(eq(answerEntities.answerId, answers.id), eq(answerEntities.entityId, q.entity))),
        )
      : undefined,
  ];
  if (q.cursor) {
    const [askedAt, id] = decodeCursor(q.cursor);
    filters.push(sql`(${answers.askedAt}, ${answers.id}) < (${askedAt}::timestamptz, ${id}::uuid)`);
  }
  const rows = await db
    .select()
    .from(answers)
    .where(and(...filters))
    .orderBy(desc(answers.askedAt), desc(answers.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > q.limit && last ? encodeCursor([last.askedAt.toISOString(), last.id]) : null;
  return { items: await withDetections(db, workspaceId, page), nextCursor };
}

export async function getAnswer(db: Db, workspaceId: string, id: string): Promise<AnswerDetails> {
  if (!isUuid(id)) throw notFound('Answer not found.');
  const [row] = await db.select().from(answers).where(and(eq(answers.workspaceId, workspaceId), eq(answers.id, id)));
  if (!row) throw notFound('Answer not found.');
  return (await withDetections(db, workspaceId, [row]))[0]!;
}

export async function getAnswersByIds(db: Db, workspaceId: string, ids: string[]): Promise<AnswerDetails[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(answers).where(and(eq(answers.workspaceId, workspaceId), inArray(answers.id, ids)));
  const details = await withDetections(db, workspaceId, rows);
  return ids.map((id) => details.find((d) => d.id === id)!).filter(Boolean);
}

/** Three queries for a whole page, not three per answer. */
async function withDetections(db: Db, workspaceId: string, rows: Answer[]): Promise<AnswerDetails[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const promptIds = [...new Set(rows.map((r) => r.promptId).filter((id): id is string => id !== null))];
  const [mentionRows, entityRows, citationRows, promptRows] = await Promise.all([
    db
      .select()
      .from(mentions)
      .where(and(eq(mentions.workspaceId, workspaceId), inArray(mentions.answerId, ids)))
      .orderBy(asc(mentions.start)),
    db
      .select({ row: answerEntities, name: entities.name, isUs: entities.isUs })
      .from(answerEntities)
      .innerJoin(entities, eq(entities.id, answerEntities.entityId))
      .where(and(eq(answerEntities.workspaceId, workspaceId), inArray(answerEntities.answerId, ids)))
      .orderBy(asc(answerEntities.rank)),
    db
      .select()
      .from(answerCitations)
      .where(and(eq(answerCitations.workspaceId, workspaceId), inArray(answerCitations.answerId, ids)))
      .orderBy(asc(answerCitations.position)),
    promptIds.length
      ? db
          .select({ id: trackedPrompts.id, text: trackedPrompts.text })
          .from(trackedPrompts)
          .where(and(eq(trackedPrompts.workspaceId, workspaceId), inArray(trackedPrompts.id, promptIds)))
      : Promise.resolve([]),
  ]);
  return rows.map((answer) => ({
    ...answer,
    promptText: promptRows.find((p) => p.id === answer.promptId)?.text ?? null,
    mentions: mentionRows
      .filter((m) => m.answerId === answer.id)
      .map((m) => ({ entityId: m.entityId, alias: m.alias, start: m.start, end: m.end, rank: m.rank, visibility: m.visibility, wordShare: m.wordShare, sentiment: m.sentiment })),
    entities: entityRows
      .filter((e) => e.row.answerId === answer.id)
      .map(({ row, name, isUs }) => ({
        entityId: row.entityId,
        name,
        isUs,
        rank: row.rank,
        visibility: row.visibility,
        wordShare: row.wordShare,
        sentiment: row.sentiment,
        mentionCount: row.mentionCount,
        ownCitation: row.ownCitation,
      })),
    citationDetails: citationRows
      .filter((c) => c.answerId === answer.id)
      .map((c) => ({ url: c.url, host: c.host, ours: c.ours, entityIds: c.entityIds, linkedinPostId: c.linkedinPostId })),
  }));
}
