import { totalCents } from '../costs/receipt.ts';
import type { Scenario, StateValue } from '../scenario/model.ts';
import { applyStateEffectsInPlace, isAvailable } from './conditions.ts';
import type { GreedyRouteKind } from './route-kinds.ts';
import { momentOf, stepLines, type CompleteRoute, type Step } from './route.ts';

/**
 * A player who always takes the available option whose own costs are lowest ('cheapest') or highest
 * ('dearest'); on a tie the first such option in the casus. One state, changed in place: linear in the route.
 */
export function greedyRoute(scenario: Scenario, prefer: GreedyRouteKind): CompleteRoute {
  const steps: Step[] = [];
  const state: Record<string, StateValue> = { ...scenario.initialState };
  const limit = Object.keys(scenario.moments).length;
  let momentId = scenario.start;
  for (;;) {
    if (steps.length >= limit) throw new Error(`Scenario '${scenario.id}' loops: a route passes a moment twice`);
    let chosen: { option: Scenario['moments'][string]['options'][number]; cents: number } | undefined;
    for (const option of momentOf(scenario, momentId).options) {
      if (!isAvailable(option, state)) continue;
      const cents = totalCents(stepLines(scenario, { momentId, optionId: option.id }, state));
      const better = !chosen || (prefer === 'cheapest' ? cents < chosen.cents : cents > chosen.cents);
      if (better) chosen = { option, cents };
    }
    if (!chosen) throw new Error(`No option available at '${momentId}' in scenario '${scenario.id}'`);
    steps.push({ momentId, optionId: chosen.option.id });
    if (chosen.option.to.kind === 'ending') return { steps, endingId: chosen.option.to.id };
    applyStateEffectsInPlace(chosen.option, state);
    momentId = chosen.option.to.id;
  }
}
