import { choicesOf } from '../../../domain/play/choices.ts';
import type { ResultAggregate, Spread } from '../../../domain/class/result-aggregate.ts';
import type { ResultFileProblem } from '../../../domain/class/result-file.ts';
import { VALUE_KEYS, type Scenario } from '../../../domain/scenario/model.ts';
import type { Lang } from '../../../domain/scenario/text.ts';
import { formatMoney, formatPercent } from '../../../i18n/intl.ts';
import { td } from '../../../i18n/debrief/index.ts';
import { t } from '../../../i18n/index.ts';
import { LANGS, LANGUAGES } from '../../../i18n/languages.ts';
import { tr, type OverviewMessageKey } from '../../../i18n/overzicht/index.ts';
import { inline } from '../../components/paragraphs.ts';
import { h, replaceChildren } from '../../dom.ts';
import { fileDropZone } from './file-drop.ts';
import '../../styles/table-cards.css';

export interface OverviewScenario {
  readonly scenario: Scenario;
  readonly aggregate: ResultAggregate;
}

export interface OverviewProblem {
  readonly file: string;
  readonly problem: ResultFileProblem;
}

/** What the overview shows: the casussen with loaded results, and every file that was skipped and why. */
export interface OverviewState {
  readonly lang: Lang;
  readonly reading: boolean;
  readonly scenarios: readonly OverviewScenario[];
  readonly problems: readonly OverviewProblem[];
}

export interface OverviewActions {
  readonly onFiles: (files: readonly File[]) => void;
  readonly onClear: () => void;
  readonly onLanguage: (lang: Lang) => void;
}

export function problemText(lang: Lang, { file, problem }: OverviewProblem): string {
  const params = { file, casus: 'scenarioId' in problem ? problem.scenarioId : '', version: 'version' in problem ? problem.version : '' };
  return tr(lang, `problem.${problem.reason}` as OverviewMessageKey, params);
}

function spreadTable(
  id: string,
  caption: string,
  rowHeader: string,
  rows: readonly (readonly [string, Spread, (n: number) => string])[],
  lang: Lang,
): HTMLElement {
  return h(
    'div',
    { className: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': id },
    h(
      'table',
      { className: 'overview-table table-cards' },
      h('caption', { id }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, rowHeader),
          h('th', { scope: 'col' }, tr(lang, 'spread.min')),
          h('th', { scope: 'col' }, tr(lang, 'spread.median')),
          h('th', { scope: 'col' }, tr(lang, 'spread.max')),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map(([name, spread, format]) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, name),
            h('td', { 'data-label': tr(lang, 'spread.min') }, format(spread.min)),
            h('td', { 'data-label': tr(lang, 'spread.median') }, format(spread.median)),
            h('td', { 'data-label': tr(lang, 'spread.max') }, format(spread.max)),
          ),
        ),
      ),
    ),
  );
}

function choicesTable(
  prefix: string,
  caption: HTMLElement,
  rows: readonly { label: HTMLElement | string; count: number; share: number }[],
  firstHeader: string,
  lang: Lang,
): HTMLElement {
  const id = `${prefix}-caption`;
  return h(
    'div',
    { className: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': id },
    h(
      'table',
      { className: 'overview-table overview-table--choices table-cards' },
      h('caption', { id }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, firstHeader),
          h('th', { scope: 'col' }, tr(lang, 'moments.count')),
          h('th', { scope: 'col' }, tr(lang, 'moments.share')),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, row.label),
            h('td', { 'data-label': tr(lang, 'moments.count') }, String(row.count)),
            h(
              'td',
              { 'data-label': tr(lang, 'moments.share') },
              h(
                'span',
                {},
                h(
                  'span',
                  { className: 'overview-bar', 'aria-hidden': 'true' },
                  h('span', { style: `width:${Math.round(row.share * 100)}%` }),
                ),
                formatPercent(row.share, lang),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The debrief's own opschalen words, so trainees and trainer read the same sentence. */
function differenceWords(savedCents: number, lang: Lang): string {
  if (savedCents === 0) return td(lang, 'scale.same');
  return td(lang, savedCents > 0 ? 'scale.less' : 'scale.more', { amount: formatMoney(Math.abs(savedCents), lang) });
}

function scenarioSection({ scenario, aggregate }: OverviewScenario, lang: Lang): HTMLElement {
  const id = `casus-${scenario.id}`;
  const money = (n: number) => formatMoney(n, lang);
  const plain = (n: number) => String(n);
  return h(
    'section',
    { className: 'overview-casus', 'aria-labelledby': `${id}-heading`, 'data-casus': scenario.id },
    h('h2', { id: `${id}-heading` }, inline(scenario.title, lang)),
    h(
      'p',
      { className: 'overview-casus__meta' },
      h('strong', { 'data-testid': 'result-count' }, tr(lang, 'casus.count', { n: aggregate.count })),
      ' · ',
      tr(lang, 'casus.systeem', { months: scenario.horizonMonths, amount: money(aggregate.systeemCents) }),
    ),
    h('h3', {}, tr(lang, 'cost.heading')),
    spreadTable(
      `${id}-cost`,
      tr(lang, 'cost.heading'),
      tr(lang, 'values.measure'),
      [[tr(lang, 'cost.row'), aggregate.totalCents, money]],
      lang,
    ),
    h('h3', {}, tr(lang, 'values.heading')),
    spreadTable(
      `${id}-values`,
      tr(lang, 'values.caption'),
      tr(lang, 'values.measure'),
      [
        ...VALUE_KEYS.map((key) => [t(lang, `value.${key}`), aggregate.values[key], plain] as const),
        [tr(lang, 'values.overall'), aggregate.values.overall, plain] as const,
      ],
      lang,
    ),
    h('h3', {}, tr(lang, 'scale.heading')),
    h('p', { className: 'muted' }, tr(lang, 'scale.lead')),
    h(
      'dl',
      { className: 'scale-list' },
      ...aggregate.scaleUp.map((row) =>
        h(
          'div',
          { className: 'scale-list__row' },
          h('dt', {}, td(lang, 'scale.households', { n: row.households })),
          h('dd', {}, differenceWords(row.savedCents, lang)),
        ),
      ),
    ),
    h('p', {}, tr(lang, 'scale.group', { n: aggregate.count, words: differenceWords(aggregate.groupSavedCents, lang) })),
    h('h3', {}, tr(lang, 'moments.heading')),
    h('p', { className: 'muted' }, tr(lang, 'moments.lead')),
    ...aggregate.moments.map((choices, i) => {
      const moment = scenario.moments[choices.momentId]!;
      return choicesTable(
        `${id}-moment-${i}`,
        h('span', {}, inline(moment.title, lang), ` (${tr(lang, 'moments.reached', { n: choices.reached })})`),
        choices.options.map((o) => ({
          label: inline(choicesOf(moment.options).find((x) => x.id === o.optionId)!.label, lang),
          count: o.count,
          share: o.share,
        })),
        tr(lang, 'moments.option'),
        lang,
      );
    }),
    h('h3', {}, tr(lang, 'endings.heading')),
    choicesTable(
      `${id}-endings`,
      h('span', {}, tr(lang, 'endings.heading')),
      aggregate.endings.map((e) => ({
        label: inline(scenario.endings[e.endingId]!.title, lang),
        count: e.count,
        share: e.count / aggregate.count,
      })),
      tr(lang, 'endings.ending'),
      lang,
    ),
  );
}

/** The results class overview page: a file picker and drop zone that stay put, and the results drawn below them. */
export class ResultsOverviewView {
  private readonly status = h('p', { className: 'overview-status', role: 'status' });
  private readonly results = h('div', { className: 'overview-results' });
  private readonly intro = h('div', {});
  private lang: Lang = 'nl';

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: OverviewActions,
  ) {}

  render(state: OverviewState): void {
    const first = this.root.childElementCount === 0;
    if (first || state.lang !== this.lang) {
      this.lang = state.lang;
      document.documentElement.lang = state.lang;
      document.title = tr(state.lang, 'page.title');
      replaceChildren(this.intro, ...this.introContent(state.lang));
      if (first) replaceChildren(this.root, this.intro, this.status, this.results);
    }
    const loaded = state.scenarios.reduce((sum, c) => sum + c.aggregate.count, 0);
    this.status.textContent = state.reading
      ? tr(state.lang, 'status.reading')
      : loaded + state.problems.length === 0
        ? tr(state.lang, 'status.empty')
        : tr(state.lang, 'status.summary', { loaded, skipped: state.problems.length });
    replaceChildren(
      this.results,
      state.problems.length > 0
        ? h(
            'section',
            { className: 'overview-problems', 'aria-labelledby': 'problems-heading' },
            h('h2', { id: 'problems-heading' }, tr(state.lang, 'problems.heading')),
            h('ul', {}, ...state.problems.map((p) => h('li', { 'data-file': p.file }, problemText(state.lang, p)))),
          )
        : null,
      ...state.scenarios.map((c) => scenarioSection(c, state.lang)),
    );
  }

  private introContent(lang: Lang): HTMLElement[] {
    return [
      h(
        'div',
        { className: 'overview-top' },
        h('a', { href: `./?taal=${lang}`, className: 'overview-back' }, `← ${tr(lang, 'page.back')}`),
        ...LANGS.filter((other) => other !== lang).map((other) =>
          h(
            'button',
            { type: 'button', className: 'button button--quiet', lang: other, onclick: () => this.actions.onLanguage(other) },
            LANGUAGES[other].name,
          ),
        ),
      ),
      h('h1', { id: 'overview-heading', tabindex: -1 }, tr(lang, 'page.title')),
      h('p', { className: 'lead' }, tr(lang, 'page.lead')),
      h('p', { className: 'privacy' }, tr(lang, 'page.privacy')),
      fileDropZone(lang, this.actions),
    ];
  }
}
