import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that take seconds (measured: most of the suite's time is in these), longest first. On a fresh clone
 * Vitest has no durations yet and orders files by size, largest first: the short every-scenario.test.ts then started
 * last and ran alone while the other worker idled. A name missing here only costs time, never a result.
 */
const HEAVY = [
  'test/unit/every-scenario.test.ts',
  'test/unit/hostile-scenario.test.ts',
  'test/unit/loader-properties.test.ts',
  'test/unit/check-cli.test.ts',
  'test/unit/build-refusal.test.ts',
];

const weight = (spec: TestSpecification): number => {
  const index = HEAVY.findIndex((file) => spec.moduleId.endsWith(file));
  return index < 0 ? HEAVY.length : index;
};

/** Vitest's own order (known durations, else size), with the heavy files first. */
export class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort((a, b) => weight(a.spec) - weight(b.spec) || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
