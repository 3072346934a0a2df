import type { RouteSummary } from '../../domain/report/route-summary.ts';
import { VALUE_KEYS } from '../../domain/scenario/model.ts';
import type { Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { formatWholeMoney } from '../../i18n/format.ts';
import { h } from '../dom.ts';

/** The route map of a trainer's own file, as the checking worker sends it: the story drawn as SVG beside the summary. */
export interface OwnCasusRouteMap {
  readonly svg: string;
  readonly summary: RouteSummary;
}


function table(caption: string, head: readonly string[], rows: readonly (readonly (string | number)[])[]): HTMLElement {
  return h('div', { className: 'own-map__scroll', role: 'region', 'aria-label': caption, tabindex: 0 },
    h('table', { className: 'own-map__table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((cell) => h('th', { scope: 'col' }, cell)))),
      h('tbody', {}, ...rows.map(([first, ...rest]) => h('tr', {}, h('th', { scope: 'row' }, String(first)), ...rest.map((cell) => h('td', {}, String(cell))))))));
}

/** The drawn story, parsed as SVG (never as HTML); its text alternative is the story list below it. */
function drawing(svg: string, label: string): Element | null {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (parsed.nodeName !== 'svg') return null;
  const node = document.importNode(parsed, true);
  node.setAttribute('aria-label', label);
  return node;
}

function storyList(map: OwnCasusRouteMap, lang: Lang): HTMLElement {
  return h('ol', { className: 'own-map__story' },
    ...map.summary.story.map((moment) =>
      h('li', {},
        h('span', { lang: 'nl' }, moment.title), ` (${t(lang, 'own.map.month', { month: moment.month })}, ${moment.id})`,
        h('ul', {}, ...moment.options.map((option) =>
          h('li', {}, h('span', { lang: 'nl' }, option.label), ` (${option.id}) → ${option.to}`, option.requires ? ` — ${t(lang, 'own.map.requires', { condition: option.requires })}` : ''))))));
}

/** "Bekijk de routekaart": the story drawn and in words, the routes, cost and score per ending, the ranges. */
export function renderOwnCasusRouteMap(map: OwnCasusRouteMap, lang: Lang): HTMLElement {
  const { summary } = map;
  const money = (cents: number) => formatWholeMoney(cents, lang);
  const routeName = (kind: string, rank?: number) => t(lang, `own.map.route.${kind}` as Parameters<typeof t>[1], { rank: rank ?? '' });
  const ranking = summary.ranking;
  return h('section', { className: 'own-map', 'aria-labelledby': 'own-map-heading' },
    h('h3', { id: 'own-map-heading', 'data-focus-on-show': true }, t(lang, 'own.map.heading', { title: summary.title })),
    h('p', {}, t(lang, 'own.map.facts', { moments: summary.moments, endings: summary.endings, horizon: summary.horizonMonths, systeem: money(summary.systeemCents) })),
    h('figure', { className: 'own-map__figure' },
      h('div', { className: 'own-map__scroll', role: 'region', 'aria-label': t(lang, 'own.map.drawing'), tabindex: 0 }, drawing(map.svg, t(lang, 'own.map.svgLabel', { title: summary.title }))),
      h('figcaption', {}, t(lang, 'own.map.legend'))),
    h('details', { className: 'own-map__words' }, h('summary', {}, t(lang, 'own.map.inWords')), storyList(map, lang)),
    h('h4', {}, t(lang, 'own.map.routes')),
    ranking
      ? h('div', {},
          h('p', {}, ranking.sampledFrom ? t(lang, 'own.map.sampled', { total: ranking.total, sample: ranking.sampledFrom }) : t(lang, 'own.map.total', { total: ranking.total })),
          table(t(lang, 'own.map.routes'), [t(lang, 'own.map.col.route'), t(lang, 'own.map.col.score'), ...VALUE_KEYS.map((v) => t(lang, `value.${v}` as Parameters<typeof t>[1])), t(lang, 'own.map.col.cost'), t(lang, 'own.map.col.ending'), t(lang, 'own.map.col.choices')],
            ranking.routes.map((r) => [routeName(r.kind, r.rank), r.overall, ...VALUE_KEYS.map((v) => r.values[v]), money(r.costCents), r.endingId, r.choices.join(' → ')])))
      : h('p', {}, t(lang, 'own.map.unranked')),
    h('h4', {}, t(lang, 'own.map.perEnding')),
    table(t(lang, 'own.map.perEnding'), [t(lang, 'own.map.col.ending'), t(lang, 'own.map.col.routes'), t(lang, 'own.map.col.costRange'), t(lang, 'own.map.col.scoreRange')],
      summary.perEnding.map((e) => [`${e.title} (${e.id})`, e.routes, `${money(e.minCents)} – ${money(e.maxCents)}`, e.score ? `${e.score.min} – ${e.score.max}` : t(lang, 'own.map.notScored')])),
    h('h4', {}, t(lang, 'own.map.ranges')),
    summary.ranges
      ? table(t(lang, 'own.map.ranges'), [t(lang, 'own.map.col.value'), t(lang, 'own.map.col.range')], summary.ranges.map((r) => [t(lang, `value.${r.key}` as Parameters<typeof t>[1]), `${r.min} – ${r.max}`]))
      : h('p', {}, t(lang, 'own.map.notScored')),
    summary.counted.length > 0
      ? h('div', {}, h('h4', {}, t(lang, 'own.map.counted')), h('ul', { lang: 'nl' }, ...summary.counted.map((line) => h('li', {}, line))))
      : null);
}
