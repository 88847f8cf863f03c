import { defineConfig } from 'vitest/config';

// End-to-end: the real server on a temporary data dir, driven by playwright-core in Debian's chromium.
export default defineConfig({
  root: '.',
  test: {
    reporters: ['default', ['json', { outputFile: '.tmp/results-e2e.json' }]],
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
