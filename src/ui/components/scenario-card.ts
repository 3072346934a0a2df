import type { ScenarioSummary } from '../../domain/scenario/scenario-summary.ts';
import { VALUE_KEYS, type Figure, type ValueKey } from '../../domain/scenario/model.ts';
import { pick, type Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { miniTriangle } from './mini-triangle.ts';
import { inline } from './paragraphs.ts';

/** The last finished attempt of a casus in this browser, as its card shows it. */
export interface LastScore {
  readonly overall: number;
  readonly values: Readonly<Record<ValueKey, number>>;
}

const FIGURE_CLASS: Record<Figure, string> = {
  vrouw: 'adult',
  man: 'adult',
  oudere: 'elder',
  jongen: 'child',
  meisje: 'child',
  kind: 'child',
};

/** Who lives there, as a row of initials with name, role and age in text: a sketch a trainee can picture. */
export function householdSketch(scenario: ScenarioSummary, lang: Lang): HTMLElement | null {
  if (scenario.household.length === 0) return null;
  return h(
    'ul',
    { className: 'casus-household', 'aria-label': t(lang, 'title.household') },
    ...scenario.household.map((member) =>
      h(
        'li',
        { className: `casus-household__member casus-household__member--${FIGURE_CLASS[member.figure]}` },
        h('span', { className: 'casus-household__figure', 'aria-hidden': 'true' }, member.name.slice(0, 1).toLocaleUpperCase('nl')),
        h('span', {}, t(lang, 'title.member', { name: member.name, role: pick(member.role, lang), age: member.age })),
      ),
    ),
  );
}

/** "± 15 min" on screen; "Speeltijd ongeveer 15 minuten" for a screen reader. */
export function playingTime(minutes: number | undefined, lang: Lang): HTMLElement | null {
  if (!minutes) return null;
  return h(
    'span',
    { className: 'casus-card__time' },
    h('span', { 'aria-hidden': 'true' }, t(lang, 'title.minutesShort', { minutes })),
    h('span', { className: 'sr-only' }, t(lang, 'title.minutesLong', { minutes })),
  );
}

export function lastScore(score: LastScore | undefined, lang: Lang): HTMLElement | null {
  if (!score) return null;
  const values = VALUE_KEYS.map((key) => `${t(lang, `value.${key}`)} ${score.values[key]}`).join(', ');
  return h(
    'div',
    { className: 'casus-card__score' },
    miniTriangle(score.values, t(lang, 'title.triangleLabel', { values })),
    h(
      'p',
      {},
      t(lang, 'title.lastScore'),
      ' ',
      h('strong', {}, String(score.overall)),
      h('span', { className: 'casus-card__of' }, ' / 100'),
    ),
  );
}

/**
 * A card's parts around its buttons: the title and how long it plays first, so the Start button is on the first
 * screen even on a phone; then the summary, themes, household, source and the last score.
 */
export interface ScenarioCardParts {
  readonly top: readonly (HTMLElement | null)[];
  readonly details: readonly (HTMLElement | null)[];
}

export function scenarioCardParts(
  scenario: ScenarioSummary,
  headingId: string,
  score: LastScore | undefined,
  lang: Lang,
): ScenarioCardParts {
  const themes =
    scenario.themes.length > 0
      ? h(
          'ul',
          { className: 'casus-card__themes', 'aria-label': t(lang, 'title.themes') },
          ...scenario.themes.map((theme) => h('li', {}, inline(theme, lang))),
        )
      : null;
  return {
    top: [
      h('h3', { id: headingId }, inline(scenario.title, lang)),
      h(
        'p',
        { className: 'casus-card__meta' },
        playingTime(scenario.playingMinutes, lang),
        scenario.playingMinutes ? ' · ' : null,
        t(lang, 'title.horizon', { months: scenario.horizonMonths }),
      ),
    ],
    details: [
      h('p', { className: 'casus-card__summary', dir: 'auto' }, inline(scenario.summary, lang)),
      themes,
      householdSketch(scenario, lang),
      h('p', { className: 'casus-card__meta' }, t(lang, 'title.source', { title: scenario.source.title })),
      lastScore(score, lang),
    ],
  };
}
