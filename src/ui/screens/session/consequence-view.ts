import { pick, type Lang } from '../../../domain/scenario/text.ts';
import { VALUE_KEYS, type Argued } from '../../../domain/scenario/model.ts';
import type { SessionView } from '../../../domain/session/selectors.ts';
import { inline, isolate, paragraphs } from '../../components/paragraphs.ts';
import { h } from '../../dom.ts';
import { t } from '../../../i18n/index.ts';

function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : '0';
}

/** What the audience said to the trainee's argument, before what happens next. */
function verdictBlock(argued: Argued, lang: Lang): HTMLElement {
  return h(
    'div',
    { className: `verdict verdict--${argued.verdict}` },
    h('h3', {}, t(lang, 'argue.response', { audience: isolate(pick(argued.audience, lang)) })),
    h('p', { className: 'verdict__argument' }, t(lang, 'argue.yourArgument', { argument: isolate(pick(argued.argument, lang)) })),
    h('p', { className: 'verdict__badge' }, h('strong', {}, t(lang, `verdict.${argued.verdict}`))),
    ...paragraphs(argued.response, lang),
  );
}

export function consequenceView(view: SessionView, lang: Lang, onContinue: () => void): HTMLElement {
  const option = view.lastStep?.option;
  if (!option) return h('section', {});
  const toDebrief = option.to.kind === 'ending';
  return h(
    'section',
    { className: 'story-card', 'aria-labelledby': 'story-heading' },
    h('p', { className: 'eyebrow' }, t(lang, 'receipt.choice', { label: isolate(pick(option.label, lang)) })),
    h('h2', { id: 'story-heading', 'data-focus-on-show': true }, t(lang, 'consequence.heading')),
    option.argued ? verdictBlock(option.argued, lang) : null,
    view.lastStep && view.lastStep.lines.length === 0 ? h('p', { className: 'no-costs' }, t(lang, 'receipt.noCosts')) : null,
    ...paragraphs(view.lastStep!.consequence, lang),
    h('h3', {}, t(lang, 'consequence.values')),
    h(
      'ul',
      { className: 'effects' },
      ...VALUE_KEYS.map((key) => {
        const effect = option.values[key];
        const direction = effect.delta > 0 ? 'up' : effect.delta < 0 ? 'down' : 'flat';
        return h(
          'li',
          { className: `effect effect--${key} effect--${direction}` },
          h('span', { className: 'effect__name' }, t(lang, `value.${key}`)),
          h('span', { className: 'effect__delta' }, signed(effect.delta)),
          h('span', { className: 'effect__reason' }, inline(effect.reason, lang)),
        );
      }),
    ),
    h(
      'div',
      { className: 'button-row' },
      h(
        'button',
        { type: 'button', className: 'button button--primary', onclick: onContinue },
        t(lang, toDebrief ? 'consequence.toDebrief' : 'consequence.continue'),
      ),
    ),
  );
}
