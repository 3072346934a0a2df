import { choiceIdOf, type Tally } from '../../../../domain/class/class-tally.ts';
import { choicesOf } from '../../../../domain/play/choices.ts';
import type { HouseholdMember, Scenario } from '../../../../domain/scenario/model.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import type { SessionView } from '../../../../domain/session/selectors.ts';
import { t } from '../../../../i18n/index.ts';
import { tk } from '../../../../i18n/klas/index.ts';
import { inline } from '../../../components/paragraphs.ts';
import { h } from '../../../dom.ts';
import { momentStory } from '../moment-view.ts';
import { classDistributionTable } from './class-distribution.ts';
import { tallyForm, type ClassChoice } from './tally-form.ts';

/** Class mode's decision: the moment as players read it, then the room's tally instead of option buttons. */
export function classDecidingView(
  view: SessionView,
  household: readonly HouseholdMember[],
  lang: Lang,
  onChoose: ClassChoice,
): HTMLElement {
  const hidden = view.moment.options.length - view.options.length;
  return h(
    'section',
    { className: 'story-card', 'aria-labelledby': 'story-heading' },
    ...momentStory(view, household, lang),
    tallyForm(choicesOf(view.options), lang, onChoose),
    hidden > 0 ? h('p', { className: 'muted' }, t(lang, 'moment.unavailable')) : null,
  );
}

/** After a class choice: how the room divided over this moment, beside the option the class followed. */
export function classMomentResult(scenario: Scenario, view: SessionView, lang: Lang): HTMLElement | null {
  const last = view.lastStep;
  const tally: Tally | undefined = view.tallies[view.steps.length - 1];
  if (!last) return null;
  const moment = scenario.moments[last.step.momentId];
  if (!moment) return null;
  return h(
    'section',
    { className: 'story-card class-result', 'aria-labelledby': 'class-result-heading' },
    h('h3', { id: 'class-result-heading' }, tk(lang, 'distribution.heading')),
    tally
      ? classDistributionTable(moment, tally, choiceIdOf(last.option), lang, inline(moment.title, lang))
      : h('p', { className: 'muted' }, tk(lang, 'distribution.notCounted')),
  );
}
