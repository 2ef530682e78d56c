import type { Db } from '@/db/client';
import { workspacesNeedingRescan } from '@/lib/answers/scan';
import { refreshWhereRulesStarted } from '@/lib/consent/rules-started';
import { failInterruptedImports } from '@/lib/imports/run-import';
import { scanPostsPrivacy } from '@/lib/posts/privacy';
import { queueDueRuns, requeueAbandonedRuns } from '@/lib/probes/runs';

export interface TickResult {
  /** Runs queued now for scheduled prompts whose time came. */
  scheduled: string[];
  /** Runs whose worker died, queued again. */
  requeued: string[];
  /** Workspaces with answers scanned under older names. */
  rescans: string[];
  /** Workspaces whose posts' exposure was recomputed because a region rule started. */
  exposureRefreshed: string[];
  /** Imports marked failed because their server stopped mid-way (their transaction rolled back). */
  interruptedImports: string[];
  /** Posts whose text was scanned for personal data. */
  privacyScanned: number;
}

/** What a server does once a minute (or, with pg-boss, one server of all): find the work that is waiting. */
export async function schedulerTick(db: Db, now = new Date()): Promise<TickResult> {
  const scheduled = await queueDueRuns(db, now);
  const requeued = await requeueAbandonedRuns(db, now);
  const rescans = await workspacesNeedingRescan(db);
  const exposureRefreshed = await refreshWhereRulesStarted(db, now.toISOString().slice(0, 10));
  const interruptedImports = await failInterruptedImports(db, now);
  const privacyScanned = await scanPostsPrivacy(db);
  return { scheduled, requeued, rescans, exposureRefreshed, interruptedImports, privacyScanned };
}
