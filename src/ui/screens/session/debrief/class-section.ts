import { choiceIdOf, type Tally } from '../../../../domain/class/class-tally.ts';
import { optionOf } from '../../../../domain/play/route.ts';
import type { Step } from '../../../../domain/play/route.ts';
import type { Scenario } from '../../../../domain/scenario/model.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import { tk } from '../../../../i18n/klas/index.ts';
import { inline } from '../../../components/paragraphs.ts';
import { h } from '../../../dom.ts';
import { classDistributionTable } from '../class/class-distribution.ts';
import { tableScroll } from './table-scroll.ts';

/** Class mode's debrief: per decision, how the room divided, beside the option the class followed. Absent without tallies. */
export function classSection(
  scenario: Scenario,
  steps: readonly Step[],
  tallies: readonly (Tally | undefined)[],
  lang: Lang,
): HTMLElement | null {
  if (!tallies.some((tally) => tally !== undefined)) return null;
  return h(
    'section',
    { className: 'debrief__class', 'aria-labelledby': 'class-debrief-heading' },
    h('h3', { id: 'class-debrief-heading' }, tk(lang, 'classDebrief.heading')),
    h('p', { className: 'muted' }, tk(lang, 'classDebrief.lead')),
    ...steps.map((step, i) => {
      const moment = scenario.moments[step.momentId];
      if (!moment) return null;
      const tally = tallies[i];
      const caption = h('span', {}, `${i + 1}. `, inline(moment.title, lang));
      return tally
        ? tableScroll(
            `class-caption-${i}`,
            classDistributionTable(moment, tally, choiceIdOf(optionOf(scenario, step)), lang, caption, `class-caption-${i}`),
          )
        : h('p', {}, caption, ': ', tk(lang, 'distribution.notCounted'));
    }),
  );
}
