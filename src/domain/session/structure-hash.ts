import { fnv1a } from '../scenario/fnv1a.ts';
import type { Scenario } from '../scenario/model.ts';

const sorted = <T>(record: Readonly<Record<string, T>>): [string, T][] =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * What a save depends on: moment and option ids, conditions, state effects and links, the start and the
 * initial state. Not prose, amounts, months or the authored key order: a trainer who fixes a typo or an
 * amount does not cost any learner their progress.
 */
export function structureHash(scenario: Scenario): string {
  let hash = hashes.get(scenario);
  if (hash === undefined) hashes.set(scenario, (hash = hashOf(scenario)));
  return hash;
}

/** A compiled casus never changes, and the browser saves after every event: each casus is hashed once. */
const hashes = new WeakMap<Scenario, string>();

function hashOf(scenario: Scenario): string {
  const shape = {
    start: scenario.start,
    state: sorted(scenario.initialState),
    moments: sorted(scenario.moments).map(([id, moment]) => [
      id,
      moment.options.map((o) => [o.id, o.requires, sorted(o.set), sorted(o.add), o.to.kind, o.to.id]),
    ]),
    endings: Object.keys(scenario.endings).sort(),
  };
  return fnv1a(JSON.stringify(shape));
}
