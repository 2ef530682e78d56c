import { and, asc, desc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { engines, probeRuns, promptEngines, trackedPrompts, type ProbeRun } from '@/db/schema';
import { MAX_ANSWER_CHARS, MAX_CITATIONS, recordAnswers } from '@/lib/answers/record';
import type { Access } from '@/lib/auth/access';
import { badRequest, conflict } from '@/lib/errors';
import { jobs } from '@/lib/jobs';
import { askEngine, ProbeError, type AskOptions } from './clients';
import { EngineKeyError, engineConnection } from './engines';
import { getPrompt, nextSlot, type PromptSchedule } from './prompts';

// Probe runs: one tracked prompt asked of one engine. A run is a row first (queued), claimed
// by exactly one worker (running, with a lease), then finished (succeeded with its answer, or
// failed with what went wrong). Whatever queue delivers "run X", the row decides: a second
// delivery finds it no longer queued and does nothing.

/** Asks a prompt of its engines (or the ones given) now. Replies with the new runs' ids. */
export async function requestRuns(db: Db, access: Access, promptId: string, engineIds?: string[]): Promise<string[]> {
  const prompt = await getPrompt(db, access.workspace.id, promptId);
  if (prompt.archivedAt) throw conflict('This prompt is archived: restore it to ask it again.');
  const wanted = engineIds ?? prompt.engineIds;
  const active = wanted.length
    ? await db
        .select({ id: engines.id })
        .from(engines)
        .where(and(eq(engines.workspaceId, access.workspace.id), inArray(engines.id, wanted), isNull(engines.archivedAt)))
    : [];
  if (active.length === 0) throw badRequest('Choose at least one active engine to ask this prompt of.', [{ path: 'engineIds', message: 'Choose at least one active engine.' }]);
  const now = new Date();
  const rows = await db
    .insert(probeRuns)
    .values(
      active.map((engine) => ({
        workspaceId: access.workspace.id,
        promptId,
        engineId: engine.id,
        trigger: 'manual' as const,
        scheduledFor: now,
        requestedBy: access.principal.kind === 'user' ? access.principal.userId : null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: probeRuns.id });
  const ids = rows.map((r) => r.id);
  await jobs().probeRunsQueued(ids);
  return ids;
}

/**
 * Queues the runs of every scheduled prompt whose time has come, across all workspaces, and
 * moves each prompt to its next slot. Prompts are locked with SKIP LOCKED and runs are unique
 * per prompt, engine and slot, so servers ticking at once never queue a run twice.
 */
export async function queueDueRuns(db: Db, now = new Date()): Promise<string[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: trackedPrompts.id, workspaceId: trackedPrompts.workspaceId, schedule: trackedPrompts.schedule, nextRunAt: trackedPrompts.nextRunAt })
      .from(trackedPrompts)
      .where(and(ne(trackedPrompts.schedule, 'manual'), isNull(trackedPrompts.archivedAt), lt(trackedPrompts.nextRunAt, now)))
      .orderBy(asc(trackedPrompts.nextRunAt))
      .limit(200)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const links = await tx
      .select({ promptId: promptEngines.promptId, engineId: promptEngines.engineId })
      .from(promptEngines)
      .innerJoin(engines, eq(engines.id, promptEngines.engineId))
      .where(and(inArray(promptEngines.promptId, due.map((p) => p.id)), isNull(engines.archivedAt)));
    const values = due.flatMap((prompt) =>
      links
        .filter((l) => l.promptId === prompt.id)
        .map((l) => ({ workspaceId: prompt.workspaceId, promptId: prompt.id, engineId: l.engineId, trigger: 'schedule' as const, scheduledFor: prompt.nextRunAt! })),
    );
    const created = values.length ? await tx.insert(probeRuns).values(values).onConflictDoNothing().returning({ id: probeRuns.id }) : [];
    for (const prompt of due) {
      await tx
        .update(trackedPrompts)
        .set({ nextRunAt: nextSlot(prompt.schedule as PromptSchedule, prompt.nextRunAt!, now) })
        .where(eq(trackedPrompts.id, prompt.id));
    }
    return created.map((r) => r.id);
  });
}

/** Runs whose worker died (lease passed) go back to the queue. */
export async function requeueAbandonedRuns(db: Db, now = new Date()): Promise<string[]> {
  const rows = await db
    .update(probeRuns)
    .set({ status: 'queued', leaseExpiresAt: null })
    .where(and(eq(probeRuns.status, 'running'), lt(probeRuns.leaseExpiresAt, now)))
    .returning({ id: probeRuns.id });
  return rows.map((r) => r.id);
}

/** Queued runs, oldest first, that have waited longer than `olderThanMs` (for a queue that may have lost its notice). */
export async function waitingRunIds(db: Db, limit = 100, olderThanMs = 0): Promise<string[]> {
  const rows = await db
    .select({ id: probeRuns.id })
    .from(probeRuns)
    .where(and(eq(probeRuns.status, 'queued'), lt(probeRuns.createdAt, new Date(Date.now() - olderThanMs + 1))))
    .orderBy(asc(probeRuns.createdAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

export type ClaimResult = { status: 'claimed'; run: ProbeRun } | { status: 'busy' } | { status: 'gone' };

/**
 * Takes a queued run for this worker, unless its engine already runs its `concurrency`
 * runs (counted across all servers: the engine row is locked while counting).
 */
export async function claimRun(db: Db, runId: string, now = new Date()): Promise<ClaimResult> {
  return db.transaction(async (tx) => {
    const [run] = await tx.select().from(probeRuns).where(eq(probeRuns.id, runId)).for('update');
    if (!run || run.status !== 'queued') return { status: 'gone' };
    const [engine] = await tx.select().from(engines).where(eq(engines.id, run.engineId)).for('update');
    const [prompt] = await tx.select({ archivedAt: trackedPrompts.archivedAt }).from(trackedPrompts).where(eq(trackedPrompts.id, run.promptId));
    if (!engine || engine.archivedAt || !prompt || prompt.archivedAt) {
      await tx
        .update(probeRuns)
        .set({ status: 'cancelled', error: engine?.archivedAt ? 'The engine was archived before the run started.' : 'The prompt was archived before the run started.', finishedAt: now })
        .where(eq(probeRuns.id, runId));
      return { status: 'gone' };
    }
    const [{ running } = { running: 0 }] = await tx
      .select({ running: sql<number>`count(*)::int` })
      .from(probeRuns)
      .where(and(eq(probeRuns.engineId, engine.id), eq(probeRuns.status, 'running')));
    if (running >= engine.concurrency) return { status: 'busy' };
    // Long enough for every attempt, its timeout and the longest backoff between attempts.
    const leaseMs = (engine.timeoutSeconds * engine.maxAttempts + 30 * engine.maxAttempts + 60) * 1000;
    const [claimed] = await tx
      .update(probeRuns)
      .set({ status: 'running', startedAt: now, leaseExpiresAt: new Date(now.getTime() + leaseMs) })
      .where(eq(probeRuns.id, runId))
      .returning();
    return { status: 'claimed', run: claimed! };
  });
}

export type ExecuteResult = 'succeeded' | 'failed' | 'busy' | 'gone';

/**
 * Claims and executes one run: asks the engine, records the answer with its mentions, and
 * writes the run's outcome. `ask` overrides the client's options (tests shorten the backoff).
 */
export async function executeProbeRun(db: Db, runId: string, ask: Pick<AskOptions, 'sleep' | 'baseDelayMs' | 'maxDelayMs' | 'signal' | 'timeoutMs'> = {}): Promise<ExecuteResult> {
  const claim = await claimRun(db, runId);
  if (claim.status !== 'claimed') return claim.status;
  const run = claim.run;
  const finish = (values: Partial<ProbeRun>) =>
    db
      .update(probeRuns)
      .set({ ...values, leaseExpiresAt: null, finishedAt: new Date() })
      .where(eq(probeRuns.id, run.id));
  try {
    const [{ engine, connection }, prompt] = await Promise.all([engineConnection(db, run.workspaceId, run.engineId), getPrompt(db, run.workspaceId, run.promptId)]);
    const started = Date.now();
    const { answer, attempts } = await askEngine(connection, prompt.text, {
      timeoutMs: engine.timeoutSeconds * 1000,
      maxAttempts: engine.maxAttempts,
      ...ask,
    });
    await db.transaction(async (tx) => {
      const [recorded] = await recordAnswers(tx, run.workspaceId, [
        {
          engine: engine.product,
          model: answer.model ?? engine.model,
          askedAt: run.startedAt ?? new Date(started),
          prompt: prompt.text,
          answer: answer.text.slice(0, MAX_ANSWER_CHARS),
          citations: answer.citations.slice(0, MAX_CITATIONS),
          source: 'probe',
          promptId: run.promptId,
          engineId: run.engineId,
          probeRunId: run.id,
        },
      ]);
      await tx
        .update(probeRuns)
        .set({
          status: 'succeeded',
          attempts,
          httpStatus: attempts.at(-1)?.status ?? null,
          inputTokens: answer.usage.inputTokens,
          outputTokens: answer.usage.outputTokens,
          latencyMs: Date.now() - started,
          answerId: recorded!.id,
          leaseExpiresAt: null,
          finishedAt: new Date(),
        })
        .where(eq(probeRuns.id, run.id));
    });
    return 'succeeded';
  } catch (error) {
    if (error instanceof ProbeError) {
      await finish({ status: 'failed', errorKind: error.kind, error: error.message, httpStatus: error.status, attempts: error.attempts });
    } else if (error instanceof EngineKeyError) {
      await finish({ status: 'failed', errorKind: 'api_key', error: error.message });
    } else {
      console.error(`Probe run ${run.id} failed`, error);
      await finish({ status: 'failed', errorKind: 'internal', error: 'The run failed on our side; the error is in the server log.' });
    }
    return 'failed';
  }
}

export interface RunListItem extends ProbeRun {
  promptText: string;
  engineName: string;
}

export async function listRuns(db: Db, workspaceId: string, opts: { promptId?: string; limit?: number } = {}): Promise<RunListItem[]> {
  const rows = await db
    .select({ run: probeRuns, promptText: trackedPrompts.text, engineName: engines.name })
    .from(probeRuns)
    .innerJoin(trackedPrompts, eq(trackedPrompts.id, probeRuns.promptId))
    .innerJoin(engines, eq(engines.id, probeRuns.engineId))
    .where(and(eq(probeRuns.workspaceId, workspaceId), opts.promptId ? eq(probeRuns.promptId, opts.promptId) : undefined))
    .orderBy(desc(probeRuns.createdAt), desc(probeRuns.id))
    .limit(opts.limit ?? 50);
  return rows.map(({ run, promptText, engineName }) => ({ ...run, promptText, engineName }));
}

/** The newest run of every prompt and engine of the workspace (one row each). */
export async function latestRuns(db: Db, workspaceId: string): Promise<ProbeRun[]> {
  const rows = await db.execute(sql`
    select distinct on (prompt_id, engine_id) id from ${probeRuns}
    where workspace_id = ${workspaceId}
    order by prompt_id, engine_id, created_at desc, id desc`);
  const ids = rowsOf<{ id: string }>(rows).map((r) => r.id);
  if (ids.length === 0) return [];
  return db.select().from(probeRuns).where(and(eq(probeRuns.workspaceId, workspaceId), inArray(probeRuns.id, ids)));
}
