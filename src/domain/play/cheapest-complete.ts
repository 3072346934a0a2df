import { totalCents } from '../costs/receipt.ts';
import type { GameState, Scenario } from '../scenario/model.ts';
import { applyStateEffects, isAvailable } from './conditions.ts';
import { stepLines, type CompleteRoute, type Step } from './route.ts';

interface Best {
  readonly cents: number;
  readonly steps: readonly Step[];
  readonly endingId: string;
}

/** Pairs of (moment, state) the search visits before it gives up (a casus that large is reported by SC043 already). */
export const CHEAPEST_SEARCH_PAIRS = 100_000;

/**
 * The cheapest complete route over every route of the casus ("cheapestOfAll"), not the greedy always-cheapest
 * player: a memoised search over (moment, state), since an option's costs do not depend on the state but what is
 * open later does. Ties go to the first route in the casus's order. Null when the story is too large to search.
 */
export function cheapestCompleteRoute(scenario: Scenario, limit = CHEAPEST_SEARCH_PAIRS): CompleteRoute | null {
  // Only what some requires reads (of an option or of a cost) can change what is open or booked later: the rest of
  // the state is left out of the key.
  const read = [
    ...new Set(
      Object.values(scenario.moments).flatMap((m) =>
        m.options.flatMap((o) => [...o.requires, ...o.costs.flatMap((c) => c.requires ?? [])].map((c) => c.variable)),
      ),
    ),
  ];
  const memo = new Map<string, Best | null>();
  const onPath = new Set<string>();
  let visited = 0;
  const search = (momentId: string, state: GameState): Best | null | 'limit' => {
    const key = `${momentId}\u0000${read.map((name) => String(state[name])).join('\u0000')}`;
    if (memo.has(key)) return memo.get(key)!;
    if (onPath.has(key) || ++visited > limit) return 'limit';
    onPath.add(key);
    let best: Best | null = null;
    const moment = scenario.moments[momentId];
    for (const option of moment?.options ?? []) {
      if (!isAvailable(option, state)) continue;
      const step = { momentId, optionId: option.id };
      const own = totalCents(stepLines(scenario, step, state));
      let candidate: Best | null;
      if (option.to.kind === 'ending') candidate = { cents: own, steps: [step], endingId: option.to.id };
      else {
        const rest = search(option.to.id, applyStateEffects(option, state));
        if (rest === 'limit') return 'limit';
        candidate = rest && { cents: own + rest.cents, steps: [step, ...rest.steps], endingId: rest.endingId };
      }
      if (candidate && (!best || candidate.cents < best.cents)) best = candidate;
    }
    onPath.delete(key);
    memo.set(key, best);
    return best;
  };
  const found = search(scenario.start, scenario.initialState);
  return found && found !== 'limit' ? { steps: found.steps, endingId: found.endingId } : null;
}
