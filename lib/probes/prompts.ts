import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { engines, promptEngines, trackedPrompts, type TrackedPrompt } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { isUuid } from '@/lib/auth/access';
import { badRequest, notFound } from '@/lib/errors';

// Tracked prompts: questions worth asking AI engines regularly, each asked of the engines
// chosen for it, on demand or on a schedule. The schedule is a timestamp in the row
// (next_run_at), so it survives restarts and every app server reads the same one.

export const PROMPT_SCHEDULES = ['manual', 'daily', 'weekly'] as const;
export type PromptSchedule = (typeof PROMPT_SCHEDULES)[number];

const PERIOD_MS: Record<Exclude<PromptSchedule, 'manual'>, number> = { daily: 86_400_000, weekly: 7 * 86_400_000 };

/** The slot after `slot` that is later than `now` (slots missed while the app was down are skipped, not caught up). */
export function nextSlot(schedule: PromptSchedule, slot: Date, now: Date): Date | null {
  if (schedule === 'manual') return null;
  const period = PERIOD_MS[schedule];
  const behind = Math.max(0, Math.floor((now.getTime() - slot.getTime()) / period) + 1);
  return new Date(slot.getTime() + behind * period);
}

export const promptInputSchema = z.object({
  text: z.string().trim().min(1, 'Write the question to ask.').max(4000, 'At most 4,000 characters.'),
  schedule: z.enum(PROMPT_SCHEDULES, { message: 'Choose manual, daily or weekly.' }).default('manual'),
  engineIds: z.array(z.string().uuid('Not an engine id.')).max(50).default([]),
});

export type PromptInput = z.input<typeof promptInputSchema>;
export type PromptWithEngines = TrackedPrompt & { engineIds: string[] };

async function checkEngines(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: engines.id })
    .from(engines)
    .where(and(eq(engines.workspaceId, workspaceId), inArray(engines.id, ids), isNull(engines.archivedAt)));
  if (found.length !== new Set(ids).size) throw badRequest('One of the engines is not an active engine of this workspace.', [{ path: 'engineIds', message: 'Choose active engines of this workspace.' }]);
}

async function setEngines(tx: Db, workspaceId: string, promptId: string, ids: string[]) {
  await tx.delete(promptEngines).where(and(eq(promptEngines.workspaceId, workspaceId), eq(promptEngines.promptId, promptId)));
  const unique = [...new Set(ids)];
  if (unique.length) await tx.insert(promptEngines).values(unique.map((engineId) => ({ workspaceId, promptId, engineId })));
}

export async function createPrompt(db: Db, access: Access, input: PromptInput): Promise<PromptWithEngines> {
  const data = promptInputSchema.parse(input);
  const workspaceId = access.workspace.id;
  await checkEngines(db, workspaceId, data.engineIds);
  return db.transaction(async (tx) => {
    const [prompt] = await tx
      .insert(trackedPrompts)
      // A scheduled prompt is first asked at the scheduler's next tick.
      .values({ workspaceId, text: data.text, schedule: data.schedule, nextRunAt: data.schedule === 'manual' ? null : new Date() })
      .returning();
    await setEngines(tx, workspaceId, prompt!.id, data.engineIds);
    return { ...prompt!, engineIds: [...new Set(data.engineIds)] };
  });
}

export async function updatePrompt(db: Db, access: Access, id: string, input: PromptInput): Promise<PromptWithEngines> {
  const data = promptInputSchema.parse(input);
  const workspaceId = access.workspace.id;
  const current = await getPrompt(db, workspaceId, id);
  await checkEngines(db, workspaceId, data.engineIds);
  const nextRunAt = data.schedule === 'manual' || current.archivedAt ? null : data.schedule === current.schedule && current.nextRunAt ? current.nextRunAt : new Date();
  return db.transaction(async (tx) => {
    const [prompt] = await tx
      .update(trackedPrompts)
      .set({ text: data.text, schedule: data.schedule, nextRunAt })
      .where(and(eq(trackedPrompts.workspaceId, workspaceId), eq(trackedPrompts.id, id)))
      .returning();
    await setEngines(tx, workspaceId, id, data.engineIds);
    return { ...prompt!, engineIds: [...new Set(data.engineIds)] };
  });
}

export async function setPromptArchived(db: Db, access: Access, id: string, archived: boolean): Promise<void> {
  const prompt = await getPrompt(db, access.workspace.id, id);
  await db
    .update(trackedPrompts)
    .set({ archivedAt: archived ? new Date() : null, nextRunAt: archived || prompt.schedule === 'manual' ? null : new Date() })
    .where(and(eq(trackedPrompts.workspaceId, access.workspace.id), eq(trackedPrompts.id, id)));
}

export async function getPrompt(db: Db, workspaceId: string, id: string): Promise<PromptWithEngines> {
  if (!isUuid(id)) throw notFound('Tracked prompt not found.');
  const [prompt] = await db
    .select()
    .from(trackedPrompts)
    .where(and(eq(trackedPrompts.workspaceId, workspaceId), eq(trackedPrompts.id, id)));
  if (!prompt) throw notFound('Tracked prompt not found.');
  return (await withEngines(db, workspaceId, [prompt]))[0]!;
}

export async function listPrompts(db: Db, workspaceId: string, opts: { includeArchived?: boolean } = {}): Promise<PromptWithEngines[]> {
  const rows = await db
    .select()
    .from(trackedPrompts)
    .where(and(eq(trackedPrompts.workspaceId, workspaceId), opts.includeArchived ? undefined : isNull(trackedPrompts.archivedAt)))
    .orderBy(asc(trackedPrompts.createdAt));
  return withEngines(db, workspaceId, rows);
}

async function withEngines(db: Db, workspaceId: string, rows: TrackedPrompt[]): Promise<PromptWithEngines[]> {
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(promptEngines)
    .where(and(eq(promptEngines.workspaceId, workspaceId), inArray(promptEngines.promptId, rows.map((r) => r.id))));
  return rows.map((prompt) => ({ ...prompt, engineIds: links.filter((l) => l.promptId === prompt.id).map((l) => l.engineId) }));
}
