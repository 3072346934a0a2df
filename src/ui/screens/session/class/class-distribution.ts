import { distribution, tallyIdsOf, tallyTotal, type Tally } from '../../../../domain/class/class-tally.ts';
import { choicesOf } from '../../../../domain/play/choices.ts';
import type { Moment } from '../../../../domain/scenario/model.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import { formatPercent } from '../../../../i18n/intl.ts';
import { tk } from '../../../../i18n/klas/index.ts';
import { inline } from '../../../components/paragraphs.ts';
import { h } from '../../../dom.ts';
import '../../../styles/table-cards.css';

/**
 * How the room divided over one moment's choices (`chosenId`: the choice the class followed), with the option the class followed marked: a table
 * (the bars are decoration beside the numbers).
 */
export function classDistributionTable(
  moment: Moment,
  tally: Tally,
  chosenId: string,
  lang: Lang,
  caption: HTMLElement | string,
  captionId?: string,
): HTMLTableElement {
  const choices = choicesOf(moment.options);
  const rows = distribution(tally, tallyIdsOf(moment));
  const label = { count: tk(lang, 'distribution.count'), share: tk(lang, 'distribution.share'), route: tk(lang, 'distribution.route') };
  return h(
    'table',
    { className: 'class-distribution table-cards' },
    h('caption', { id: captionId }, caption, ` (${tk(lang, 'distribution.total', { n: tallyTotal(tally) })})`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, tk(lang, 'distribution.option')),
        h('th', { scope: 'col' }, tk(lang, 'distribution.count')),
        h('th', { scope: 'col' }, tk(lang, 'distribution.share')),
        h('th', { scope: 'col' }, tk(lang, 'distribution.route')),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) => {
        const option = choices.find((c) => c.id === row.optionId);
        const chosen = row.optionId === chosenId;
        return h(
          'tr',
          { className: chosen ? 'is-chosen' : '', 'data-option-row': row.optionId },
          h('th', { scope: 'row' }, option ? inline(option.label, lang) : row.optionId),
          h('td', { 'data-label': label.count }, String(row.count)),
          h(
            'td',
            { 'data-label': label.share },
            h(
              'span',
              { className: 'class-distribution__share' },
              h(
                'span',
                { className: 'class-distribution__bar', 'aria-hidden': 'true' },
                h('span', { style: `width:${Math.round(row.share * 100)}%` }),
              ),
              formatPercent(row.share, lang),
            ),
          ),
          chosen ? h('td', { 'data-label': label.route }, tk(lang, 'distribution.chosen')) : h('td', {}),
        );
      }),
    ),
  );
}
