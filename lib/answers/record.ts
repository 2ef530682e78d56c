import { and, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { answers, trackedPrompts } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { badRequest } from '@/lib/errors';
import { detectInAnswers, loadDetectionContext } from './detection';
import { ANSWER_ENGINES, type AnswerEngine } from './engines';
import { answerContentKey, writeDetections } from './store';
import { blankToUndefined } from '@/lib/blank';

// Recording answers, from any source: a form, the API, an import, a probe run. Each is
// stored with its detection in the caller's transaction; the same answer recorded twice
// (same source id, or same engine, time, prompt and text) is one answer.

/** Long enough for any real answer; a 5 MB paste is a mistake worth a clear message. */
export const MAX_ANSWER_CHARS = 200_000;
export const MAX_PROMPT_CHARS = 20_000;
export const MAX_CITATIONS = 200;

export const citationUrlSchema = z
  .string()
  .trim()
  .max(2000, 'A cited URL has at most 2,000 characters.')
  .refine((url) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(url) && URL.canParse(url), 'A cited link must be an http(s) URL like https://example.com/page.');

export const answerInputSchema = z.object({
  engine: z.enum(ANSWER_ENGINES, { message: `engine must be one of: ${ANSWER_ENGINES.join(', ')}.` }),
  model: z.preprocess(blankToUndefined, z.string().trim().max(200, 'model has at most 200 characters.').optional()),
  askedAt: z.coerce
    .date({ message: 'askedAt must be a date and time, like 2026-05-07T14:30:00Z.' })
    // A few minutes of clock skew between a script's machine and the server is fine.
    .refine((d) => d.getTime() <= Date.now() + 5 * 60_000, 'askedAt is in the future.'),
  prompt: z.string().trim().min(1, 'prompt is empty: paste the question that was asked.').max(MAX_PROMPT_CHARS, `prompt has at most ${MAX_PROMPT_CHARS.toLocaleString('en')} characters.`),
  // Not trimmed: mention offsets point into the answer exactly as sent.
  answer: z
    .string()
    .max(MAX_ANSWER_CHARS, `answer has at most ${MAX_ANSWER_CHARS.toLocaleString('en')} characters.`)
    .refine((text) => text.trim() !== '', 'answer is empty: paste the text the engine gave.'),
  citations: z.array(citationUrlSchema).max(MAX_CITATIONS, `At most ${MAX_CITATIONS} citations.`).default([]),
  promptId: z.preprocess(blankToUndefined, z.string().uuid('promptId is not a tracked prompt id.').optional()),
});

export type AnswerInput = z.input<typeof answerInputSchema>;

export interface NewAnswer {
  engine: AnswerEngine;
  model: string | null;
  askedAt: Date;
  prompt: string;
  answer: string;
  citations: string[];
  source: 'manual' | 'api' | 'import' | 'probe';
  promptId?: string | null;
  engineId?: string | null;
  probeRunId?: string | null;
  importId?: string | null;
  externalId?: string | null;
  createdBy?: string | null;
  createdByToken?: string | null;
}

export interface RecordedAnswer {
  id: string;
  /** False when the answer was already there. */
  inserted: boolean;
}

/**
 * Stores answers and their detections (one transaction is the caller's). Replies, in input
 * order, with each answer's id and whether it is new.
 */
export async function recordAnswers(tx: Db, workspaceId: string, items: NewAnswer[]): Promise<RecordedAnswer[]> {
  if (items.length === 0) return [];
  const context = await loadDetectionContext(tx, workspaceId);
  const rows = items.map((item) => ({
    workspaceId,
    engine: item.engine,
    model: item.model,
    askedAt: item.askedAt,
    prompt: item.prompt,
    answer: item.answer,
    citations: item.citations,
    source: item.source,
    promptId: item.promptId ?? null,
    engineId: item.engineId ?? null,
    probeRunId: item.probeRunId ?? null,
    importId: item.importId ?? null,
    externalId: item.externalId ?? null,
    contentKey: answerContentKey(item),
    createdBy: item.createdBy ?? null,
    createdByToken: item.createdByToken ?? null,
  }));
  const inserted = await tx
    .insert(answers)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: answers.id, contentKey: answers.contentKey, answer: answers.answer, citations: answers.citations });
  const detections = await detectInAnswers(tx, context, inserted);
  await writeDetections(
    tx,
    context,
    inserted.map((row, i) => ({ answerId: row.id, detection: detections[i]! })),
  );

  const byKey = new Map(inserted.map((row) => [row.contentKey, row.id]));
  const missing = rows.filter((row) => !byKey.has(row.contentKey));
  const existing = missing.length
    ? await tx
        .select({ id: answers.id, contentKey: answers.contentKey, externalId: answers.externalId })
        .from(answers)
        .where(
          and(
            eq(answers.workspaceId, workspaceId),
            or(
              inArray(answers.contentKey, missing.map((r) => r.contentKey)),
              inArray(answers.externalId, missing.map((r) => r.externalId).filter((id): id is string => id !== null).concat([''])),
            ),
          ),
        )
    : [];
  const newKeys = new Set(inserted.map((row) => row.contentKey));
  return rows.map((row) => {
    const id = byKey.get(row.contentKey) ?? existing.find((e) => e.contentKey === row.contentKey || (row.externalId !== null && e.externalId === row.externalId))?.id;
    if (!id) throw new Error('An answer was neither inserted nor found.');
    // Two identical rows in one batch: the first is new, the second is not.
    const fresh = newKeys.delete(row.contentKey);
    return { id, inserted: fresh };
  });
}

/** A tracked prompt of this workspace, or a 400 naming the field. */
export async function checkPromptId(db: Db, workspaceId: string, promptId: string | undefined) {
  if (!promptId) return;
  const [row] = await db
    .select({ id: trackedPrompts.id })
    .from(trackedPrompts)
    .where(and(eq(trackedPrompts.workspaceId, workspaceId), eq(trackedPrompts.id, promptId)));
  if (!row) throw badRequest('promptId is not a tracked prompt of this workspace.', [{ path: 'promptId', message: 'Not a tracked prompt of this workspace.' }]);
}

/** Records one answer given by a person or a script; replies with its id and whether it is new. */
export async function recordAnswer(db: Db, access: Access, input: AnswerInput, source: 'manual' | 'api'): Promise<RecordedAnswer> {
  const data = answerInputSchema.parse(input);
  const workspaceId = access.workspace.id;
  await checkPromptId(db, workspaceId, data.promptId);
  const principal = access.principal;
  return db.transaction(async (tx) => {
    const [recorded] = await recordAnswers(tx, workspaceId, [
      {
        ...data,
        model: data.model ?? null,
        source,
        promptId: data.promptId ?? null,
        createdBy: principal.kind === 'user' ? principal.userId : null,
        createdByToken: principal.kind === 'token' ? principal.tokenId : null,
      },
    ]);
    return recorded!;
  });
}
