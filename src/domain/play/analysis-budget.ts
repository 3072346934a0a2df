/**
 * Limits that keep the story analysis quick whatever a casus looks like. Where one is reached the
 * analysis does not fail or hang: it reports what it skipped (the checker turns that into SC043, or says
 * in SC040/SC041 that the thrift check worked on a sample).
 */
export interface AnalysisBudget {
  /** (moment, state) pairs the walk through the story may visit. */
  readonly states: number;
  /** Variables kept over all those pairs together: bounds memory when many variables matter at once. */
  readonly stateCells: number;
  /** Pairs the search for a loop may visit, summed over the moments it starts from (see story-cycles.ts). */
  readonly loopSearch: number;
  /** Routes the ranking may score one by one; with more, it ranks a sample. */
  readonly routes: number;
  /** Route steps the ranking may walk in all (enumeration or sample). */
  readonly steps: number;
  /** Routes in a sample. */
  readonly sample: number;
}

export const DEFAULT_BUDGET: AnalysisBudget = {
  states: 100_000,
  stateCells: 2_000_000,
  loopSearch: 400_000,
  routes: 100_000,
  steps: 2_000_000,
  sample: 2_000,
};
