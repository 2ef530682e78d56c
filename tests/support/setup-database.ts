import { afterAll, beforeAll } from 'vitest';
import { closeDatabase, useDatabase } from '@/db/client';
import { openTestDatabase } from './database';

// Every integration test file gets its own freshly migrated database.
beforeAll(async () => {
  useDatabase(await openTestDatabase());
});

afterAll(async () => {
  await closeDatabase();
});
