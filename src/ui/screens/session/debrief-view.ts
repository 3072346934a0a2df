import { totalCents, type ReceiptLine } from '../../../domain/costs/receipt.ts';
import { systeemrouteLines } from '../../../domain/costs/systeemroute.ts';
import { reflectionFor } from '../../../domain/debrief/reflection.ts';
import { compareRoutes } from '../../../domain/debrief/route-comparison.ts';
import { costTimeline } from '../../../domain/debrief/route-timeline.ts';
import { scaleUp } from '../../../domain/debrief/scale-up.ts';
import { wrongPocket } from '../../../domain/debrief/wrong-pocket.ts';
import { whatIf } from '../../../domain/debrief/what-if.ts';
import type { Attempt } from '../../../domain/debrief/attempts.ts';
import { pick, type Lang } from '../../../domain/scenario/text.ts';
import { VALUE_KEYS, type Scenario } from '../../../domain/scenario/model.ts';
import type { Step } from '../../../domain/play/route.ts';
import { systeemrouteScore } from '../../../domain/scoring/score.ts';
import type { SessionView } from '../../../domain/session/selectors.ts';
import { inline, paragraphs } from '../../components/paragraphs.ts';
import { optionText } from '../../components/option-text.ts';
import { receiptLineItem, receiptTotal, referenceTotals, tariffSetLine } from '../../components/receipt.ts';
import { h } from '../../dom.ts';
import { t } from '../../../i18n/index.ts';
import { attemptsSection } from './debrief/attempts-section.ts';
import { classSection } from './debrief/class-section.ts';
import { costChartSection } from './debrief/cost-chart-section.ts';
import { whatIfSection } from './debrief/what-if-section.ts';
import { keepSection } from './debrief/download-result.ts';
import { reflectionSection } from './debrief/reflection-section.ts';
import { routeComparisonSection } from './debrief/route-comparison-section.ts';
import { scaleUpSection } from './debrief/scale-up-section.ts';
import { wrongPocketSection } from './debrief/wrong-pocket-section.ts';
import { collapsible, rememberSectionsOf, toggleAll, type DebriefRoute } from './debrief/disclosure.ts';
import { lessonSection } from './debrief/lesson-section.ts';
import { debriefLesson } from '../../../domain/debrief/lesson.ts';
import { td } from '../../../i18n/debrief/index.ts';
import './debrief/debrief.css';

export interface DebriefActions {
  readonly onPlayAgain: () => void;
  readonly onBack: () => void;
  /** Play again from decision n (1-based) of this route. */
  readonly onBranch: (decision: number) => void;
  /** This casus's finished attempts in this browser, oldest first. */
  readonly attempts: readonly Attempt[];
  /** Played from the werkplaats: back to it. */
  readonly onWerkplaats?: () => void;
}

function receiptSection(
  id: string,
  heading: string,
  scenario: Scenario,
  lines: readonly ReceiptLine[],
  lang: Lang,
  intro?: string,
): HTMLElement {
  return h(
    'section',
    { className: 'receipt receipt--full', role: 'region', 'aria-labelledby': id },
    h('h4', { id }, heading),
    intro ? h('p', { className: 'receipt__intro' }, intro) : null,
    h('ul', { className: 'receipt__lines' }, ...lines.map((line) => receiptLineItem(scenario, line, lang))),
    receiptTotal(t(lang, 'receipt.total', { months: scenario.horizonMonths }), totalCents(lines), lang),
    tariffSetLine(scenario, lang),
    referenceTotals(scenario, lang),
  );
}

function scores(view: SessionView, lang: Lang): HTMLElement {
  const { score } = view;
  return h(
    'section',
    { className: 'scores debrief__scores', 'aria-labelledby': 'triangle-heading' },
    h('h3', { id: 'triangle-heading' }, t(lang, 'debrief.triangle')),
    h(
      'ul',
      { className: 'score-list' },
      ...VALUE_KEYS.map((key) =>
        h(
          'li',
          { className: `score score--${key}`, 'data-value': key },
          h('span', { className: 'score__name' }, t(lang, `value.${key}`)),
          h('strong', { className: 'score__number' }, String(score.values[key])),
          h('span', { className: 'sr-only' }, ` / 100`),
          h('span', { className: 'score__bar', 'aria-hidden': 'true' }, h('span', { style: `width:${score.values[key]}%` })),
          h('span', { className: 'score__help' }, t(lang, `value.${key}.help`)),
        ),
      ),
    ),
    h(
      'p',
      { className: 'overall' },
      h('span', { className: 'overall__label' }, t(lang, 'debrief.overall')),
      h('strong', { className: 'overall__number' }, String(score.overall)),
    ),
    h('p', { className: 'muted' }, t(lang, 'debrief.overallExplain', { mean: score.mean, spread: score.spread })),
    h(
      'p',
      { className: 'muted' },
      t(lang, 'debrief.costFactor', { factor: score.costFactor > 0 ? `+${score.costFactor}` : String(score.costFactor) }),
    ),
    h(
      'p',
      { className: 'muted', 'data-testid': 'triangle-reference' },
      t(lang, 'debrief.referenceExplain', systeemrouteScore(score.systeemCents).values),
    ),
  );
}

function choicesList(scenario: Scenario, steps: readonly Step[], lang: Lang): HTMLElement {
  return h(
    'section',
    { className: 'debrief__choices', 'aria-labelledby': 'choices-heading' },
    h('h3', { id: 'choices-heading' }, t(lang, 'debrief.choices')),
    h(
      'ol',
      {},
      ...steps.map((step) => {
        const moment = scenario.moments[step.momentId];
        const option = moment?.options.find((o) => o.id === step.optionId);
        return h(
          'li',
          {},
          moment ? h('span', { className: 'muted' }, inline(moment.title, lang), ': ') : null,
          option ? optionText(option, lang) : step.optionId,
        );
      }),
    ),
  );
}

function receiptsSection(scenario: Scenario, view: SessionView, lang: Lang): HTMLElement {
  return h(
    'section',
    { className: 'debrief__receipts-section', 'aria-labelledby': 'receipts-heading' },
    h('h3', { id: 'receipts-heading' }, td(lang, 'receipts.heading')),
    h(
      'div',
      { className: 'debrief__receipts' },
      receiptSection(
        'route-receipt-heading',
        `${t(lang, 'receipt.heading')}: ${t(lang, 'debrief.routeHeading').toLowerCase()}`,
        scenario,
        view.lines,
        lang,
      ),
      receiptSection(
        'systeem-receipt-heading',
        `${t(lang, 'receipt.heading')}: ${t(lang, 'debrief.systeemHeading').toLowerCase()}`,
        scenario,
        systeemrouteLines(scenario),
        lang,
        pick(scenario.systeemroute.text, lang),
      ),
    ),
  );
}

const debriefRoute = (scenario: Scenario, steps: readonly Step[]): DebriefRoute => ({
  scenarioId: scenario.id,
  route: steps.map((step) => [step.momentId, step.optionId] as const),
});

/**
 * The debrief (loaded in its own chunk when the session reaches it). Its first screen holds the lesson: the
 * ending, the balansscore and the money beside the triangle; the rest (triangle detail, routes, cost over time,
 * pockets, opschalen, choices, class, wat als, attempts, reflection, downloads, receipts) follows as sections
 * the player opens.
 */
export function debriefView(scenario: Scenario, view: SessionView, lang: Lang, stage: HTMLElement, actions: DebriefActions): HTMLElement {
  const routes = compareRoutes(scenario, view.steps, view.ending?.id);
  const best = routes.find((route) => route.kind === 'best');
  const pocket = wrongPocket(scenario, view.steps);
  const stageSlot = h('div', { className: 'stage-slot stage-slot--triangle' });
  stageSlot.append(stage);
  rememberSectionsOf(debriefRoute(scenario, view.steps));
  const present = (section: HTMLElement | null): section is HTMLElement => section !== null;
  const sections = [
    collapsible(scores(view, lang)),
    collapsible(routeComparisonSection(routes, scenario.horizonMonths, lang)),
    collapsible(costChartSection(scenario, costTimeline(scenario, view.steps, best?.steps), lang)),
    collapsible(wrongPocketSection(scenario, pocket, lang)),
    collapsible(scaleUpSection(scaleUp(view.score.routeCents, view.score.systeemCents), lang)),
    collapsible(choicesList(scenario, view.steps, lang)),
    // In class mode the class beside the route is what the room discusses: open from the start.
    ...[classSection(scenario, view.steps, view.tallies, lang)].filter(present).map((section) => collapsible(section, true)),
    collapsible(whatIfSection(scenario, whatIf(scenario, view.steps), lang, actions.onBranch)),
    collapsible(attemptsSection(scenario, actions.attempts, lang)),
    ...[reflectionSection(reflectionFor(scenario, view.score.values), lang)].filter(present).map((section) => collapsible(section)),
    collapsible(keepSection(scenario, view.steps, view.ending?.id ?? '', lang)),
    collapsible(receiptsSection(scenario, view, lang)),
  ];
  return h(
    'section',
    { className: 'debrief', 'aria-labelledby': 'story-heading' },
    // The ending's name, then the lesson, then how the story ends: on a phone the money is on the first screen.
    h(
      'div',
      { className: 'debrief__top' },
      h(
        'div',
        { className: 'debrief__ending' },
        h('p', { className: 'eyebrow' }, t(lang, 'debrief.heading')),
        h(
          'h2',
          { id: 'story-heading', 'data-focus-on-show': true },
          view.ending ? inline(view.ending.title, lang) : t(lang, 'debrief.ending'),
        ),
      ),
      lessonSection(scenario, view.score, debriefLesson(routes, pocket), lang),
      view.endingText ? h('div', { className: 'debrief__story' }, ...paragraphs(view.endingText, lang, 'lead')) : null,
      stageSlot,
    ),
    h(
      'div',
      { className: 'debrief__sections' },
      h(
        'div',
        { className: 'debrief-sections__bar no-print' },
        h('p', { className: 'muted' }, td(lang, 'sections.lead')),
        toggleAll(sections, { open: td(lang, 'sections.openAll'), close: td(lang, 'sections.closeAll') }),
      ),
      ...sections.map((d) => d.section),
    ),
    h(
      'div',
      { className: 'button-row no-print' },
      h('button', { type: 'button', className: 'button button--primary', onclick: actions.onPlayAgain }, t(lang, 'debrief.playAgain')),
      h('button', { type: 'button', className: 'button', onclick: actions.onBack }, t(lang, 'session.back')),
      actions.onWerkplaats
        ? h('button', { type: 'button', className: 'button', onclick: actions.onWerkplaats }, t(lang, 'session.werkplaats'))
        : null,
    ),
  );
}
