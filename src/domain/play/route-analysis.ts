import { totalCents } from '../costs/receipt.ts';
import type { GameState, Scenario } from '../scenario/model.ts';
import { scoreRoute } from '../scoring/score.ts';
import { applyStateEffects } from './conditions.ts';
import { availableOptions, stepLines, type Step } from './route.ts';

export interface CompleteRoute {
  readonly steps: readonly Step[];
  readonly endingId: string;
}

/** Every complete route through an acyclic scenario, depth first, in authored option order. */
export function allRoutes(scenario: Scenario, limit = 100_000): CompleteRoute[] {
  const routes: CompleteRoute[] = [];
  const walk = (momentId: string, state: GameState, steps: Step[]): void => {
    for (const option of availableOptions(scenario, momentId, state)) {
      if (routes.length >= limit) return;
      const taken = [...steps, { momentId, optionId: option.id }];
      if (option.to.kind === 'ending') routes.push({ steps: taken, endingId: option.to.id });
      else walk(option.to.id, applyStateEffects(option, state), taken);
    }
  };
  walk(scenario.start, scenario.initialState, []);
  return routes;
}

/** The thrifty player: at every moment, the available option whose own costs are lowest. */
export function cheapestRoute(scenario: Scenario): CompleteRoute {
  const steps: Step[] = [];
  let momentId = scenario.start;
  let state = scenario.initialState;
  for (;;) {
    const priced = availableOptions(scenario, momentId, state).map((option) => ({
      option,
      cents: totalCents(stepLines(scenario, { momentId, optionId: option.id })),
    }));
    const cheapest = priced.reduce((best, next) => (next.cents < best.cents ? next : best));
    steps.push({ momentId, optionId: cheapest.option.id });
    if (cheapest.option.to.kind === 'ending') return { steps, endingId: cheapest.option.to.id };
    state = applyStateEffects(cheapest.option, state);
    momentId = cheapest.option.to.id;
  }
}

export function bestRoute(scenario: Scenario, routes: readonly CompleteRoute[] = allRoutes(scenario)): CompleteRoute & { overall: number } {
  return routes
    .map((route) => ({ ...route, overall: scoreRoute(scenario, route.steps).overall }))
    .reduce((best, next) => (next.overall > best.overall ? next : best));
}
