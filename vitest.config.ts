import { defineConfig } from 'vitest/config';

// Unit tests (src/**) and integration/API tests (test/**) on PGlite: each test file gets its own
// database loaded from a template that global setup migrated and seeded once.
export default defineConfig({
  root: '.',
  test: {
    // SKJ_TEST_REPORT: where the JSON report goes (CI runs the suite twice, on Node 20 and 24).
    reporters: ['default', ['json', { outputFile: process.env.SKJ_TEST_REPORT ?? '.tmp/results-unit.json' }]],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
