import { formatWholeMoney } from '../../src/i18n/intl.ts';
import { formatCount } from '../../src/authoring/analyse/format-count.ts';
import { cheapestRoute, dearestRoute, rankRoutes, type CompleteRoute } from '../../src/domain/play/route-analysis.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { describeCount, type CountedDuration } from '../../src/authoring/resolve/resolve-durations.ts';
import { pick } from '../../src/domain/scenario/text.ts';
import { scoreRoute, type ScoreResult } from '../../src/domain/scoring/score.ts';

const euro = (cents: number) => formatWholeMoney(cents, 'nl');

/** The choices of a route; a long one shortened to its first and last five. */
function choices(route: CompleteRoute): string {
  const ids = route.steps.map((s) => s.optionId);
  if (ids.length <= 12) return ids.join(' → ');
  return `${ids.slice(0, 5).join(' → ')} → … (${ids.length} keuzes) … → ${ids.slice(-5).join(' → ')}`;
}

function row(label: string, route: CompleteRoute, score: ScoreResult): string {
  const { legitimiteit: l, betrokkenheid: b, rendement: r } = score.values;
  return `  ${label.padEnd(17)} ${String(score.overall).padStart(3)}  (L ${l}, B ${b}, R ${r})  ${euro(score.routeCents).padStart(10)}  ${route.endingId}: ${choices(route)}`;
}

/** A greedy route's row, or why there is none (a dead end the budget kept the checker from finding). */
function greedyRow(scenario: Scenario, label: string, walk: (s: Scenario) => CompleteRoute): string {
  try {
    const route = walk(scenario);
    return row(label, route, scoreRoute(scenario, route.steps));
  } catch (error) {
    return `  ${label.padEnd(17)} loopt vast: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * For trainers balancing a casus: the best and worst routes, where always-the-cheapest and
 * always-the-dearest end, and per ending how many routes lead there at what cost. With too many routes
 * the ranking is a fixed sample (it says so); best ≥ every other line ≥ worst, as all come from it.
 */
export function routeReport(scenario: Scenario, shown = 5): string[] {
  const title = pick(scenario.title, 'nl');
  const systeem = euro(scoreRoute(scenario, []).systeemCents);
  const ranking = rankRoutes(scenario);
  if (!ranking) {
    return [
      `${title}: routes niet geteld en gerangschikt (te veel toestanden, zie SC043), systeemroute ${systeem}`,
      '  route             score (waarden)        kosten  einde: keuzes',
      greedyRow(scenario, 'steeds goedkoopst', cheapestRoute),
      greedyRow(scenario, 'steeds duurst', dearestRoute),
    ];
  }
  const total = formatCount(ranking.total);
  const ranked = ranking.sampled ? ` (gerangschikt: steekproef van ${formatCount(BigInt(ranking.compared))} van ${total} routes)` : '';
  const lines = [
    `${title}: ${total} routes${ranked}, systeemroute ${systeem}`,
    '  route             score (waarden)        kosten  einde: keuzes',
  ];
  ranking.best.slice(0, shown).forEach((route, i) => lines.push(row(`beste ${i + 1}`, route, route.score)));
  lines.push(row('steeds goedkoopst', ranking.cheapest, ranking.cheapest.score));
  lines.push(row('steeds duurst', ranking.dearest, ranking.dearest.score));
  lines.push(row('slechtste', ranking.worst, ranking.worst.score));
  const width = Math.max(9, ...ranking.endings.map((e) => e.endingId.length));
  const counts = ranking.endings.map((e) => formatCount(e.routes));
  const countWidth = Math.max(6, ...counts.map((c) => c.length));
  lines.push(`  ${'per einde'.padEnd(width)}  ${'routes'.padStart(countWidth)}  kosten van – tot`);
  ranking.endings.forEach((ending, i) => {
    lines.push(
      `  ${ending.endingId.padEnd(width)}  ${counts[i]!.padStart(countWidth)}  ${euro(ending.minCents)} – ${euro(ending.maxCents)}`,
    );
  });
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

/** What the game counted for every `until:`, so a trainer can see it counted what they meant. */
export function countedReport(counted: readonly CountedDuration[]): string[] {
  if (counted.length === 0) return [];
  return [
    '  looptijden die het spel telde (until):',
    ...counted.map(
      (c) => `    regel ${c.line}  ${c.momentId ? `${c.momentId} › ${c.optionId}` : 'systeemroute'} · ${c.item}: ${describeCount(c)}`,
    ),
  ];
}
