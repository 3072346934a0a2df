import type { Attempt } from '../../../../domain/debrief/attempts.ts';
import { VALUE_KEYS, type Scenario } from '../../../../domain/scenario/model.ts';
import { pick, type Lang } from '../../../../domain/scenario/text.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { formatDateTime, formatMoney } from '../../../../i18n/intl.ts';
import { t } from '../../../../i18n/index.ts';
import { h } from '../../../dom.ts';
import { stackingTable } from './table-scroll.ts';

/** Your attempts at this casus (kept in this browser), side by side: ending, total, triangle and balance score. */
export function attemptsSection(scenario: Scenario, attempts: readonly Attempt[], lang: Lang): HTMLElement {
  const ending = (id: string) => {
    const e = scenario.endings[id];
    return e ? pick(e.title, lang) : id;
  };
  const body =
    attempts.length < 2
      ? h('p', { className: 'muted' }, td(lang, 'attempts.single'))
      : stackingTable(
          'attempts-heading',
          h(
            'table',
            { className: 'compare-table attempts-table' },
            h('caption', { className: 'sr-only' }, td(lang, 'attempts.caption')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, td(lang, 'attempts.number')),
                h('th', { scope: 'col' }, td(lang, 'attempts.ending')),
                h('th', { scope: 'col' }, td(lang, 'attempts.total')),
                ...VALUE_KEYS.map((key) => h('th', { scope: 'col' }, t(lang, `value.${key}`))),
                h('th', { scope: 'col' }, t(lang, 'debrief.overall')),
              ),
            ),
            h(
              'tbody',
              {},
              ...attempts.map((a, i) =>
                h(
                  'tr',
                  { className: i === attempts.length - 1 ? 'compare-table__yours' : '' },
                  h(
                    'th',
                    { scope: 'row' },
                    td(lang, i === attempts.length - 1 ? 'attempts.latest' : 'attempts.nth', { n: i + 1 }),
                    h('br'),
                    h('span', { className: 'compare-table__same' }, formatDateTime(new Date(a.finishedAt), lang)),
                  ),
                  h('td', {}, ending(a.endingId)),
                  h('td', {}, formatMoney(a.totalCents, lang)),
                  ...VALUE_KEYS.map((key) => h('td', {}, String(a.values[key]))),
                  h('td', {}, String(a.overall)),
                ),
              ),
            ),
          ),
        );
  return h(
    'section',
    { className: 'debrief__attempts', 'aria-labelledby': 'attempts-heading' },
    h('h3', { id: 'attempts-heading' }, td(lang, 'attempts.heading')),
    body,
  );
}
