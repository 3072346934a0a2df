import { allRoutes, rankRoutes, type RankedRoute } from '../../domain/play/route-analysis.ts';
import { VALUE_KEYS, type Condition, type Scenario, type ValueKey } from '../../domain/scenario/model.ts';
import { pick } from '../../domain/scenario/text.ts';
import { scoreRoute, systeemrouteCents } from '../../domain/scoring/score.ts';
import { formatCount } from '../format-count.ts';
import { describeCount, type CountedDuration } from '../resolve-durations.ts';

/** Routes scored one by one for ranges and per-ending scores; beyond this the summary says it did not. */
export const SCORED_ROUTES = 20_000;

export type RouteKind = 'best' | 'cheapest' | 'dearest' | 'worst';

export interface SummaryRoute {
  readonly kind: RouteKind;
  /** 1, 2, 3 for the best routes. */
  readonly rank?: number;
  readonly overall: number;
  readonly values: Readonly<Record<ValueKey, number>>;
  readonly costCents: number;
  readonly endingId: string;
  readonly choices: readonly string[];
}

export interface SummaryEnding {
  readonly id: string;
  readonly title: string;
  /** Formatted: a count can exceed what a number holds. */
  readonly routes: string;
  readonly minCents: number;
  readonly maxCents: number;
  /** Absent when there were too many routes to score one by one. */
  readonly score?: { readonly min: number; readonly max: number };
}

export interface SummaryOption {
  readonly id: string;
  readonly label: string;
  /** "moment: id" or "einde: id". */
  readonly to: string;
  /** The condition in words, empty when there is none. */
  readonly requires: string;
}

/**
 * What the route map says about a casus, as plain data: the report page renders it as HTML, the game's
 * "Open een eigen casus" view as DOM (it arrives from the checking worker). Dutch where the text is the casus's.
 */
export interface RouteSummary {
  readonly title: string;
  readonly moments: number;
  readonly endings: number;
  readonly horizonMonths: number;
  readonly systeemCents: number;
  /** Absent when the story has too many states to rank (SC043). */
  readonly ranking?: { readonly total: string; readonly sampledFrom?: string; readonly routes: readonly SummaryRoute[] };
  readonly perEnding: readonly SummaryEnding[];
  /** Absent when there were more than SCORED_ROUTES routes. */
  readonly ranges?: readonly { readonly key: ValueKey; readonly min: number; readonly max: number }[];
  /** The story in words: every moment with its options and where each leads (the map's text alternative). */
  readonly story: readonly { readonly id: string; readonly title: string; readonly month: number; readonly options: readonly SummaryOption[] }[];
  /** What the game counted for every `until:`, in words. */
  readonly counted: readonly string[];
}

export const conditionText = (requires: readonly Condition[]) =>
  requires.map((c) => `${c.variable} ${{ eq: '=', ne: '≠', gte: '≥', lte: '≤' }[c.test.op]} ${String(c.test.value)}`).join(', ');

function summaryRoute(kind: RouteKind, route: RankedRoute, rank?: number): SummaryRoute {
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
    counted: counted.map((c) => `regel ${c.line} · ${c.momentId ? `${c.momentId} › ${c.optionId}` : 'systeemroute'} · ${c.item}: ${describeCount(c)}`),
  };
}
