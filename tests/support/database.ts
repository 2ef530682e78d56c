import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { withDatabase } from './global-database';

export async function openTestDatabase(): Promise<DatabaseHandle> {
  const config = inject('testDatabase');
  if (config.kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const { wrapPglite } = await import('@/db/client');
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(config.snapshot)]) });
    return wrapPglite(client);
  }
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const schema = await import('@/db/schema');
  const name = `${config.prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${config.template}`);
  const url = withDatabase(config.adminUrl, name);
  // For tests that open their own connections to this file's database (the pg-boss worker).
  process.env.TEST_DATABASE_URL = url;
  const client = postgres(url, { max: 5, onnotice: () => {} });
  return {
    db: drizzle(client, { schema }) as unknown as DatabaseHandle['db'],
    kind: 'postgres',
    close: async () => {
      await client.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
