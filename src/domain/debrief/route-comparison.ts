import { totalCents } from '../costs/receipt.ts';
import { systeemrouteLines } from '../costs/systeemroute.ts';
import { cheapestRoute, dearestRoute, rankRoutes } from '../play/route-analysis.ts';
import type { ComparedRouteKind } from '../play/route-kinds.ts';
import { routeLines, type Step } from '../play/route.ts';
import { VALUE_KEYS, type Scenario, type ValueKey } from '../scenario/model.ts';
import { scoreRoute, type ScoreResult } from '../scoring/score.ts';

/** Your route against another: positive cents = yours costs more; positive values = yours scores higher. */
export interface RouteDifference {
  readonly cents: number;
  readonly values?: Readonly<Record<ValueKey, number>>;
  readonly overall?: number;
}

export interface ComparedRoute {
  readonly kind: ComparedRouteKind;
  /** The choices (none for the systeemroute, which is a procedure, not a playthrough). */
  readonly steps?: readonly Step[];
  readonly endingId?: string;
  readonly totalCents: number;
  /** Values and balance score (the systeemroute has none: it makes no choices to weigh). */
  readonly score?: ScoreResult;
  /** Your route takes exactly these choices. */
  readonly isYours: boolean;
  readonly difference: RouteDifference;
}

const sameSteps = (a: readonly Step[], b: readonly Step[]): boolean =>
  a.length === b.length && a.every((step, i) => step.momentId === b[i]!.momentId && step.optionId === b[i]!.optionId);

function difference(yours: ScoreResult, total: number, other?: ScoreResult): RouteDifference {
  if (!other) return { cents: yours.routeCents - total };
  const values = Object.fromEntries(VALUE_KEYS.map((key) => [key, yours.values[key] - other.values[key]])) as Record<ValueKey, number>;
  return { cents: yours.routeCents - total, values, overall: yours.overall - other.overall };
}

/**
 * Your route beside the best balanced route, always-the-cheapest, the systeemroute and (where it is another
 * route than the best and the cheapest) always-the-dearest. The best route comes from the memoised ranking
 * (exact, or of a seeded sample in a casus with very many routes); the greedy routes are linear.
 */
export function compareRoutes(scenario: Scenario, steps: readonly Step[], endingId?: string): ComparedRoute[] {
  const yours = scoreRoute(scenario, steps);
  const played = (kind: ComparedRouteKind, route: { steps: readonly Step[]; endingId: string }): ComparedRoute => {
    const score = scoreRoute(scenario, route.steps);
    return {
      kind,
      steps: route.steps,
      endingId: route.endingId,
      totalCents: score.routeCents,
      score,
      isYours: sameSteps(route.steps, steps),
      difference: difference(yours, score.routeCents, score),
    };
  };
  const rows: ComparedRoute[] = [played('yours', { steps, endingId: endingId ?? '' })];
  const best = rankRoutes(scenario)?.best[0];
  if (best) rows.push(played('best', best));
  const cheapest = cheapestRoute(scenario);
  rows.push(played('cheapest', cheapest));
  const systeemTotal = totalCents(systeemrouteLines(scenario));
  rows.push({ kind: 'systeem', totalCents: systeemTotal, isYours: false, difference: difference(yours, systeemTotal) });
  const dearest = dearestRoute(scenario);
  if (!sameSteps(dearest.steps, cheapest.steps) && !(best && sameSteps(dearest.steps, best.steps))) rows.push(played('dearest', dearest));
  return rows;
}

/** Total cost of a list of steps (helper for callers that have only steps). */
export function stepsCents(scenario: Scenario, steps: readonly Step[]): number {
  return totalCents(routeLines(scenario, steps));
}
