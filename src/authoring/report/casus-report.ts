import { allRoutes, rankRoutes, type RankedRoute } from '../../domain/play/route-analysis.ts';
import { VALUE_KEYS, type Scenario } from '../../domain/scenario/model.ts';
import { pick } from '../../domain/scenario/text.ts';
import { scoreRoute, systeemrouteCents, type ScoreResult } from '../../domain/scoring/score.ts';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatCount } from '../format-count.ts';
import { esc, euro } from './escape.ts';
import { storyGraphSvg } from './story-graph-svg.ts';

/** Routes scored one by one for ranges and per-ending scores; beyond this the page says it did not. */
const SCORED_ROUTES = 20_000;

const STYLE = `body{font-family:system-ui,sans-serif;max-width:75rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.4}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;white-space:nowrap}.kaart{overflow-x:auto;border:1px solid #ddd;padding:.5rem}pre{white-space:pre-wrap}`;

function routeRow(label: string, route: RankedRoute | { steps: RankedRoute['steps']; endingId: string; score: ScoreResult }): string {
  const { legitimiteit: l, betrokkenheid: b, rendement: r } = route.score.values;
  const choices = route.steps.map((s) => s.optionId).join(' → ');
  return `<tr><th scope="row">${esc(label)}</th><td class="n">${route.score.overall}</td><td class="n">${l}</td><td class="n">${b}</td><td class="n">${r}</td><td class="n">${euro(route.score.routeCents)}</td><td>${esc(route.endingId)}</td><td>${esc(choices)}</td></tr>`;
}

function routesTable(scenario: Scenario): string {
  const ranking = rankRoutes(scenario);
  if (!ranking) return '<p>Routes niet gerangschikt: te veel toestanden (zie SC043).</p>';
  const rows = [
    ...ranking.best.slice(0, 3).map((route, i) => routeRow(`beste ${i + 1}`, route)),
    routeRow('steeds goedkoopst', ranking.cheapest),
    routeRow('steeds duurst', ranking.dearest),
    routeRow('slechtste', ranking.worst),
  ];
  const sample = ranking.sampled ? ` (gerangschikt op een steekproef van ${formatCount(BigInt(ranking.compared))})` : '';
  return `<p>${formatCount(ranking.total)} routes${sample}; systeemroute ${euro(systeemrouteCents(scenario))}.</p>
<table><thead><tr><th>route</th><th>score</th><th>L</th><th>B</th><th>R</th><th>kosten</th><th>einde</th><th>keuzes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function endingsAndRanges(scenario: Scenario): string {
  const ranking = rankRoutes(scenario);
  const routes = allRoutes(scenario, SCORED_ROUTES + 1);
  const complete = routes.length <= SCORED_ROUTES && ranking !== undefined && BigInt(routes.length) === ranking.total;
  const scored = complete ? routes.map((route) => ({ route, score: scoreRoute(scenario, route.steps) })) : [];
  const perEnding = (ranking?.endings ?? []).map((e) => {
    const scores = scored.filter((s) => s.route.endingId === e.endingId).map((s) => s.score.overall);
    const range = scores.length > 0 ? `${Math.min(...scores)} – ${Math.max(...scores)}` : 'niet berekend';
    const title = scenario.endings[e.endingId] ? pick(scenario.endings[e.endingId]!.title, 'nl') : e.endingId;
    return `<tr><th scope="row">${esc(title)} (${esc(e.endingId)})</th><td class="n">${formatCount(e.routes)}</td><td class="n">${euro(e.minCents)} – ${euro(e.maxCents)}</td><td class="n">${range}</td></tr>`;
  });
  const ranges = complete
    ? VALUE_KEYS.map((key) => {
        const values = scored.map((s) => s.score.values[key]);
        return `<tr><th scope="row">${key}</th><td class="n">${Math.min(...values)} – ${Math.max(...values)}</td></tr>`;
      }).join('')
    : `<tr><td colspan="2">niet berekend: meer dan ${formatCount(BigInt(SCORED_ROUTES))} routes</td></tr>`;
  return `<h2>Per einde</h2><table><thead><tr><th>einde</th><th>routes</th><th>kosten van – tot</th><th>score van – tot</th></tr></thead><tbody>${perEnding.join('')}</tbody></table>
<h2>Bereik van de waarden over alle routes</h2><table><thead><tr><th>waarde</th><th>van – tot</th></tr></thead><tbody>${ranges}</tbody></table>`;
}

/** One self-contained Dutch page per casus: no script, no external request, readable from disk. */
export function casusReport(scenario: Scenario, diagnostics: readonly Diagnostic[]): string {
  const title = pick(scenario.title, 'nl');
  const warnings = diagnostics.length > 0 ? `<pre>${esc(diagnostics.map(formatDiagnostic).join('\n'))}</pre>` : '<p>Geen meldingen.</p>';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Routekaart: ${esc(title)}</title><style>${STYLE}</style></head>
<body><h1>Routekaart: ${esc(title)}</h1>
<p>${Object.keys(scenario.moments).length} momenten, ${Object.keys(scenario.endings).length} eindes, horizon ${scenario.horizonMonths} maanden. Casus-id <code>${esc(scenario.id)}</code>.</p>
<h2>Verhaalkaart</h2><p>Kolommen per maand; eindes rechts. Een gestippelde pijl heeft een voorwaarde (tussen haken).</p>
<div class="kaart">${storyGraphSvg(scenario)}</div>
<h2>Routes</h2>${routesTable(scenario)}
${endingsAndRanges(scenario)}
<h2>Meldingen</h2>${warnings}
</body></html>
`;
}
