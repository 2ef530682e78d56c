import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { answers, workspaces } from '@/db/schema';
import { detectInAnswers, loadDetectionContext } from './detection';
import { clearDetections, writeDetections } from './store';

// Re-scanning: when the names to look for change, every answer is scanned again. The state
// lives in the database (workspaces.entities_version against answers.scanned_version), so a
// re-scan interrupted by a restart resumes where it stopped, and two servers scanning the
// same workspace take different batches (SKIP LOCKED) instead of doing the work twice.

/** Call in the transaction that changes an entity or its aliases. */
export async function bumpEntitiesVersion(tx: Db, workspaceId: string): Promise<void> {
  await tx
    .update(workspaces)
    .set({ entitiesVersion: sql`${workspaces.entitiesVersion} + 1` })
    .where(eq(workspaces.id, workspaceId));
}

export const RESCAN_BATCH = 500;

/** Re-scans one batch of out-of-date answers; replies with how many it scanned (0 = up to date). */
export async function rescanBatch(db: Db, workspaceId: string, batchSize = RESCAN_BATCH): Promise<number> {
  return db.transaction(async (tx) => {
    const context = await loadDetectionContext(tx, workspaceId);
    const batch = await tx
      .select({ id: answers.id, answer: answers.answer, citations: answers.citations })
      .from(answers)
      .where(and(eq(answers.workspaceId, workspaceId), lt(answers.scannedVersion, context.version)))
      .orderBy(asc(answers.id))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (batch.length === 0) return 0;
    const detections = await detectInAnswers(tx, context, batch);
    const ids = batch.map((row) => row.id);
    await clearDetections(tx, workspaceId, ids);
    await writeDetections(
      tx,
      context,
      batch.map((row, i) => ({ answerId: row.id, detection: detections[i]! })),
    );
    return batch.length;
  });
}

/** Re-scans until the workspace's answers are all up to date; replies with the number scanned. */
export async function rescanWorkspace(db: Db, workspaceId: string, batchSize = RESCAN_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const scanned = await rescanBatch(db, workspaceId, batchSize);
    if (scanned === 0) return total;
    total += scanned;
  }
}

/** Workspaces holding answers scanned with older names: what a background re-scan has left to do. */
export async function workspacesNeedingRescan(db: Db): Promise<string[]> {
  const result = await db.execute(sql`
    select w.id from ${workspaces} w
    where exists (select 1 from ${answers} a where a.workspace_id = w.id and a.scanned_version < w.entities_version)`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

/** How many answers still wait for a re-scan (shown on the names page while one runs). */
export async function pendingRescanCount(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(answers)
    .innerJoin(workspaces, eq(workspaces.id, answers.workspaceId))
    .where(and(eq(answers.workspaceId, workspaceId), lt(answers.scannedVersion, workspaces.entitiesVersion)));
  return row?.n ?? 0;
}
