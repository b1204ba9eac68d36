import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A temporary directory for the run, removed at its end (tests/global-setup.ts).
    globalSetup: ['tests/global-setup.ts'],
  },
});
