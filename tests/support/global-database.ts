import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '@/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'pglite'; snapshot: string } | { kind: 'postgres'; adminUrl: string; template: string; prefix: string };
  }
}

/**
 * Migrates once per run, then every test file starts from a copy: a PGlite data-dir
 * snapshot, or a PostgreSQL database created from a migrated template. Each run's names
 * are random, so runs never see each other's data.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create();
    await migrateDatabase({ kind: 'pglite', client });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'optlens-test-'));
    const snapshot = path.join(dir, 'migrated.tar.gz');
    const dump = await client.dumpDataDir('gzip');
    writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()));
    await client.close();
    project.provide('testDatabase', { kind: 'pglite', snapshot });
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const { default: postgres } = await import('postgres');
  const prefix = `optlens_t_${randomBytes(4).toString('hex')}`;
  const template = `${prefix}_template`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${template}`);
  await migrateDatabase({ kind: 'postgres', url: withDatabase(url, template) });
  project.provide('testDatabase', { kind: 'postgres', adminUrl: url, template, prefix });
  return async () => {
    const dbs = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${prefix + '%'}`;
    for (const { datname } of dbs) await admin.unsafe(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
