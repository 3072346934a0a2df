import type { CostTimeline } from '../../../../domain/debrief/route-timeline.ts';
import type { Scenario } from '../../../../domain/scenario/model.ts';
import { pick, type Lang } from '../../../../domain/scenario/text.ts';
import { formatList, formatMoney } from '../../../../i18n/intl.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { h } from '../../../dom.ts';
import { payerColour } from '../../../../palette/chart-palette.ts';
import { chartLegend, decisionKey, payerKey, routeKey } from './chart-legend.ts';
import { stackingTable } from './table-scroll.ts';

function summary(timeline: CostTimeline, lang: Lang): string {
  const last = timeline.horizonMonths - 1;
  const half = Math.floor(last / 2);
  const money = (series: readonly number[] | undefined, at: number) => formatMoney(series?.[at] ?? 0, lang);
  const months = [...new Set(timeline.decisions.map((d) => d.month))].map(String);
  return [
    td(lang, timeline.best ? 'chart.summaryEnd' : 'chart.summaryEndNoBest', {
      months: timeline.horizonMonths,
      yours: money(timeline.yours, last),
      best: money(timeline.best, last),
      systeem: money(timeline.systeem, last),
    }),
    td(lang, 'chart.summaryHalf', { month: half, yours: money(timeline.yours, half), systeem: money(timeline.systeem, half) }),
    td(lang, 'chart.summaryDecisions', { months: formatList(months, lang) }),
  ].join(' ');
}

function dataTable(scenario: Scenario, timeline: CostTimeline, lang: Lang): HTMLTableElement {
  const payerName = (payer: string) => {
    const p = scenario.payers[payer];
    return p ? pick(p.name, lang) : payer;
  };
  const decided = new Set(timeline.decisions.map((d) => d.month));
  return h(
    'table',
    { className: 'chart-table' },
    h('caption', {}, td(lang, 'chart.tableCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, td(lang, 'chart.month')),
        h('th', { scope: 'col' }, td(lang, 'chart.yours')),
        timeline.best ? h('th', { scope: 'col' }, td(lang, 'chart.best')) : null,
        h('th', { scope: 'col' }, td(lang, 'chart.systeem')),
        ...timeline.yoursByPayer.map((p) => h('th', { scope: 'col' }, `${td(lang, 'chart.yoursPayer')}: ${payerName(p.payer)}`)),
      ),
    ),
    h(
      'tbody',
      {},
      ...timeline.yours.map((cents, m) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(m), decided.has(m) ? ` ${td(lang, 'chart.decision')}` : ''),
          h('td', {}, formatMoney(cents, lang)),
          timeline.best ? h('td', {}, formatMoney(timeline.best[m]!, lang)) : null,
          h('td', {}, formatMoney(timeline.systeem[m]!, lang)),
          ...timeline.yoursByPayer.map((p) => h('td', {}, formatMoney(p.cumulative[m]!, lang))),
        ),
      ),
    ),
  );
}

/**
 * Cost over time: a text summary, a legend and the data table are the content; the uPlot charts (your route,
 * the best route and the systeemroute; your route stacked per payer) are drawn beside them once their chunk is in.
 */
export function costChartSection(scenario: Scenario, timeline: CostTimeline, lang: Lang): HTMLElement {
  const payerName = (payer: string) => {
    const p = scenario.payers[payer];
    return p ? pick(p.name, lang) : payer;
  };
  const lines = h('div', { className: 'chart', 'aria-hidden': 'true', 'data-chart': 'lines' });
  const stacked = h('div', { className: 'chart', 'aria-hidden': 'true', 'data-chart': 'payers' });
  const section = h(
    'section',
    { className: 'debrief__chart', 'aria-labelledby': 'chart-heading' },
    h('h3', { id: 'chart-heading' }, td(lang, 'chart.heading')),
    h('p', { 'data-testid': 'chart-summary' }, summary(timeline, lang)),
    h(
      'figure',
      { className: 'chart-figure' },
      chartLegend([
        [td(lang, 'chart.yours'), routeKey('yours'), 'yours'],
        ...(timeline.best ? [[td(lang, 'chart.best'), routeKey('best'), 'best'] as const] : []),
        [td(lang, 'chart.systeem'), routeKey('systeem'), 'systeem'],
        [td(lang, 'chart.decisionLegend'), decisionKey(), 'decision'],
      ]),
      lines,
      h('figcaption', { className: 'muted' }, td(lang, 'chart.linesCaption')),
    ),
    h(
      'figure',
      { className: 'chart-figure' },
      chartLegend(timeline.yoursByPayer.map((p, i) => [payerName(p.payer), payerKey(payerColour(i)), `payer:${p.payer}`] as const)),
      stacked,
      h('figcaption', { className: 'muted' }, td(lang, 'chart.payersCaption')),
    ),
    h(
      'details',
      { className: 'chart-data' },
      h('summary', {}, td(lang, 'chart.showTable')),
      stackingTable('chart-heading', dataTable(scenario, timeline, lang)),
    ),
  );
  void import('./cost-chart-plot.ts')
    .then(({ plotCharts }) => plotCharts({ lines, stacked }, timeline, lang))
    .catch(() => {
      section.classList.add('debrief__chart--text-only');
    });
  return section;
}
