import type { Scenario } from '../../domain/scenario/model.ts';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatCount } from '../format-count.ts';
import type { CountedDuration } from '../resolve-durations.ts';
import { esc, euro } from './escape.ts';
import type { SummarisedRouteKind } from '../../domain/play/route-kinds.ts';
import { routeSummary, SCORED_ROUTES, type RouteSummary, type SummaryRoute } from './route-summary.ts';
import { routeGraph } from './route-graph.ts';
import { layoutRouteMap } from '../../domain/report/route-map-layout.ts';
import { routeMapSvg, type RouteMapWords } from '../../domain/report/route-map-svg.ts';

const STYLE = `body{font-family:system-ui,sans-serif;max-width:75rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.4}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;white-space:nowrap}.amount{white-space:nowrap}.kaart{overflow-x:auto;border:1px solid #ddd;padding:.5rem}pre{white-space:pre-wrap}`;

const LABELS: Record<SummarisedRouteKind, string> = {
  best: 'beste',
  cheapest: 'steeds goedkoopst',
  dearest: 'steeds duurst',
  worst: 'slechtste',
};

function routeRow(route: SummaryRoute): string {
  const { legitimiteit: l, betrokkenheid: b, rendement: r } = route.values;
  const label = route.rank !== undefined ? `${LABELS[route.kind]} ${route.rank}` : LABELS[route.kind];
  return `<tr><th scope="row">${esc(label)}</th><td class="n">${route.overall}</td><td class="n">${l}</td><td class="n">${b}</td><td class="n">${r}</td><td class="n">${euro(route.costCents)}</td><td>${esc(route.endingId)}</td><td>${esc(route.choices.join(' → '))}</td></tr>`;
}

function routesTable(summary: RouteSummary): string {
  if (!summary.ranking) return '<p>Routes niet gerangschikt: te veel toestanden (zie SC043).</p>';
  const sample = summary.ranking.sampledFrom ? ` (gerangschikt op een steekproef van ${summary.ranking.sampledFrom})` : '';
  return `<p>${summary.ranking.total} routes${sample}; systeemroute ${euro(summary.systeemCents)}.</p>
<table><thead><tr><th>route</th><th>score</th><th>L</th><th>B</th><th>R</th><th>kosten</th><th>einde</th><th>keuzes</th></tr></thead><tbody>${summary.ranking.routes.map(routeRow).join('')}</tbody></table>`;
}

function endingsAndRanges(summary: RouteSummary): string {
  const perEnding = summary.perEnding.map(
    (e) =>
      `<tr><th scope="row">${esc(e.title)} (${esc(e.id)})</th><td class="n">${e.routes}</td><td class="n">${euro(e.minCents)} – ${euro(e.maxCents)}</td><td class="n">${e.score ? `${e.score.min} – ${e.score.max}` : 'niet berekend'}</td></tr>`,
  );
  const ranges = summary.ranges
    ? summary.ranges.map((r) => `<tr><th scope="row">${r.key}</th><td class="n">${r.min} – ${r.max}</td></tr>`).join('')
    : `<tr><td colspan="2">niet berekend: meer dan ${formatCount(BigInt(SCORED_ROUTES))} routes</td></tr>`;
  return `<h2>Per einde</h2><table><thead><tr><th>einde</th><th>routes</th><th>kosten van – tot</th><th>score van – tot</th></tr></thead><tbody>${perEnding.join('')}</tbody></table>
<h2>Bereik van de waarden over alle routes</h2><table><thead><tr><th>waarde</th><th>van – tot</th></tr></thead><tbody>${ranges}</tbody></table>`;
}

const countedSection = (summary: RouteSummary) =>
  summary.counted.length > 0
    ? `<h2>Looptijden die het spel telde (until)</h2><ul>${summary.counted.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>\n`
    : '';

/** The drawing's words on the report page (Dutch, as the page). */
export const reportWords = (title: string): RouteMapWords => ({
  name: `Verhaalkaart van ${title}: de momenten van links naar rechts in de tijd, de eindes met wat hun routes kosten`,
  moment: (month, id, start) => `${start ? 'start · ' : ''}maand ${month} · ${id}`,
  ending: (tone, id) => `einde (${tone}) · ${id}`,
  line: (line) => `regel ${line}`,
  money: euro,
});

/** One self-contained Dutch page per casus: no script, no external request, readable from disk. */
export function scenarioReport(scenario: Scenario, diagnostics: readonly Diagnostic[], counted: readonly CountedDuration[] = []): string {
  const summary = routeSummary(scenario, counted);
  const warnings = diagnostics.length > 0 ? `<pre>${esc(diagnostics.map(formatDiagnostic).join('\n'))}</pre>` : '<p>Geen meldingen.</p>';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Routekaart: ${esc(summary.title)}</title><style>${STYLE}</style></head>
<body><h1>Routekaart: ${esc(summary.title)}</h1>
<p>${summary.moments} momenten, ${summary.endings} eindes, horizon ${summary.horizonMonths} maanden. Casus-id <code>${esc(scenario.id)}</code>.</p>
<h2>Verhaalkaart</h2><p>Het verhaal van links naar rechts; een dik omrande doos is het begin, een ronde doos een einde met wat de routes erheen kosten. Een gestippelde pijl heeft een voorwaarde (tussen haken).</p>
<div class="kaart">${routeMapSvg(layoutRouteMap(routeGraph(scenario, summary.perEnding)), reportWords(summary.title))}</div>
<h2>Routes</h2>${routesTable(summary)}
${endingsAndRanges(summary)}
${countedSection(summary)}<h2>Meldingen</h2>${warnings}
</body></html>
`;
}
