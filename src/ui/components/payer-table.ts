import type { PayerDifference } from '../../domain/costs/receipt.ts';
import { type Lang } from '../../domain/scenario/text.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import { h } from '../dom.ts';
import { inline } from './paragraphs.ts';
import { formatMoney } from '../../i18n/intl.ts';
import { t } from '../../i18n/index.ts';

function difference(savedCents: number, lang: Lang): string {
  if (savedCents === 0) return t(lang, 'debrief.same');
  const amount = formatMoney(Math.abs(savedCents), lang);
  return t(lang, savedCents > 0 ? 'debrief.saved' : 'debrief.extra', { amount });
}

/** Per payer: the chosen route against the systeemroute, and where the saving (or extra cost) lands. */
export function payerTable(scenario: Scenario, rows: readonly PayerDifference[], lang: Lang): HTMLTableElement {
  const total = rows.reduce((sum, row) => ({ route: sum.route + row.routeCents, systeem: sum.systeem + row.systeemCents }), {
    route: 0,
    systeem: 0,
  });
  // On a narrow screen the table stacks and each cell shows its column's name (data-label, CSS).
  const labels = { route: t(lang, 'debrief.route'), systeem: t(lang, 'debrief.systeem'), difference: t(lang, 'debrief.difference') };
  const row = (name: string | HTMLElement, route: number, systeem: number, header = false) => {
    const saved = systeem - route;
    return h(
      'tr',
      { className: header ? 'total-row' : `${saved > 0 ? 'saved' : saved < 0 ? 'extra' : ''}` },
      h('th', { scope: 'row' }, name),
      h('td', { 'data-label': labels.route }, formatMoney(route, lang)),
      h('td', { 'data-label': labels.systeem }, formatMoney(systeem, lang)),
      h('td', { 'data-label': labels.difference }, difference(saved, lang)),
    );
  };
  return h(
    'table',
    { className: 'payer-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t(lang, 'debrief.payer')),
        h('th', { scope: 'col' }, t(lang, 'debrief.route')),
        h('th', { scope: 'col' }, t(lang, 'debrief.systeem')),
        h('th', { scope: 'col' }, t(lang, 'debrief.difference')),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) => {
        const payer = scenario.payers[r.payer];
        return row(payer ? inline(payer.name, lang) : r.payer, r.routeCents, r.systeemCents);
      }),
    ),
    h('tfoot', {}, row(t(lang, 'debrief.total'), total.route, total.systeem, true)),
  );
}
