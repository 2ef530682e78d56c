import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Server-only guards are for the Next bundler; in tests every module is server-side.
      'server-only': path.join(root, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    // Two cores on CI: two workers keep memory and CPU in check.
    maxWorkers: 2,
    // next-auth imports 'next/server' without an extension, which Node's ESM loader cannot
    // resolve; letting Vite transform it resolves the import as the Next bundler does.
    server: { deps: { inline: ['next-auth'] } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/global-database.ts'],
          setupFiles: ['tests/support/setup-database.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-server.ts'],
          // One browser at a time against one server: the flows share nothing but the app.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
