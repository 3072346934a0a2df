import { filterScenarios, knownThemes, matchesThemes, themeOptions } from '../../domain/scenario/scenario-filter.ts';
import type { ScenarioSummary } from '../../domain/scenario/scenario-summary.ts';
import type { Lang } from '../../domain/scenario/text.ts';
import { scenarioCardParts, type LastScore } from '../components/scenario-card.ts';
import { renderOwnScenarioPanel, type OwnScenarioProps } from '../components/own-scenario-panel.ts';
import { renderTariffPicker, type TariffPickerProps } from '../components/tariff-picker.ts';
import { renderThemeFilter } from '../components/theme-filter.ts';
import { h } from '../dom.ts';
import { t } from '../../i18n/index.ts';

/** What the title screen offers for a casus with stored progress (position unknown for old saves). */
export type ResumeOffer =
  | { readonly kind: 'none' }
  | { readonly kind: 'resumable'; readonly finished: boolean; readonly decision?: number; readonly month?: number };

export type TitleNotice =
  'corrupt' | 'outdated' | 'newer' | 'setAside' | 'lmsAhead' | 'browserAhead' | 'unavailable' | 'elsewhere' | 'link' | 'lms';

export interface TitleProps {
  readonly lang: Lang;
  readonly scenarios: readonly ScenarioSummary[];
  readonly saves: ReadonlyMap<string, ResumeOffer>;
  readonly notice: TitleNotice | null;
  /** Located diagnostics of casus files with errors (development server only). */
  readonly problems: readonly string[];
  /** The casus being opened (its chunk loading), if any. */
  readonly opening: string | null;
  readonly stage: HTMLElement;
  readonly onOpen: (scenarioId: string, resume: boolean) => void;
  /** "Open een eigen casus": the panel's state and what it reports. */
  readonly own: Omit<OwnScenarioProps, 'lang'>;
  readonly onDismissNotice: () => void;
  /** Per casus, its last finished attempt in this browser. */
  readonly lastScores: ReadonlyMap<string, LastScore>;
  /** The remembered theme filter (Dutch theme texts, lower case); what the player picks is reported. */
  readonly themes: readonly string[];
  readonly onThemes: (themes: readonly string[]) => void;
  /** Which tariff set the kassabon uses. */
  readonly tariffs: Omit<TariffPickerProps, 'lang'>;
  /** "Zo werkt het" in three short steps above the cards, until the player has dismissed it once. */
  readonly intro: { readonly show: boolean; readonly onDismiss: () => void };
  /** What this game sends where, in the player's language (see privacy-line.ts). */
  readonly privacy: string;
}

/** A button whose accessible name is its visible text followed by the casus title ("Start casus Twee zonen"). */
function scenarioButton(
  id: string,
  headingId: string,
  label: string,
  primary: boolean,
  onclick: () => void,
  autofocus = false,
): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      id,
      className: primary ? 'button button--primary' : 'button',
      'aria-labelledby': `${id} ${headingId}`,
      ...(autofocus ? { 'data-autofocus': true } : {}),
      onclick,
    },
    label,
  );
}

function resumeActions(
  scenario: ScenarioSummary,
  save: Extract<ResumeOffer, { kind: 'resumable' }>,
  headingId: string,
  props: TitleProps,
): HTMLElement {
  const { lang } = props;
  const where =
    save.finished || save.decision === undefined
      ? null
      : h(
          'span',
          { className: 'casus-card__where' },
          `${t(lang, 'session.decision', { n: save.decision })} · ${t(lang, 'session.month', { month: save.month ?? 0 })}`,
        );
  return h(
    'div',
    { className: 'casus-card__resume', role: 'group', 'aria-labelledby': `${headingId}-resume` },
    h('p', { id: `${headingId}-resume` }, t(lang, save.finished ? 'title.finishedQuestion' : 'title.resumeQuestion'), where),
    h(
      'div',
      { className: 'button-row' },
      scenarioButton(
        `resume-${scenario.id}`,
        headingId,
        t(lang, save.finished ? 'title.review' : 'title.resume'),
        true,
        () => props.onOpen(scenario.id, true),
        true,
      ),
      scenarioButton(`restart-${scenario.id}`, headingId, t(lang, save.finished ? 'title.playAgain' : 'title.restart'), false, () =>
        props.onOpen(scenario.id, false),
      ),
    ),
  );
}

function scenarioCard(scenario: ScenarioSummary, save: ResumeOffer | undefined, props: TitleProps): HTMLElement {
  const { lang } = props;
  const headingId = `casus-${scenario.id}`;
  const busy = props.opening === scenario.id;
  const actions =
    save?.kind === 'resumable'
      ? resumeActions(scenario, save, headingId, props)
      : scenarioButton(`start-${scenario.id}`, headingId, t(lang, 'title.start'), true, () => props.onOpen(scenario.id, false));
  const parts = scenarioCardParts(scenario, headingId, props.lastScores.get(scenario.id), lang);
  return h(
    'li',
    { 'data-casus-item': scenario.id },
    h(
      'article',
      { className: 'casus-card', 'aria-labelledby': headingId, 'aria-busy': busy ? 'true' : 'false', 'data-casus': scenario.id },
      ...parts.top,
      h('div', { className: 'casus-card__actions' }, actions),
      ...parts.details,
      busy ? h('p', { className: 'casus-card__opening', role: 'status' }, t(lang, 'title.opening')) : null,
    ),
  );
}

const NOTICE_KEYS = {
  corrupt: 'notice.corrupt',
  outdated: 'notice.outdated',
  newer: 'notice.newer',
  setAside: 'notice.setAside',
  lmsAhead: 'notice.lmsAhead',
  browserAhead: 'notice.browserAhead',
  unavailable: 'notice.unavailable',
  elsewhere: 'notice.elsewhere',
  link: 'notice.link',
  lms: 'notice.lms',
} as const;

function notice(props: TitleProps): HTMLElement | null {
  if (!props.notice) return null;
  return h(
    'div',
    { className: 'notice', role: 'alert' },
    h('p', {}, t(props.lang, NOTICE_KEYS[props.notice])),
    h('button', { type: 'button', className: 'button', onclick: props.onDismissNotice }, t(props.lang, 'notice.dismiss')),
  );
}

/** Development server only: casus files with errors are left out of the list; say which and why. */
function problems(props: TitleProps): HTMLElement | null {
  if (props.problems.length === 0) return null;
  return h(
    'section',
    { className: 'notice notice--problems', 'aria-labelledby': 'problems-heading' },
    h('h2', { id: 'problems-heading' }, t(props.lang, 'title.problemsHeading')),
    h('p', {}, t(props.lang, 'title.problemsLead')),
    h('pre', { className: 'problems', tabIndex: 0 }, props.problems.join('\n')),
  );
}

/** A quiet link to the full "Zo werkt het" further down, once the short version has been dismissed. */
function howLink(lang: Lang): HTMLElement {
  return h('a', { className: 'how-link', href: '#how-heading' }, t(lang, 'title.howLink'));
}

/** A first visit: "Zo werkt het" in three short steps above the cards; dismissed once, remembered. */
function intro(props: TitleProps, onDismissed: () => void): HTMLElement {
  const { lang } = props;
  return h(
    'section',
    { className: 'intro', 'aria-label': t(lang, 'title.introLabel') },
    h('h3', { className: 'intro__heading' }, t(lang, 'title.howHeading')),
    h(
      'ol',
      { className: 'intro__steps' },
      h('li', {}, t(lang, 'title.intro1')),
      h('li', {}, t(lang, 'title.intro2')),
      h('li', {}, t(lang, 'title.intro3')),
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'button button--quiet intro__dismiss',
        'aria-label': t(lang, 'title.introDismissLong'),
        onclick: () => {
          props.intro.onDismiss();
          onDismissed();
        },
      },
      t(lang, 'title.introDismiss'),
    ),
  );
}

/** The casus cards under a compact theme filter that hides the others in place (focus stays where it is). */
function scenarioSection(props: TitleProps): HTMLElement {
  const { lang, scenarios } = props;
  const options = themeOptions(scenarios);
  const selected = knownThemes(props.themes, options);
  const items = scenarios.map((c) => {
    const item = scenarioCard(c, props.saves.get(c.id), props);
    item.hidden = !matchesThemes(c, selected);
    return item;
  });
  const filter = renderThemeFilter({
    lang,
    options,
    selected,
    total: scenarios.length,
    countFor: (themes) => filterScenarios(scenarios, themes).length,
    onChange: (themes) => {
      scenarios.forEach((c, i) => {
        const item = items[i];
        if (item) item.hidden = !matchesThemes(c, themes);
      });
      props.onThemes(themes);
    },
  });
  const heading = h('h2', { id: 'casus-heading' }, t(lang, 'title.casusHeading'));
  const head = h('div', { className: 'casus-head' }, heading, props.intro.show ? null : howLink(lang));
  const shortIntro = props.intro.show
    ? intro(props, () => {
        shortIntro?.remove();
        head.append(howLink(lang));
        // The dismiss button is gone: a keyboard user lands on the list's heading, just above where they were.
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      })
    : null;
  return h(
    'section',
    { className: 'casus-section', 'aria-labelledby': 'casus-heading' },
    head,
    shortIntro,
    filter,
    h('ul', { className: 'casus-list' }, ...items),
  );
}

export function renderTitleScreen(props: TitleProps): HTMLElement {
  const { lang } = props;
  const stageSlot = h('div', { className: 'stage-slot stage-slot--hero' });
  stageSlot.append(props.stage);
  // The casussen come first: on a phone the illustration follows the list (see main.css, .title-screen).
  return h(
    'div',
    { className: 'screen title-screen' },
    h(
      'section',
      { className: 'title-hero', 'aria-labelledby': 'title-heading' },
      h('h1', { id: 'title-heading', 'data-focus-on-show': true }, t(lang, 'app.title')),
      h('p', { className: 'lead' }, t(lang, 'app.tagline')),
    ),
    stageSlot,
    h(
      'div',
      { className: 'title-side' },
      notice(props),
      problems(props),
      scenarioSection(props),
      renderTariffPicker({ lang, ...props.tariffs }),
      renderOwnScenarioPanel({ lang, ...props.own }),
      h(
        'section',
        { className: 'how', 'aria-labelledby': 'how-heading' },
        h('h2', { id: 'how-heading', tabIndex: -1 }, t(lang, 'title.howHeading')),
        h('ol', {}, h('li', {}, t(lang, 'title.how1')), h('li', {}, t(lang, 'title.how2')), h('li', {}, t(lang, 'title.how3'))),
      ),
      h('p', { className: 'privacy' }, props.privacy),
    ),
  );
}
