import type { Reflection } from '../../../../domain/debrief/reflection.ts';
import { pick, type Lang } from '../../../../domain/scenario/text.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { t } from '../../../../i18n/index.ts';
import { h } from '../../../dom.ts';

/** The casus's reflection questions, those of the lowest value first; on paper, each gets room to write. */
export function reflectionSection(reflection: Reflection, lang: Lang): HTMLElement | null {
  if (reflection.questions.length === 0) return null;
  return h('section', { className: 'debrief__reflection', 'aria-labelledby': 'reflection-heading' },
    h('h3', { id: 'reflection-heading' }, td(lang, 'reflection.heading')),
    h('p', {}, td(lang, 'reflection.lead', { value: t(lang, `value.${reflection.lowest}`).toLowerCase() })),
    h('ol', { className: 'reflection-list' }, ...reflection.questions.map((q) =>
      h('li', { className: q.tiedToLowest ? 'reflection-list__lowest' : '' },
        pick(q.question, lang),
        q.value ? h('span', { className: 'muted' }, ` (${t(lang, `value.${q.value}`).toLowerCase()})`) : null,
        h('span', { className: 'reflection-list__lines', 'aria-hidden': 'true' })))));
}
