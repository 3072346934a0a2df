import type { WhatIfMoment } from '../../../../domain/debrief/what-if.ts';
import { VALUE_KEYS, type Scenario } from '../../../../domain/scenario/model.ts';
import { pick, type Lang } from '../../../../domain/scenario/text.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { formatMoney } from '../../../../i18n/intl.ts';
import { t } from '../../../../i18n/index.ts';
import { optionLabel } from '../../../components/option-text.ts';
import { receiptLineItem } from '../../../components/receipt.ts';
import { h } from '../../../dom.ts';

function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : String(delta);
}

/** "Wat als": per decision, the options you did not take (their kassabon and value effects), and "speel vanaf hier opnieuw". */
export function whatIfSection(
  scenario: Scenario,
  moments: readonly WhatIfMoment[],
  lang: Lang,
  onBranch: (decision: number) => void,
): HTMLElement {
  return h(
    'section',
    { className: 'debrief__whatif no-print', 'aria-labelledby': 'whatif-heading' },
    h('h3', { id: 'whatif-heading' }, td(lang, 'whatif.heading')),
    h('p', { className: 'muted' }, td(lang, 'whatif.lead')),
    ...moments.map((m) =>
      h(
        'details',
        { className: 'whatif', 'data-decision': m.decision },
        h(
          'summary',
          {},
          td(lang, 'whatif.summary', { n: m.decision, moment: pick(m.moment.title, lang), option: optionLabel(m.taken, lang) }),
        ),
        m.notTaken.length === 0
          ? h('p', { className: 'muted' }, td(lang, 'whatif.none'))
          : h(
              'ul',
              { className: 'whatif__options' },
              ...m.notTaken.map((n) =>
                h(
                  'li',
                  { className: 'whatif__option' },
                  h('h4', {}, optionLabel(n.option, lang)),
                  h('p', {}, td(lang, 'whatif.cost', { amount: formatMoney(n.totalCents, lang), taken: formatMoney(m.takenCents, lang) })),
                  n.lines.length > 0
                    ? h(
                        'ul',
                        { className: 'receipt__lines whatif__lines' },
                        ...n.lines.map((line) => receiptLineItem(scenario, line, lang)),
                      )
                    : null,
                  h(
                    'ul',
                    { className: 'whatif__values' },
                    ...VALUE_KEYS.map((key) =>
                      h(
                        'li',
                        {},
                        h('strong', {}, `${t(lang, `value.${key}`)} ${signed(n.option.values[key].delta)}`),
                        `: ${pick(n.option.values[key].reason, lang)}`,
                      ),
                    ),
                  ),
                ),
              ),
            ),
        h(
          'button',
          { type: 'button', className: 'button', 'data-branch': m.decision, onclick: () => onBranch(m.decision) },
          td(lang, 'whatif.branch', { n: m.decision }),
        ),
      ),
    ),
  );
}
