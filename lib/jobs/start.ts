import { getDatabase } from '@/db/client';
import { env } from '@/lib/env';
import { jobs, setJobQueue, type JobQueue } from './index';

// Starts this server's background worker (called once from instrumentation.ts). On
// PostgreSQL, pg-boss; on the embedded database, the in-process loop. OPTLENS_WORKER=off
// leaves a server without one (a web-only instance; the others do the work).

export async function startJobs(): Promise<JobQueue> {
  if (jobs().kind !== 'none') return jobs();
  const config = env();
  if (config.OPTLENS_WORKER === 'off') return jobs();
  const handle = await getDatabase();
  const queue =
    handle.kind === 'postgres' && config.DATABASE_URL
      ? await (await import('./pg-boss')).startPgBossQueue(handle.db, config.DATABASE_URL)
      : (await import('./in-process')).startInProcessQueue(handle.db);
  setJobQueue(queue);
  console.log(`Optlens: background worker started (${queue.kind === 'pg-boss' ? 'pg-boss on PostgreSQL' : 'in-process, embedded database'}).`);
  return queue;
}
