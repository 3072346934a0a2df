import { pick, type Lang } from '../../../domain/scenario/text.ts';
import type { HouseholdMember, Setting } from '../../../domain/scenario/model.ts';
import type { SessionView } from '../../../domain/session/selectors.ts';
import { choicesOf, type Choice } from '../../../domain/play/choices.ts';
import type { ClosedChoice, ClosedReason } from '../../../domain/play/closed-options.ts';
import { inline, isolate, paragraphs } from '../../components/paragraphs.ts';
import { h } from '../../dom.ts';
import { t } from '../../../i18n/index.ts';

/** Where the player is: "Beslismoment 3 van ongeveer 5 · maand 6". */
export function progressLine(view: SessionView, lang: Lang): string {
  const { total, exact } = view.expectedDecisions;
  const of = t(lang, exact ? 'session.decisionOf' : 'session.decisionOfAbout', {
    n: view.decisionNumber,
    total: Math.max(total, view.decisionNumber),
  });
  return `${of} · ${t(lang, 'session.month', { month: view.moment.month })}`;
}

function eyebrow(view: SessionView, lang: Lang): HTMLElement {
  return h('p', { className: 'eyebrow' }, progressLine(view, lang));
}

/** The household in words, with their ages at this moment: the text equivalent of the illustration above. */
function householdLine(
  household: readonly HouseholdMember[],
  ages: Readonly<Record<string, number>>,
  setting: Setting,
  lang: Lang,
): HTMLElement {
  return h(
    'p',
    { className: 'household-line' },
    h('span', { className: 'household-line__label' }, `${t(lang, 'briefing.household')}: `),
    ...household.flatMap((m, i) => [i > 0 ? ' · ' : '', h('bdi', {}, m.name), ` (${isolate(pick(m.role, lang))}, ${ages[m.id] ?? m.age})`]),
    // Where they are now, when the stage draws somewhere other than home: the picture's words.
    setting !== 'thuis' ? ` · ${t(lang, `setting.${setting}`)}` : '',
  );
}

/** The moment as the player reads it: where, what happens, what is at stake. */
export function momentStory(view: SessionView, household: readonly HouseholdMember[], lang: Lang): (HTMLElement | null)[] {
  const { texts } = view;
  return [
    eyebrow(view, lang),
    h('h2', { id: 'story-heading', 'data-focus-on-show': true }, inline(texts.title, lang)),
    householdLine(household, view.ages, view.setting, lang),
    ...paragraphs(texts.text, lang),
    texts.stakes ? h('div', { className: 'stakes' }, h('h3', {}, t(lang, 'moment.stakes')), ...paragraphs(texts.stakes, lang)) : null,
  ];
}

export function decidingView(
  view: SessionView,
  household: readonly HouseholdMember[],
  lang: Lang,
  onChoose: (optionId: string) => void,
  onArgue: (choiceId: string) => void,
): HTMLElement {
  const open = choicesOf(view.options);
  const hidden = choicesOf(view.moment.options).length - open.length - view.closed.length;
  return h(
    'section',
    { className: 'story-card', 'aria-labelledby': 'story-heading' },
    ...momentStory(view, household, lang),
    h('h3', { id: 'options-heading' }, t(lang, 'moment.options')),
    h('p', { id: 'options-commit', className: 'options-commit' }, t(lang, 'moment.commits')),
    h(
      'ul',
      { className: 'options', 'aria-labelledby': 'options-heading' },
      ...open.map((choice) => h('li', {}, choiceButton(choice, lang, onChoose, onArgue))),
      ...view.closed.map((closed) => h('li', {}, closedButton(closed, lang))),
    ),
    hidden > 0 ? h('p', { className: 'muted' }, t(lang, 'moment.unavailable')) : null,
  );
}

/** The line under a closed choice: the author's reason, or the earlier choice that closed it. */
export function closedReasonText(reason: ClosedReason, lang: Lang): string {
  switch (reason.kind) {
    case 'authored':
      return pick(reason.text, lang);
    case 'earlier':
      return t(lang, 'moment.closedEarlier', { label: isolate(pick(reason.label, lang)) });
    case 'not-yet':
      return t(lang, 'moment.closedNotYet');
  }
}

/** A choice the route has closed: visible and named, but disabled, with why beside it. */
function closedButton(closed: ClosedChoice, lang: Lang): HTMLElement {
  const reasonId = `closed-reason-${closed.id}`;
  return h(
    'button',
    { type: 'button', className: 'option option--closed', disabled: true, 'data-option': closed.id, 'aria-describedby': reasonId },
    inline(closed.label, lang),
    h('span', { id: reasonId, className: 'option__reason' }, closedReasonText(closed.reason, lang)),
  );
}

function choiceButton(choice: Choice, lang: Lang, onChoose: (optionId: string) => void, onArgue: (choiceId: string) => void): HTMLElement {
  if (!choice.argue) {
    return h(
      'button',
      {
        type: 'button',
        className: 'option',
        'data-option': choice.id,
        'aria-describedby': 'options-commit',
        onclick: () => onChoose(choice.id),
      },
      inline(choice.label, lang),
    );
  }
  const tagId = `argue-tag-${choice.id}`;
  return h(
    'button',
    {
      type: 'button',
      className: 'option option--argued',
      'data-option': choice.id,
      'aria-describedby': tagId,
      onclick: () => onArgue(choice.id),
    },
    inline(choice.label, lang),
    h('span', { id: tagId, className: 'option__tag' }, t(lang, 'argue.tag', { audience: isolate(pick(choice.argue.audience, lang)) })),
  );
}

/** The second step of an argued choice: the audience's question and the arguments to pick from. */
export function argueView(
  view: SessionView,
  choice: Choice,
  lang: Lang,
  onChoose: (optionId: string) => void,
  onBack: () => void,
): HTMLElement {
  const argue = choice.argue!;
  return h(
    'section',
    { className: 'story-card', 'aria-labelledby': 'story-heading' },
    eyebrow(view, lang),
    h('h2', { id: 'story-heading', 'data-focus-on-show': true }, t(lang, 'argue.heading')),
    h('p', {}, t(lang, 'argue.choice', { label: isolate(pick(choice.label, lang)) })),
    h(
      'blockquote',
      { className: 'argue-question' },
      h('p', { className: 'argue-question__who' }, t(lang, 'argue.asks', { audience: isolate(pick(argue.audience, lang)) })),
      ...paragraphs(argue.question, lang),
    ),
    h('h3', { id: 'arguments-heading' }, t(lang, 'argue.pick')),
    h('p', { id: 'arguments-commit', className: 'options-commit' }, t(lang, 'argue.commits')),
    h(
      'ul',
      { className: 'options', 'aria-labelledby': 'arguments-heading' },
      ...choice.options.map((option) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'option',
              'data-argument': option.argued?.argumentId ?? option.id,
              'aria-describedby': 'arguments-commit',
              onclick: () => onChoose(option.id),
            },
            option.argued ? inline(option.argued.argument, lang) : inline(option.label, lang),
          ),
        ),
      ),
    ),
    h(
      'div',
      { className: 'button-row' },
      h('button', { type: 'button', className: 'button button--quiet', onclick: onBack }, `← ${t(lang, 'argue.back')}`),
    ),
  );
}

export function revealingView(view: SessionView, lang: Lang, onSkip: () => void): HTMLElement {
  const label = view.lastStep ? isolate(pick(view.lastStep.option.label, lang)) : '';
  return h(
    'section',
    { className: 'story-card', 'aria-labelledby': 'story-heading' },
    eyebrow(view, lang),
    h('h2', { id: 'story-heading', 'data-focus-on-show': true }, t(lang, 'receipt.choice', { label })),
    h('p', { className: 'printing', role: 'status' }, t(lang, 'receipt.printing')),
    h('div', { className: 'button-row' }, h('button', { type: 'button', className: 'button', onclick: onSkip }, t(lang, 'receipt.skip'))),
  );
}
