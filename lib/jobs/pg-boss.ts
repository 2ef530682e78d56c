import PgBoss from 'pg-boss';
import type { Db } from '@/db/client';
import { rescanWorkspace } from '@/lib/answers/scan';
import { executeProbeRun, waitingRunIds } from '@/lib/probes/runs';
import type { JobQueue } from './index';
import { schedulerTick } from './tick';

// The worker when the app runs on PostgreSQL: pg-boss keeps its queue in the same database
// (schema `pgboss`), so several app servers share the work. Its cron schedule fires the tick
// once a minute on one server of all; jobs are fetched with SKIP LOCKED, and a probe run is
// claimed through its own row anyway, so a job delivered twice does the work once.

export const QUEUES = { probe: 'optlens-probe-run', rescan: 'optlens-rescan', tick: 'optlens-tick' } as const;

export interface PgBossOptions {
  /** Probe runs in flight at once on this server (each engine's own limit applies too). */
  workers?: number;
  /** Seconds before a run that found its engine busy is tried again. */
  busyRetrySeconds?: number;
  pollingIntervalSeconds?: number;
}

export async function startPgBossQueue(db: Db, connectionString: string, options: PgBossOptions = {}): Promise<JobQueue & { boss: PgBoss }> {
  const { workers = 4, busyRetrySeconds = 10, pollingIntervalSeconds = 2 } = options;
  const boss = new PgBoss({ connectionString, max: workers + 2, application_name: 'optlens-jobs' });
  boss.on('error', (error) => console.error('Optlens job queue error', error));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, retryLimit: 3, retryDelay: 30, retryBackoff: true });
  }

  const sendRuns = async (runIds: string[]) => {
    if (runIds.length) await boss.insert(runIds.map((runId) => ({ name: QUEUES.probe, data: { runId } })));
  };
  const sendRescan = (workspaceId: string) => boss.send(QUEUES.rescan, { workspaceId }, { singletonKey: workspaceId });

  // pg-boss 10 runs one job at a time per worker: one worker per parallel run.
  for (let i = 0; i < workers; i++) {
    await boss.work<{ runId: string }>(QUEUES.probe, { pollingIntervalSeconds }, async ([job]) => {
      // The engine runs its limit elsewhere: ask again later, without spending a retry.
      if (job && (await executeProbeRun(db, job.data.runId)) === 'busy') await boss.send(QUEUES.probe, job.data, { startAfter: busyRetrySeconds });
    });
  }
  await boss.work<{ workspaceId: string }>(QUEUES.rescan, { pollingIntervalSeconds }, async ([job]) => {
    if (job) await rescanWorkspace(db, job.data.workspaceId);
  });
  await boss.work(QUEUES.tick, { pollingIntervalSeconds }, async () => {
    const tick = await schedulerTick(db);
    // Runs queued more than a minute ago whose notice was lost (a server stopped between
    // writing the row and sending the job) are sent again; a duplicate finds the run taken.
    const stranded = await waitingRunIds(db, 500, 60_000);
    await sendRuns([...new Set([...tick.scheduled, ...tick.requeued, ...stranded])]);
    for (const workspaceId of tick.rescans) await sendRescan(workspaceId);
  });
  await boss.schedule(QUEUES.tick, '* * * * *');

  return {
    kind: 'pg-boss',
    boss,
    probeRunsQueued: sendRuns,
    rescanNeeded: async (workspaceId) => {
      await sendRescan(workspaceId);
    },
    // A tick soon, at most one per 2 seconds: a notice in a slot already taken gets the next
    // slot (debounced, not dropped), so the last import's posts are scanned too.
    workWaiting: async () => {
      await boss.sendDebounced(QUEUES.tick, {}, {}, 2, 'work-waiting');
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}
