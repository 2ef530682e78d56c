import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

export const migrationsFolder = path.resolve(process.cwd(), 'drizzle');

// Any constant shared by every app server: they take this advisory lock so that only one
// applies the migrations when several start at once.
const MIGRATION_LOCK_ID = 727_0633;

type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; client: PGlite };

/** Applies the committed drizzle-kit migrations that are not yet applied. */
export async function migrateDatabase(target: Target): Promise<void> {
  if (target.kind === 'pglite') {
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(drizzle(target.client), { migrationsFolder });
    return;
  }
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  // A dedicated single connection, so the advisory lock and the migration share a session.
  const client = postgres(target.url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}
