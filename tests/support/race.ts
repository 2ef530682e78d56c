import { sql, type SQL } from 'drizzle-orm';
import { getDatabase } from '@/db/client';

/**
 * Runs `race` while another transaction holds the row locks that `lock` takes, waits until
 * `waiters` sessions are blocked behind them, then releases them all at once. Racers that
 * would otherwise interleave by luck now wake together, so a race is reproducible.
 * PGlite has one connection and runs transactions one after another: there the race just runs.
 */
export async function startTogether<T>(lock: SQL, waiters: number, race: () => Promise<T>): Promise<T> {
  const { db, kind } = await getDatabase();
  if (kind === 'pglite') return race();
  let result!: Promise<T>;
  await db.transaction(async (tx) => {
    await tx.execute(lock);
    result = race();
    result.catch(() => undefined); // the caller awaits it; avoid an unhandled rejection meanwhile
    const deadline = Date.now() + 10_000;
    while ((await blockedSessions()) < waiters) {
      if (Date.now() > deadline) throw new Error(`fewer than ${waiters} sessions ever waited for the lock`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  return result;
}

async function blockedSessions(): Promise<number> {
  const { db } = await getDatabase();
  const rows = (await db.execute(
    sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
  )) as unknown as { n: number }[];
  return rows[0]?.n ?? 0;
}
