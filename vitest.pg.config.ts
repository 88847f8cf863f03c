import { defineConfig } from 'vitest/config';

// The integration suite against a real PostgreSQL server (TEST_DATABASE_URL): each test file gets
// its own database created from a migrated, seeded template database.
export default defineConfig({
  root: '.',
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { SKJ_TEST_TARGET: 'postgres' },
  },
});
