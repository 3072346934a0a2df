import type { Scenario, StateValue } from '../scenario/model.ts';
import { DEFAULT_BUDGET, type AnalysisBudget } from './analysis-budget.ts';
import { greedyRoute } from './greedy-route.ts';
import type { CompleteRoute, Step } from './route.ts';
import { rankStory, type RouteRanking } from './route-ranking.ts';
import { analyseStory, type StoryAnalysis } from './story-analysis.ts';
import { advance, endingOf, isEnding, isOpen, compileProgram } from './story-program.ts';
import { scoreRoute } from '../scoring/score.ts';

export type { CompleteRoute } from './route.ts';
export type { RankedRoute, RouteRanking } from './route-ranking.ts';

/** One analysis and one ranking per scenario object with the default budget: the checker and the route report share them. */
const analyses = new WeakMap<Scenario, StoryAnalysis>();
const rankings = new WeakMap<Scenario, RouteRanking | null>();

export function storyAnalysis(scenario: Scenario, budget: AnalysisBudget = DEFAULT_BUDGET): StoryAnalysis {
  if (budget !== DEFAULT_BUDGET) return analyseStory(scenario, budget);
  const known = analyses.get(scenario);
  if (known) return known;
  const analysis = analyseStory(scenario, budget);
  analyses.set(scenario, analysis);
  return analysis;
}

/** Routes ranked by score (all, or a sample when there are too many); undefined when the story could not be walked completely. */
export function rankRoutes(scenario: Scenario, budget: AnalysisBudget = DEFAULT_BUDGET): RouteRanking | undefined {
  if (budget !== DEFAULT_BUDGET) return rankStory(analyseStory(scenario, budget), budget);
  const known = rankings.get(scenario);
  if (known !== undefined) return known ?? undefined;
  const ranking = rankStory(storyAnalysis(scenario), budget);
  rankings.set(scenario, ranking ?? null);
  return ranking;
}

/** Complete routes in authored option order, depth first with an explicit stack, at most `limit` of them. */
export function allRoutes(scenario: Scenario, limit = 100_000): CompleteRoute[] {
  const program = compileProgram(scenario);
  const routes: CompleteRoute[] = [];
  const frames: { m: number; values: readonly StateValue[]; next: number }[] = [{ m: program.start, values: program.startValues, next: 0 }];
  while (frames.length > 0 && routes.length < limit) {
    const frame = frames[frames.length - 1]!;
    const { options } = program.moments[frame.m]!;
    if (frame.next >= options.length) {
      frames.pop();
      continue;
    }
    const o = frame.next++;
    if (!isOpen(program, frame.m, o, frame.values)) continue;
    const { target } = options[o]!;
    if (isEnding(target)) {
      const steps: Step[] = frames.map((f) => ({
        momentId: program.moments[f.m]!.moment.id,
        optionId: program.moments[f.m]!.options[f.next - 1]!.option.id,
      }));
      routes.push({ steps, endingId: program.endingIds[endingOf(target)]! });
    } else {
      if (frames.length > program.moments.length) throw new Error(`Scenario '${scenario.id}' loops: a route passes a moment twice`);
      frames.push({ m: target, values: advance(program, frame.m, o, frame.values), next: 0 });
    }
  }
  return routes;
}

/** The thrifty player: at every moment, the available option whose own costs are lowest. */
export function cheapestRoute(scenario: Scenario): CompleteRoute {
  return greedyRoute(scenario, 'cheapest');
}

/** The dearest route: at every moment, the available option whose own costs are highest. */
export function dearestRoute(scenario: Scenario): CompleteRoute {
  return greedyRoute(scenario, 'dearest');
}

/**
 * The route with the highest score among `routes` (the first on a tie); without routes, the best of
 * the ranking, which is exact unless the casus has too many routes to score each (then: of a sample).
 */
export function bestRoute(scenario: Scenario, routes?: readonly CompleteRoute[]): CompleteRoute & { overall: number } {
  if (!routes) {
    const best = rankRoutes(scenario)?.best[0];
    if (!best) throw new Error(`Scenario '${scenario.id}' has no route that can be ranked`);
    return { steps: best.steps, endingId: best.endingId, overall: best.score.overall };
  }
  let best: (CompleteRoute & { overall: number }) | undefined;
  for (const route of routes) {
    const overall = scoreRoute(scenario, route.steps).overall;
    if (!best || overall > best.overall) best = { ...route, overall };
  }
  if (!best) throw new Error(`Scenario '${scenario.id}' has no routes`);
  return best;
}
