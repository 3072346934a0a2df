import { allRoutes, rankRoutes, type RankedRoute } from '../../domain/play/route-analysis.ts';
import type { SummarisedRouteKind } from '../../domain/play/route-kinds.ts';
import type { RouteSummary, SummaryEnding, SummaryRoute } from '../../domain/report/route-summary.ts';
import { VALUE_KEYS, type Condition, type Scenario } from '../../domain/scenario/model.ts';
import { pick } from '../../domain/scenario/text.ts';
import { scoreRoute, systeemrouteCents } from '../../domain/scoring/score.ts';
import { formatCount } from '../format-count.ts';
import { describeCount, type CountedDuration } from '../resolve-durations.ts';

/** Routes scored one by one for ranges and per-ending scores; beyond this the summary says it did not. */
export const SCORED_ROUTES = 20_000;

export type { RouteSummary, SummaryEnding, SummaryOption, SummaryRoute } from '../../domain/report/route-summary.ts';

export const conditionText = (requires: readonly Condition[]) =>
  requires.map((c) => `${c.variable} ${{ eq: '=', ne: '≠', gte: '≥', lte: '≤' }[c.test.op]} ${String(c.test.value)}`).join(', ');

function summaryRoute(kind: SummarisedRouteKind, route: RankedRoute, rank?: number): SummaryRoute {
  return {
    kind,
    ...(rank !== undefined ? { rank } : {}),
    overall: route.score.overall,
    values: route.score.values,
    costCents: route.score.routeCents,
    endingId: route.endingId,
    choices: route.steps.map((s) => s.optionId),
  };
}

export function routeSummary(scenario: Scenario, counted: readonly CountedDuration[] = []): RouteSummary {
  const ranking = rankRoutes(scenario);
  const routes = allRoutes(scenario, SCORED_ROUTES + 1);
  const complete = routes.length <= SCORED_ROUTES && ranking !== undefined && BigInt(routes.length) === ranking.total;
  const scored = complete ? routes.map((route) => ({ route, score: scoreRoute(scenario, route.steps) })) : [];
  const perEnding = (ranking?.endings ?? []).map((e): SummaryEnding => {
    const scores = scored.filter((s) => s.route.endingId === e.endingId).map((s) => s.score.overall);
    const ending = scenario.endings[e.endingId];
    return {
      id: e.endingId,
      title: ending ? pick(ending.title, 'nl') : e.endingId,
      routes: formatCount(e.routes),
      minCents: e.minCents,
      maxCents: e.maxCents,
      ...(scores.length > 0 ? { score: { min: Math.min(...scores), max: Math.max(...scores) } } : {}),
    };
  });
  return {
    title: pick(scenario.title, 'nl'),
    moments: Object.keys(scenario.moments).length,
    endings: Object.keys(scenario.endings).length,
    horizonMonths: scenario.horizonMonths,
    systeemCents: systeemrouteCents(scenario),
    ...(ranking
      ? {
          ranking: {
            total: formatCount(ranking.total),
            ...(ranking.sampled ? { sampledFrom: formatCount(BigInt(ranking.compared)) } : {}),
            routes: [
              ...ranking.best.slice(0, 3).map((route, i) => summaryRoute('best', route, i + 1)),
              summaryRoute('cheapest', ranking.cheapest),
              summaryRoute('dearest', ranking.dearest),
              summaryRoute('worst', ranking.worst),
            ],
          },
        }
      : {}),
    perEnding,
    ...(complete
      ? {
          ranges: VALUE_KEYS.map((key) => {
            const values = scored.map((s) => s.score.values[key]);
            return { key, min: Math.min(...values), max: Math.max(...values) };
          }),
        }
      : {}),
    story: Object.values(scenario.moments).map((moment) => ({
      id: moment.id,
      title: pick(moment.title, 'nl'),
      month: moment.month,
      options: moment.options.map((option) => ({
        id: option.id,
        label: pick(option.label, 'nl'),
        to: `${option.to.kind === 'ending' ? 'einde' : 'moment'}: ${option.to.id}`,
        requires: conditionText(option.requires),
      })),
    })),
    counted: counted.map(
      (c) => `regel ${c.line} · ${c.momentId ? `${c.momentId} › ${c.optionId}` : 'systeemroute'} · ${c.item}: ${describeCount(c)}`,
    ),
  };
}
