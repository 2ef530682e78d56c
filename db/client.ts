import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { env } from '@/lib/env';
import { acquireDataDirLock } from './lock';
import { migrateDatabase } from './migrate';
import * as schema from './schema';

type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

// Cached on globalThis so that dev-mode hot reloads reuse one connection pool (or the one
// PGlite instance) instead of opening another on every edit.
const store = globalThis as typeof globalThis & { __optlensDatabase?: Promise<DatabaseHandle> };

/**
 * Opens the database on first use, never at import time: `next build` imports every module
 * in worker processes, and PGlite's data folder may be owned by one process only.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  store.__optlensDatabase ??= openDatabase().catch((error) => {
    store.__optlensDatabase = undefined; // let the next request try again
    throw error;
  });
  return store.__optlensDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Installs an already-open database (tests, the CLI's --data-dir). */
export function useDatabase(handle: DatabaseHandle) {
  store.__optlensDatabase = Promise.resolve(handle);
}

export async function closeDatabase() {
  const current = store.__optlensDatabase;
  store.__optlensDatabase = undefined;
  if (current) await (await current).close();
}

export async function openDatabase(owner = `the Optlens app`): Promise<DatabaseHandle> {
  const { DATABASE_URL, OPTLENS_DATA_DIR, DATABASE_POOL_MAX } = env();
  if (DATABASE_URL) return openPostgres(DATABASE_URL, DATABASE_POOL_MAX);
  return openPglite(path.resolve(OPTLENS_DATA_DIR, 'pglite'), owner);
}

export async function openPostgres(url: string, max = 10): Promise<DatabaseHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  await migrateDatabase({ kind: 'postgres', url });
  const client = postgres(url, { max, onnotice: () => {} });
  return { db: drizzle(client, { schema }) as unknown as Db, kind: 'postgres', close: () => client.end() };
}

export async function openPglite(dataDir: string, owner: string): Promise<DatabaseHandle> {
  mkdirSync(dataDir, { recursive: true }); // PGlite does not create parent folders
  const release = acquireDataDirLock(path.dirname(dataDir), owner);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create(dataDir);
    return await wrapPglite(client, async () => {
      await client.close();
      release();
    });
  } catch (error) {
    release();
    throw error;
  }
}

/** Migrates and wraps an open PGlite (also used by tests with an in-memory clone). */
export async function wrapPglite(
  client: import('@electric-sql/pglite').PGlite,
  close: () => Promise<void> = () => client.close(),
): Promise<DatabaseHandle> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const db = drizzle(client, { schema }) as unknown as Db;
  await migrateDatabase({ kind: 'pglite', client });
  return { db, kind: 'pglite', close };
}
