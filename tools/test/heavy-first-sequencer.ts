import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The projects in the order their files start (vitest.config.ts). A worker serves one project: when the next file
 * in the queue belongs to another, Vitest ends the worker and starts a new one, which loads the compiler and checks
 * the scenarios folder again (measured: eight workers in a run that interleaved the projects, 4 s of CPU more than
 * five). So the small project goes first, in a worker of its own, and the main project's two workers, once
 * started, run to the end.
 */
const PROJECT_ORDER = ['unit-isolated', 'unit'];

/**
 * Within a project, test files that take seconds (measured: most of the suite's time is in these), longest first.
 * On a fresh clone Vitest has no durations yet and orders files by size, largest first: the short
 * every-scenario.test.ts then started last and ran alone while the other worker idled. A name missing here only
 * costs time, never a result.
 */
const HEAVY = [
  'test/unit/check-cli.test.ts',
  'test/unit/every-scenario.test.ts',
  'test/unit/hostile-scenario.test.ts',
  'test/unit/loader-properties.test.ts',
  'test/unit/build-refusal.test.ts',
];

const projectRank = (spec: TestSpecification): number => {
  const index = PROJECT_ORDER.indexOf(spec.project.name);
  return index < 0 ? PROJECT_ORDER.length : index;
};

const weight = (spec: TestSpecification): number => {
  const index = HEAVY.findIndex((file) => spec.moduleId.endsWith(file));
  return index < 0 ? HEAVY.length : index;
};

/** Vitest's own order (known durations, else size), by project, with the heavy files of each first. */
export class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort((a, b) => projectRank(a.spec) - projectRank(b.spec) || weight(a.spec) - weight(b.spec) || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
