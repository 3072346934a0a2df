import type { WrongPocket } from '../../../../domain/debrief/wrong-pocket.ts';
import type { Scenario } from '../../../../domain/scenario/model.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import { wrongPocketWords } from '../../../../i18n/debrief-text.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { t } from '../../../../i18n/index.ts';
import { payerTable } from '../../../components/payer-table.ts';
import { payerBases } from '../../../components/receipt.ts';
import { h } from '../../../dom.ts';
import { tableScroll } from './table-scroll.ts';

/** "Wie betaalt, wie bespaart": per payer against the systeemroute, with the pockets named in words. */
export function wrongPocketSection(scenario: Scenario, pocket: WrongPocket, lang: Lang): HTMLElement {
  return h(
    'section',
    { className: 'debrief__compare', 'aria-labelledby': 'compare-heading' },
    h('h3', { id: 'compare-heading' }, td(lang, 'pocket.heading')),
    h('p', { 'data-testid': 'wrong-pocket' }, wrongPocketWords(scenario, pocket, lang)),
    tableScroll('compare-heading', payerTable(scenario, pocket.rows, lang)),
    h('h4', {}, t(lang, 'debrief.basesHeading')),
    payerBases(
      scenario,
      pocket.rows.map((row) => row.payer),
      lang,
    ),
  );
}
