import { pick } from '../src/domain/scenario/text.ts';
import { allRoutes, cheapestRoute, type CompleteRoute } from '../src/domain/play/route-analysis.ts';
import type { Scenario } from '../src/domain/scenario/model.ts';
import { scoreRoute } from '../src/domain/scoring/score.ts';

const euro = (cents: number) => `€ ${(cents / 100).toLocaleString('nl-NL', { maximumFractionDigits: 0 })}`;

function row(scenario: Scenario, label: string, route: CompleteRoute): string {
  const score = scoreRoute(scenario, route.steps);
  const { legitimiteit: l, betrokkenheid: b, rendement: r } = score.values;
  const choices = route.steps.map((s) => s.optionId).join(' → ');
  return `  ${label.padEnd(17)} ${String(score.overall).padStart(3)}  (L ${l}, B ${b}, R ${r})  ${euro(score.routeCents).padStart(10)}  ${route.endingId}: ${choices}`;
}

/** For trainers balancing a casus: the best and worst routes, and where always-the-cheapest ends. */
export function routeReport(scenario: Scenario, shown = 5): string[] {
  const routes = allRoutes(scenario)
    .map((route) => ({ route, overall: scoreRoute(scenario, route.steps).overall }))
    .sort((a, b) => b.overall - a.overall);
  const lines = [`${pick(scenario.title, 'nl')}: ${routes.length} routes, systeemroute ${euro(scoreRoute(scenario, []).systeemCents)}`, '  route             score (waarden)        kosten  einde: keuzes'];
  routes.slice(0, shown).forEach(({ route }, i) => lines.push(row(scenario, `beste ${i + 1}`, route)));
  lines.push(row(scenario, 'steeds goedkoopst', cheapestRoute(scenario)));
  const worst = routes[routes.length - 1];
  if (worst) lines.push(row(scenario, 'slechtste', worst.route));
  return lines;
}

/** How many player-visible texts have no English version (English players read Dutch there). */
export function missingEnglish(scenario: Scenario): number {
  let missing = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.nl === 'string' && record.en === undefined) missing++;
      Object.values(record).forEach(visit);
    }
  };
  visit(scenario);
  return missing;
}
