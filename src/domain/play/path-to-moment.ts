import type { Scenario } from '../scenario/model.ts';
import { applyStateEffects } from './conditions.ts';
import { availableOptions, type Step } from './route.ts';

/** Enough for any casus a person writes; a story whose states explode is answered "not found" rather than frozen. */
const MAX_VISITS = 20_000;

/**
 * The shortest route of choices from the start to `momentId` that the game lets a player take (conditions on the
 * state honoured), or null when no route reaches it. "Speel vanaf hier" in the werkplaats plays on from its end.
 */
export function pathToMoment(scenario: Scenario, momentId: string): Step[] | null {
  if (!scenario.moments[momentId]) return null;
  type Node = { readonly momentId: string; readonly steps: readonly Step[]; readonly state: Scenario['initialState'] };
  const queue: Node[] = [{ momentId: scenario.start, steps: [], state: scenario.initialState }];
  const seen = new Set<string>();
  for (let at = 0; at < queue.length && seen.size < MAX_VISITS; at++) {
    const node = queue[at]!;
    if (node.momentId === momentId) return [...node.steps];
    const key = `${node.momentId}\u0000${JSON.stringify(node.state)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const option of availableOptions(scenario, node.momentId, node.state)) {
      if (option.to.kind !== 'moment') continue;
      queue.push({
        momentId: option.to.id,
        steps: [...node.steps, { momentId: node.momentId, optionId: option.id }],
        state: applyStateEffects(option, node.state),
      });
    }
  }
  return null;
}
