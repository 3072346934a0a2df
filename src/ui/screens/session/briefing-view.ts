import { pick, type Lang } from '../../../domain/scenario/text.ts';
import type { Scenario } from '../../../domain/scenario/model.ts';
import { inline, isolate, paragraphs } from '../../components/paragraphs.ts';
import { h } from '../../dom.ts';
import { t } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/intl.ts';

export function briefingView(scenario: Scenario, lang: Lang, onBegin: () => void): HTMLElement {
  return h(
    'section',
    { className: 'story-card', 'aria-labelledby': 'story-heading' },
    h('p', { className: 'eyebrow' }, t(lang, 'briefing.heading')),
    h('h2', { id: 'story-heading', 'data-focus-on-show': true }, inline(scenario.title, lang)),
    ...paragraphs(scenario.summary, lang),
    h('h3', {}, t(lang, 'briefing.household')),
    h(
      'ul',
      { className: 'household' },
      ...scenario.household.map((member) =>
        h(
          'li',
          { className: 'household__member' },
          h('bdi', { className: 'household__name' }, member.name),
          h(
            'span',
            { className: 'household__role' },
            `${isolate(pick(member.role, lang))}, ${t(lang, 'briefing.age', { age: member.age })}`,
          ),
          member.note ? h('span', { className: 'household__note' }, inline(member.note, lang)) : null,
        ),
      ),
    ),
    h('p', { className: 'horizon-note' }, t(lang, 'briefing.horizon', { months: scenario.horizonMonths })),
    scenario.peildatum
      ? h('p', { className: 'peildatum-note' }, t(lang, 'briefing.peildatum', { date: formatDate(scenario.peildatum, lang) }))
      : null,
    h(
      'div',
      { className: 'button-row' },
      h('button', { type: 'button', className: 'button button--primary', onclick: onBegin }, t(lang, 'briefing.begin')),
    ),
  );
}
