import type { ReflectionPhaseGroup, Reflection, ShownQuestion } from '../../../../domain/debrief/reflection.ts';
import { pick, type Lang } from '../../../../domain/scenario/text.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { t } from '../../../../i18n/index.ts';
import { h } from '../../../dom.ts';

function question(q: ShownQuestion, lang: Lang): HTMLElement {
  return h(
    'li',
    { className: q.tiedToLowest ? 'reflection-list__lowest' : '' },
    pick(q.question, lang),
    q.value ? h('span', { className: 'muted' }, ` (${t(lang, `value.${q.value}`).toLowerCase()})`) : null,
    q.challengesModel ? h('span', { className: 'reflection-list__tag' }, ` ${td(lang, 'reflection.challengesModel')}`) : null,
    h('span', { className: 'reflection-list__lines', 'aria-hidden': 'true' }),
  );
}

function phaseBlock(group: ReflectionPhaseGroup, lang: Lang, index: number): HTMLElement {
  const id = `reflection-phase-${group.phase ?? 'overig'}`;
  return h(
    'div',
    { className: 'reflection-phase' },
    h('h4', { id }, group.phase ? td(lang, `reflection.phase.${group.phase}`, { n: index + 1 }) : td(lang, 'reflection.phase.other')),
    group.phase ? h('p', { className: 'muted' }, td(lang, `reflection.phaseLead.${group.phase}`)) : null,
    h('ol', { className: 'reflection-list', 'aria-labelledby': id }, ...group.questions.map((q) => question(q, lang))),
  );
}

/**
 * The casus's reflection questions in the four phases of a debriefing (what happened, how it felt, what it means,
 * what you will do), those of the lowest value first within a phase; on paper, each gets room to write.
 */
export function reflectionSection(reflection: Reflection, lang: Lang): HTMLElement | null {
  if (reflection.questions.length === 0) return null;
  return h(
    'section',
    { className: 'debrief__reflection', 'aria-labelledby': 'reflection-heading' },
    h('h3', { id: 'reflection-heading' }, td(lang, 'reflection.heading')),
    h('p', {}, td(lang, 'reflection.lead', { value: t(lang, `value.${reflection.lowest}`).toLowerCase() })),
    ...reflection.phases.map((group, i) => phaseBlock(group, lang, i)),
  );
}
