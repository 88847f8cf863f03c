import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects in one run:
// - server: unit tests (src/**) and integration/API tests (test/**) on PGlite: each test file gets its
//   own database loaded from a template that global setup migrated and seeded once.
// - web: component tests of the React UI (src/web/**/*.test.tsx) in happy-dom, no database.
export default defineConfig({
  root: '.',
  test: {
    // SKJ_TEST_REPORT: where the JSON report goes (CI runs the suite twice, on Node 20 and 24).
    reporters: ['default', ['json', { outputFile: process.env.SKJ_TEST_REPORT ?? '.tmp/results-unit.json' }]],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker less than the cores: on CI's two cores that is one file at a
    // time, while the database (PGlite in the worker) keeps only one core busy.
    maxWorkers: os.availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // SKJ_TEST_SKIP: comma-separated files left out of a run (CI's second pass on Node 24 leaves
          // out the two slowest files, whose checks do not depend on the runtime).
          exclude: ['src/web/**', ...(process.env.SKJ_TEST_SKIP?.split(',').filter(Boolean) ?? [])],
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['src/web/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['src/web/test-support/setup.ts'],
        },
      },
    ],
  },
});
