import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { refreshExposure } from './refresh';

// Region rules can be dated ahead (LinkedIn announces its changes weeks before they apply). A
// post's "ever exposed" depends on whether an exposed span has started, so on the day such a
// rule starts the stored exposure must be recomputed. The scheduler's tick calls this; each
// workspace is claimed by moving its exposure_refreshed_on to today in the same transaction
// as the refresh, so two servers never refresh one workspace twice in a day.

/** Refreshes the workspaces where a region rule started since their last refresh; replies with their ids. */
export async function refreshWhereRulesStarted(db: Db, today = new Date().toISOString().slice(0, 10)): Promise<string[]> {
  const due = rowsOf<{ id: string }>(
    await db.execute(sql`
      select w.id from workspaces w
      where (w.exposure_refreshed_on is null or w.exposure_refreshed_on < ${today}::date)
        and exists (
          select 1 from region_rules r
          where r.workspace_id = w.id and r.effective_from <= ${today}::date
            and (w.exposure_refreshed_on is null or r.effective_from > w.exposure_refreshed_on)
        )`),
  ).map((row) => row.id);
  const refreshed: string[] = [];
  for (const workspaceId of due) {
    const done = await db.transaction(async (tx) => {
      const claimed = rowsOf<{ id: string }>(
        await tx.execute(sql`
          update workspaces set exposure_refreshed_on = ${today}::date
          where id = ${workspaceId} and (exposure_refreshed_on is null or exposure_refreshed_on < ${today}::date)
          returning id`),
      );
      if (claimed.length === 0) return false;
      await refreshExposure(tx, workspaceId);
      return true;
    });
    if (done) refreshed.push(workspaceId);
  }
  return refreshed;
}
