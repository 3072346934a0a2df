import type { ScaledDifference } from '../../../../domain/debrief/scale-up.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import { formatMoney } from '../../../../i18n/intl.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { h } from '../../../dom.ts';

/** Opschalen: the difference with the systeemroute for 1, 30 and 300 similar households, with the caveat. */
export function scaleUpSection(scaled: readonly ScaledDifference[], lang: Lang): HTMLElement {
  const words = (row: ScaledDifference) => {
    if (row.savedCents === 0) return td(lang, 'scale.same');
    return td(lang, row.savedCents > 0 ? 'scale.less' : 'scale.more', { amount: formatMoney(Math.abs(row.savedCents), lang) });
  };
  return h(
    'section',
    { className: 'debrief__scale', 'aria-labelledby': 'scale-heading' },
    h('h3', { id: 'scale-heading' }, td(lang, 'scale.heading')),
    h(
      'dl',
      { className: 'scale-list' },
      ...scaled.map((row) =>
        h(
          'div',
          { className: 'scale-list__row' },
          h('dt', {}, td(lang, 'scale.households', { n: row.households })),
          h('dd', {}, words(row)),
        ),
      ),
    ),
    h('p', { className: 'muted' }, td(lang, 'scale.caveat')),
  );
}
