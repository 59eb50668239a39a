import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // PGlite instances are ~150 MB each; two workers fit the 2-core machines CI runs on.
    maxWorkers: 2,
  },
});
