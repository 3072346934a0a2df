import type { DebriefLesson } from '../../../../domain/debrief/lesson.ts';
import { VALUE_KEYS, type Scenario } from '../../../../domain/scenario/model.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import type { ScoreResult } from '../../../../domain/scoring/score.ts';
import { lessonPocketWords } from '../../../../i18n/debrief-text.ts';
import { td } from '../../../../i18n/debrief/index.ts';
import { formatDate, formatWholeMoney } from '../../../../i18n/intl.ts';
import { t } from '../../../../i18n/index.ts';
import { h } from '../../../dom.ts';
import { ROUTE_COLOURS } from '../../../../palette/chart-palette.ts';

/** Each route keeps its colour of the cost chart; the always-dearest route (not on the first screen) has none there. */
const routeColour = (kind: string): string => (ROUTE_COLOURS as Readonly<Record<string, string>>)[kind] ?? 'var(--ink-soft)';

function balance(score: ScoreResult, lang: Lang): HTMLElement {
  return h(
    'div',
    { className: 'lesson__balance' },
    h(
      'p',
      { className: 'lesson__overall' },
      h('span', {}, t(lang, 'debrief.overall')),
      h('strong', { 'data-testid': 'overall-score' }, String(score.overall)),
    ),
    h(
      'ul',
      { className: 'lesson__values' },
      ...VALUE_KEYS.map((key) =>
        h(
          'li',
          { className: `lesson__value lesson__value--${key}` },
          h('span', {}, t(lang, `value.${key}`)),
          ' ',
          h('strong', {}, String(score.values[key])),
        ),
      ),
    ),
    h('p', { className: 'lesson__motto' }, td(lang, 'lesson.balanceWins')),
  );
}

function money(lesson: DebriefLesson, horizonMonths: number, lang: Lang): HTMLElement {
  const captionId = 'lesson-money-caption';
  return h(
    'figure',
    { className: 'lesson__money', 'aria-labelledby': captionId },
    h('figcaption', { id: captionId }, td(lang, 'lesson.moneyCaption', { months: horizonMonths })),
    h(
      'ul',
      { className: 'lesson-money', 'data-testid': 'lesson-money' },
      ...lesson.rows.map((row) =>
        h(
          'li',
          { className: `lesson-money__row lesson-money__row--${row.kind}`, 'data-route': row.kind },
          h(
            'span',
            { className: 'lesson-money__name' },
            td(lang, `compare.name.${row.kind}`),
            row.kind !== 'yours' && row.isYours
              ? h('span', { className: 'lesson-money__same' }, ` ${td(lang, 'lesson.sameAsYours')}`)
              : null,
          ),
          h('strong', { className: 'lesson-money__amount' }, formatWholeMoney(row.totalCents, lang)),
          h(
            'span',
            { className: 'lesson-money__balance' },
            row.overall === undefined ? td(lang, 'lesson.noBalance') : td(lang, 'lesson.balanceOf', { score: row.overall }),
          ),
          h(
            'span',
            { className: 'lesson-money__bar', 'aria-hidden': 'true' },
            h('span', { style: `inline-size:${(row.share * 100).toFixed(1)}%;background:${routeColour(row.kind)}` }),
          ),
        ),
      ),
    ),
  );
}

/**
 * The debrief's first screen: the balansscore, your route in euros beside the best balanced route and the
 * systeemroute (and the always-cheapest where it differs), and who pays and who saves, in one glance.
 */
export function lessonSection(scenario: Scenario, score: ScoreResult, lesson: DebriefLesson, lang: Lang): HTMLElement {
  return h(
    'section',
    { className: 'lesson', 'aria-labelledby': 'lesson-heading', 'data-testid': 'debrief-lesson' },
    h('h3', { id: 'lesson-heading', className: 'lesson__heading' }, td(lang, 'lesson.heading')),
    balance(score, lang),
    money(lesson, scenario.horizonMonths, lang),
    h('p', { className: 'lesson__pocket', 'data-testid': 'lesson-pocket' }, lessonPocketWords(scenario, lesson.pockets, lang)),
    scenario.peildatum
      ? h(
          'p',
          { className: 'lesson__peildatum peildatum-note' },
          t(lang, 'debrief.peildatum', { date: formatDate(scenario.peildatum, lang) }),
        )
      : null,
  );
}
