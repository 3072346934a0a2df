import type { ComparedRoute } from '../../../../domain/debrief/route-comparison.ts';
import { VALUE_KEYS } from '../../../../domain/scenario/model.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import { differenceWords } from '../../../../i18n/debrief-text.ts';
import { formatMoney } from '../../../../i18n/intl.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { t } from '../../../../i18n/index.ts';
import { h } from '../../../dom.ts';
import { stackingTable } from './table-scroll.ts';

/** The routes side by side: total over the horizon, the three values, balance score, and the difference in words. */
export function routeComparisonSection(rows: readonly ComparedRoute[], horizonMonths: number, lang: Lang): HTMLElement {
  const number = (value: number | undefined) =>
    value === undefined ? h('span', {}, '–', h('span', { className: 'sr-only' }, td(lang, 'compare.noValues'))) : String(value);
  const table = h(
    'table',
    { className: 'compare-table' },
    h('caption', { className: 'sr-only' }, td(lang, 'compare.caption', { months: horizonMonths })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, td(lang, 'compare.route')),
        h('th', { scope: 'col' }, td(lang, 'compare.total', { months: horizonMonths })),
        ...VALUE_KEYS.map((key) => h('th', { scope: 'col' }, t(lang, `value.${key}`))),
        h('th', { scope: 'col' }, t(lang, 'debrief.overall')),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          { className: row.kind === 'yours' ? 'compare-table__yours' : '', 'data-route': row.kind },
          h(
            'th',
            { scope: 'row' },
            td(lang, `compare.name.${row.kind}`),
            row.kind !== 'yours' && row.isYours ? h('span', { className: 'compare-table__same' }, ` ${td(lang, 'compare.isYours')}`) : null,
          ),
          h('td', {}, formatMoney(row.totalCents, lang)),
          ...VALUE_KEYS.map((key) => h('td', {}, number(row.score?.values[key]))),
          h('td', {}, number(row.score?.overall)),
        ),
      ),
    ),
  );
  return h(
    'section',
    { className: 'debrief__routes', 'aria-labelledby': 'routes-heading' },
    h('h3', { id: 'routes-heading' }, td(lang, 'compare.heading')),
    h('p', { className: 'muted' }, td(lang, 'compare.lead')),
    stackingTable('routes-heading', table),
    h(
      'ul',
      { className: 'compare-words', 'data-testid': 'compare-words' },
      ...rows
        .filter((row) => row.kind !== 'yours')
        .map((row) =>
          h('li', {}, h('strong', {}, `${td(lang, 'compare.yoursIs')} `), differenceWords(row.kind, row.difference, lang), '.'),
        ),
    ),
  );
}
