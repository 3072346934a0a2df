import type { Scenario } from '../../../domain/scenario/model.ts';
import type { Step } from '../../../domain/play/route.ts';
import { pick, type Lang } from '../../../domain/scenario/text.ts';
import { t } from '../../../i18n/index.ts';
import { optionLabel } from '../../components/option-text.ts';
import { h } from '../../dom.ts';

/** Each filled-in choice as "moment: choice", in the order taken. */
export function prefilledChoices(scenario: Scenario, steps: readonly Step[], lang: Lang): string[] {
  return steps.map((step) => {
    const moment = scenario.moments[step.momentId];
    const option = moment?.options.find((o) => o.id === step.optionId);
    return t(lang, 'session.prefilledStep', {
      moment: moment ? pick(moment.title, lang) : step.momentId,
      choice: option ? optionLabel(option, lang) : step.optionId,
    });
  });
}

/** The route so far is exactly the one the werkplaats filled in (not a later or another one). */
export const standsAtPrefilled = (steps: readonly Step[], prefilled: readonly Step[]): boolean =>
  prefilled.length > 0 &&
  steps.length === prefilled.length &&
  steps.every((s, i) => s.momentId === prefilled[i]!.momentId && s.optionId === prefilled[i]!.optionId);

/** "Speel vanaf hier": says, under the moment's heading, which choices were made for the player to get there. */
export function prefilledNote(scenario: Scenario, steps: readonly Step[], lang: Lang): HTMLElement {
  return h(
    'div',
    { className: 'session-prefilled' },
    h('p', {}, t(lang, 'session.prefilled')),
    h('ol', {}, ...prefilledChoices(scenario, steps, lang).map((line) => h('li', { dir: 'auto' }, line))),
  );
}
