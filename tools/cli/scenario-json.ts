import type { Diagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { cheapestRoute, dearestRoute, rankRoutes, type CompleteRoute } from '../../src/domain/play/route-analysis.ts';
import { cheapestCompleteRoute } from '../../src/domain/play/cheapest-complete.ts';
import { tariffsUsed } from '../../src/domain/costs/tariff-set.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { pick } from '../../src/domain/scenario/text.ts';
import { scoreRoute, systeemrouteCents } from '../../src/domain/scoring/score.ts';

/** One route as tools read it: cost in cents, the balance score and the three values, where it ends, its choices. */
interface RouteJson {
  readonly costCents: number;
  readonly overall: number;
  readonly scores: { readonly legitimiteit: number; readonly betrokkenheid: number; readonly rendement: number };
  readonly ending: string;
  readonly choices: readonly string[];
}

function routeJson(scenario: Scenario, route: CompleteRoute): RouteJson {
  const score = scoreRoute(scenario, route.steps);
  return {
    costCents: score.routeCents,
    overall: score.overall,
    scores: { ...score.values },
    ending: route.endingId,
    choices: route.steps.map((s) => s.optionId),
  };
}

/** Onderbouwing: how many choices must be argued (`onderbouwingen`) and how many arguments they offer in all. */
function argumentCounts(scenario: Scenario): { onderbouwingen: number; arguments: number } {
  const argued = Object.values(scenario.moments).flatMap((m) =>
    m.options.flatMap((o) => (o.argued ? [`${m.id}/${o.argued.optionId}`] : [])),
  );
  return { onderbouwingen: new Set(argued).size, arguments: argued.length };
}

/** A bigint as a JSON number while it is exact, else as a string of digits. */
const count = (n: bigint): number | string => (n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString());

/**
 * What `check:scenarios --json` says about one valid casus (see docs/authoring-reference.md): `cheapest` always takes the cheapest
 * option, `dearest` the dearest, `cheapestOfAll` is the cheapest complete route of all (null when the story is too
 * large to search), `best` is the route the scoring rates highest (of a fixed sample when the casus has too many
 * routes to score each; then `sampled` is true).
 */
export function scenarioJson(file: string, scenario: Scenario): Record<string, unknown> {
  const costs = [...Object.values(scenario.moments).flatMap((m) => m.options.flatMap((o) => o.costs)), ...scenario.systeemroute.costs];
  const ranking = rankRoutes(scenario);
  const best = ranking?.best[0];
  const cheapestOfAll = cheapestCompleteRoute(scenario);
  return {
    id: scenario.id,
    file,
    title: pick(scenario.title, 'nl'),
    moments: Object.keys(scenario.moments).length,
    endings: Object.keys(scenario.endings).length,
    paths: ranking ? count(ranking.total) : null,
    sampled: ranking?.sampled ?? null,
    unsourcedAmounts: costs.filter((c) => c.source === undefined && c.estimate === undefined).length,
    estimatedAmounts: costs.filter((c) => c.estimate !== undefined).length,
    horizonMonths: scenario.horizonMonths,
    playingMinutes: scenario.playingMinutes ?? null,
    themes: scenario.themes.map((theme) => theme.nl),
    tariffs: tariffsUsed(scenario),
    ...argumentCounts(scenario),
    systeemroute: { costCents: systeemrouteCents(scenario) },
    peildatum: scenario.peildatum ?? null,
    cheapest: routeJson(scenario, cheapestRoute(scenario)),
    cheapestOfAll: cheapestOfAll ? routeJson(scenario, cheapestOfAll) : null,
    best: best ? routeJson(scenario, best) : null,
    dearest: routeJson(scenario, dearestRoute(scenario)),
  };
}

/** A diagnostic as tools read it. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
  };
}
