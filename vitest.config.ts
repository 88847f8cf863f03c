import { defineConfig } from 'vitest/config';

// Unit tests (src/**) and integration/API tests (test/**) on PGlite: each test file gets its own
// database loaded from a template that global setup migrated and seeded once.
export default defineConfig({
  root: '.',
  test: {
    reporters: ['default', ['json', { outputFile: '.tmp/results-unit.json' }]],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
