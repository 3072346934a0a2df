import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Worker threads start faster than forked processes, and without isolation a worker keeps the modules it has
    // loaded (the compiler, the scenarios folder checked once in casus-files.ts) for every test file it runs: the
    // suite's time was mostly that loading, repeated per file. Tests must therefore not leave global state behind
    // (none patch globals; console.error is spied once per file by the setup file below).
    pool: 'threads',
    isolate: false,
    // The machine has 2 cores that helpers and browsers share: a test fails on what it checks, never on load.
    testTimeout: 30_000,
    setupFiles: ['test/unit/fail-on-console-error.ts'],
  },
});
