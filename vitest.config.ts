import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // The machine has 2 cores that helpers and browsers share: a test fails on what it checks, never on load.
    testTimeout: 30_000,
    setupFiles: ['test/unit/fail-on-console-error.ts'],
  },
});
