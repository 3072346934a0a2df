import { defineConfig } from 'vitest/config';
import { HeavyFirstSequencer } from './tools/test/heavy-first-sequencer.ts';

export default defineConfig({
  test: {
    environment: 'node',
    // Worker threads start faster than forked processes.
    pool: 'threads',
    // Both cores: left to its default, Vitest 4.1 ran every file of this suite in one worker here (measured: 55 s
    // with one file at a time, 41 s with two).
    maxWorkers: '100%',
    // The machine has 2 cores that helpers and browsers share: a test fails on what it checks, never on load.
    testTimeout: 30_000,
    setupFiles: ['test/unit/fail-on-console-error.ts'],
    sequence: { sequencer: HeavyFirstSequencer },
    // Transformed modules are kept on disk between runs (node_modules/.vitest-cache, keyed by file content): a run
    // or `vitest list` then transforms only what changed. No plugin here reads other files, so nothing goes stale.
    experimental: { fsModuleCache: true },
    // Node's own CommonJS interop, as the commands (tsx) get: Vitest's default wraps every CommonJS package's exports
    // in a Proxy, and the loader calls `yaml`'s isMap/isScalar/… through it millions of times (0.9 s of CPU per run).
    deps: { interopDefault: false },
    name: 'unit',
    include: ['test/unit/**/*.test.ts'],
    // Without isolation a worker keeps the modules it has loaded (the compiler, the scenarios folder checked once in
    // checked-folder.ts) for every test file it runs: the suite's time was mostly that loading, repeated per file.
    // Tests must therefore not leave global state behind (console.error is spied per file by the setup), and none
    // replaces a module (the lint refuses vi.mock in test/unit).
    isolate: false,
  },
});
