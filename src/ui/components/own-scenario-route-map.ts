import type { RouteGraph } from '../../domain/report/route-graph.ts';
import type { RouteSummary } from '../../domain/report/route-summary.ts';
import { VALUE_KEYS } from '../../domain/scenario/model.ts';
import type { Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { formatWholeMoney } from '../../i18n/intl.ts';
import { h } from '../dom.ts';

/** The route map of a trainer's own file, as the checking worker sends it: the story as a graph beside the summary. */
export interface OwnScenarioRouteMap {
  readonly graph: RouteGraph;
  readonly summary: RouteSummary;
}

type Cell = string | number | HTMLElement;

/** An amount (or a range of them) never breaks inside: "€ 29.800" stays on one line. */
const amount = (text: string) => h('span', { className: 'amount' }, text);

const SLOT = '\u0000';
/** A message with its amount slot filled by an unbreakable amount element. */
const withAmount = (text: string, value: string) => text.split(SLOT).flatMap((part, i) => (i === 0 ? [part] : [amount(value), part]));

const cell = (value: Cell) => (value instanceof HTMLElement ? value : String(value));

function table(caption: string, head: readonly string[], rows: readonly (readonly Cell[])[]): HTMLElement {
  return h(
    'div',
    { className: 'own-map__scroll', role: 'region', 'aria-label': caption, tabindex: 0 },
    h(
      'table',
      { className: 'own-map__table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((cell) => h('th', { scope: 'col' }, cell)))),
      h(
        'tbody',
        {},
        ...rows.map(([first, ...rest]) =>
          h('tr', {}, h('th', { scope: 'row' }, cell(first!)), ...rest.map((value) => h('td', {}, cell(value)))),
        ),
      ),
    ),
  );
}

/** Chosen on the full-width map: the moment is shown, marked and focused in the story in words. */
function showInWords(section: HTMLElement, momentId: string): void {
  const words = section.querySelector<HTMLDetailsElement>('.own-map__words');
  const item = [...section.querySelectorAll<HTMLElement>('.own-map__story > li')].find((li) => li.dataset['moment'] === momentId);
  if (!words || !item) return;
  words.open = true;
  for (const marked of section.querySelectorAll('.own-map__moment--chosen')) marked.classList.remove('own-map__moment--chosen');
  item.classList.add('own-map__moment--chosen');
  item.focus({ preventScroll: true });
  item.scrollIntoView({ block: 'center', behavior: 'instant' });
}

/** "Open de verhaalkaart": the full-width map, its code and the layout library loaded only now. */
/** Where a moment chosen on the map goes: by default, its place in the story in words; the werkplaats takes it to its line. */
export type MomentChosen = (momentId: string, line?: number) => void;

function mapOpener(map: OwnScenarioRouteMap, lang: Lang, onMomentSelected?: MomentChosen): HTMLElement {
  const status = h('p', { className: 'own-map__failed', role: 'status' });
  const open = h('button', { type: 'button', className: 'button', 'aria-haspopup': 'dialog' }, t(lang, 'own.map.open'));
  open.addEventListener('click', () => {
    status.textContent = '';
    import('../route-map/route-map-dialog.ts')
      .then(({ openRouteMapDialog }) =>
        openRouteMapDialog(map.graph, {
          lang,
          opener: open,
          onMomentSelected: (momentId, line) => {
            if (onMomentSelected) return onMomentSelected(momentId, line);
            const section = open.closest<HTMLElement>('.own-map');
            if (section) showInWords(section, momentId);
          },
        }),
      )
      .catch(() => {
        status.textContent = t(lang, 'own.map.failed');
      });
  });
  return h('div', { className: 'own-map__open' }, h('p', {}, t(lang, 'own.map.openLead')), open, status);
}

function storyList(map: OwnScenarioRouteMap, lang: Lang): HTMLElement {
  return h(
    'ol',
    { className: 'own-map__story' },
    ...map.summary.story.map((moment) =>
      h(
        'li',
        { 'data-moment': moment.id, tabindex: -1 },
        h('span', { lang: 'nl' }, moment.title),
        ` (${t(lang, 'own.map.month', { month: moment.month })}, ${moment.id})`,
        h(
          'ul',
          {},
          ...moment.options.map((option) =>
            h(
              'li',
              {},
              h('span', { lang: 'nl' }, option.label),
              ` (${option.id}) → ${option.to}`,
              option.requires ? ` — ${t(lang, 'own.map.requires', { condition: option.requires })}` : '',
            ),
          ),
        ),
      ),
    ),
  );
}

/** "Bekijk de routekaart": the story drawn and in words, the routes, cost and score per ending, the ranges. */
export function renderOwnScenarioRouteMap(map: OwnScenarioRouteMap, lang: Lang, onMomentSelected?: MomentChosen): HTMLElement {
  const { summary } = map;
  const money = (cents: number) => formatWholeMoney(cents, lang);
  const routeName = (kind: string, rank?: number) => t(lang, `own.map.route.${kind}` as Parameters<typeof t>[1], { rank: rank ?? '' });
  const ranking = summary.ranking;
  return h(
    'section',
    { className: 'own-map', 'aria-labelledby': 'own-map-heading' },
    h('h3', { id: 'own-map-heading', 'data-focus-on-show': true }, t(lang, 'own.map.heading', { title: summary.title })),
    h(
      'p',
      {},
      ...withAmount(
        t(lang, 'own.map.facts', { moments: summary.moments, endings: summary.endings, horizon: summary.horizonMonths, systeem: SLOT }),
        money(summary.systeemCents),
      ),
    ),
    mapOpener(map, lang, onMomentSelected),
    h('details', { className: 'own-map__words' }, h('summary', {}, t(lang, 'own.map.inWords')), storyList(map, lang)),
    h('h4', {}, t(lang, 'own.map.routes')),
    ranking
      ? h(
          'div',
          {},
          h(
            'p',
            {},
            ranking.sampledFrom
              ? t(lang, 'own.map.sampled', { total: ranking.total, sample: ranking.sampledFrom })
              : t(lang, 'own.map.total', { total: ranking.total }),
          ),
          table(
            t(lang, 'own.map.routes'),
            [
              t(lang, 'own.map.col.route'),
              t(lang, 'own.map.col.score'),
              ...VALUE_KEYS.map((v) => t(lang, `value.${v}` as Parameters<typeof t>[1])),
              t(lang, 'own.map.col.cost'),
              t(lang, 'own.map.col.ending'),
              t(lang, 'own.map.col.choices'),
            ],
            ranking.routes.map((r) => [
              routeName(r.kind, r.rank),
              r.overall,
              ...VALUE_KEYS.map((v) => r.values[v]),
              amount(money(r.costCents)),
              r.endingId,
              r.choices.join(' → '),
            ]),
          ),
        )
      : h('p', {}, t(lang, 'own.map.unranked')),
    h('h4', {}, t(lang, 'own.map.perEnding')),
    table(
      t(lang, 'own.map.perEnding'),
      [t(lang, 'own.map.col.ending'), t(lang, 'own.map.col.routes'), t(lang, 'own.map.col.costRange'), t(lang, 'own.map.col.scoreRange')],
      summary.perEnding.map((e) => [
        `${e.title} (${e.id})`,
        e.routes,
        amount(`${money(e.minCents)} – ${money(e.maxCents)}`),
        e.score ? `${e.score.min} – ${e.score.max}` : t(lang, 'own.map.notScored'),
      ]),
    ),
    h('h4', {}, t(lang, 'own.map.ranges')),
    summary.ranges
      ? table(
          t(lang, 'own.map.ranges'),
          [t(lang, 'own.map.col.value'), t(lang, 'own.map.col.range')],
          summary.ranges.map((r) => [t(lang, `value.${r.key}` as Parameters<typeof t>[1]), `${r.min} – ${r.max}`]),
        )
      : h('p', {}, t(lang, 'own.map.notScored')),
    summary.counted.length > 0
      ? h('div', {}, h('h4', {}, t(lang, 'own.map.counted')), h('ul', { lang: 'nl' }, ...summary.counted.map((line) => h('li', {}, line))))
      : null,
  );
}
