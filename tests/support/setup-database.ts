import { afterAll, beforeAll } from 'vitest';
import { closeDatabase, useDatabase } from '@/db/client';
import { openTestDatabase } from './database';

// Every integration test file gets its own freshly migrated database.

// Engine API keys are sealed under a key derived from the server secret: a fixed one, so no
// test writes a generated secret into the repository's data folder.
process.env.AUTH_SECRET ??= 'optlens-integration-tests-secret';
beforeAll(async () => {
  useDatabase(await openTestDatabase());
});

afterAll(async () => {
  await closeDatabase();
});
