import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Global setup runs in this process, the tests in workers: both must see the target.
process.env.SKJ_TEST_TARGET = 'postgres';

// The integration suite against a real PostgreSQL server (TEST_DATABASE_URL): each test file gets
// its own database created from a migrated, seeded template database.
export default defineConfig({
  root: '.',
  test: {
    reporters: ['default', ['json', { outputFile: '.tmp/results-pg.json' }]],
    include: ['test/**/*.test.ts'],
    // These start the app or the CLI on an embedded data dir whatever the target (DATABASE_URL
    // emptied): on this suite they would only repeat the PGlite run of `npm test`.
    exclude: [
      'test/cli.test.ts',
      'test/documents-cli.test.ts',
      'test/first-start.test.ts',
      'test/start-snapshot.test.ts',
    ],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One file per core (Vitest's default leaves one core idle); each file has its own database.
    maxWorkers: os.availableParallelism(),
  },
});
