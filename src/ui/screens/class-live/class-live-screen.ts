import { percentage, traineesAt, type ChoiceDistribution } from '../../../domain/class/choice-distribution.ts';
import { choicesOf } from '../../../domain/play/choices.ts';
import type { Moment, Scenario } from '../../../domain/scenario/model.ts';
import { pick, type Lang } from '../../../domain/scenario/text.ts';
import { t } from '../../../i18n/index.ts';
import { h, replaceChildren } from '../../dom.ts';
import '../../styles/table-cards.css';

export interface ClassLiveScenario {
  readonly id: string;
  readonly title: string;
}

/** What the page around the numbers shows; drawn again only when one of these changes. */
export interface ClassLiveShellProps {
  readonly lang: Lang;
  /** No LRS configured: the page explains how to set one, and shows nothing else. */
  readonly configured: boolean;
  /** Not configured because the link named another LRS than the config file without its own key. */
  readonly refused: boolean;
  readonly classCode: string;
  readonly scenarios: readonly ClassLiveScenario[];
  readonly scenarioId: string | null;
  readonly onLanguage: (lang: Lang) => void;
  readonly onClassCode: (code: string) => void;
  readonly onScenario: (scenarioId: string) => void;
  readonly onPause: () => void;
}

/** What each poll changes: the time, the pause state, the counts and the distribution per moment. */
export interface ClassLiveDataProps {
  readonly lang: Lang;
  readonly paused: boolean;
  readonly updatedAt: Date | null;
  /** The last read failed: the key was refused (401/403), or anything else. */
  readonly failed: false | 'key' | 'read';
  /** No class code yet: nothing is read until the trainer gives one. */
  readonly needsCode: boolean;
  readonly scenario: Scenario | null;
  readonly started: number;
  readonly completed: number;
  /** Pseudonyms with choices or a finish but no start: not in the numbers, said apart. */
  readonly withoutStart: number;
  /** Statements skipped because a field could not be read. */
  readonly unreadable: number;
  readonly distribution: ChoiceDistribution;
}

const LANGUAGES = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
] as const;

const time = (lang: Lang, date: Date) =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);

/** Moments in the order a trainee meets them: by month, then as the casus lists them. */
function momentsInOrder(scenario: Scenario): Moment[] {
  return Object.values(scenario.moments)
    .map((moment, index) => ({ moment, index }))
    .sort((a, b) => a.moment.month - b.moment.month || a.index - b.index)
    .map(({ moment }) => moment);
}

function momentSection(lang: Lang, moment: Moment, distribution: ChoiceDistribution): HTMLElement {
  const counts = distribution.get(moment.id);
  const total = traineesAt(distribution, moment.id);
  const headingId = `moment-${moment.id}`;
  return h(
    'section',
    { className: 'class-live__moment', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, pick(moment.title, lang)),
    h('p', { className: 'class-live__reached' }, t(lang, 'classLive.reached', { count: total })),
    h(
      'table',
      { className: 'class-live__table table-cards' },
      h('caption', { className: 'sr-only' }, t(lang, 'classLive.caption', { moment: pick(moment.title, lang) })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t(lang, 'classLive.option')),
          h('th', { scope: 'col' }, t(lang, 'classLive.count')),
          h('th', { scope: 'col' }, t(lang, 'classLive.share')),
        ),
      ),
      h(
        'tbody',
        {},
        ...choicesOf(moment.options).map((choice) => {
          const count = choice.options.reduce((sum, option) => sum + (counts?.get(option.id) ?? 0), 0);
          const share = percentage(count, total);
          // An argued choice: how many gave each argument, under the choice itself.
          const byArgument = choice.argue
            ? choice.options
                .map((option) => `${option.argued ? pick(option.argued.argument, lang) : ''}: ${counts?.get(option.id) ?? 0}`)
                .join(' · ')
            : null;
          return h(
            'tr',
            { 'data-option': choice.id },
            h(
              'th',
              { scope: 'row' },
              pick(choice.label, lang),
              byArgument ? h('span', { className: 'class-live__arguments' }, `${t(lang, 'classLive.arguments')} ${byArgument}`) : null,
            ),
            h('td', { 'data-label': t(lang, 'classLive.count') }, String(count)),
            h(
              'td',
              { 'data-label': t(lang, 'classLive.share') },
              h(
                'span',
                {},
                h(
                  'span',
                  { className: 'class-live__bar', 'aria-hidden': 'true' },
                  h('span', { className: 'class-live__fill', style: `width: ${share}%` }),
                ),
                `${share}%`,
              ),
            ),
          );
        }),
      ),
    ),
  );
}

/**
 * The live class overview for a trainer: the class code and casus, a pause button and the time of the last
 * update, then per moment how many trainees chose each option. Plain tables carry every number; the bars are
 * decoration. Nothing here announces itself every few seconds: the time is read when the trainer looks for it.
 */
export class ClassLiveScreen {
  private shellKey = '';
  private pauseButton: HTMLButtonElement | null = null;
  private results: HTMLElement | null = null;
  private codeInput: HTMLInputElement | null = null;
  private shownCode = '';

  constructor(
    private readonly container: HTMLElement,
    private readonly controls: HTMLElement,
  ) {}

  renderShell(props: ClassLiveShellProps): void {
    // A new class code only changes the field (when it differs): the form stays, and so does the keyboard focus.
    if (props.classCode !== this.shownCode && this.codeInput) this.codeInput.value = props.classCode;
    this.shownCode = props.classCode;
    const key = JSON.stringify([props.lang, props.configured, props.refused, props.scenarioId, props.scenarios]);
    if (key === this.shellKey) return;
    this.shellKey = key;
    const { lang } = props;
    document.documentElement.lang = lang;
    document.title = `${t(lang, 'classLive.title')} · ${t(lang, 'app.title')}`;
    const skip = document.querySelector('.skip-link');
    if (skip) skip.textContent = t(lang, 'app.skipToContent');
    const focusedLang = this.controls.contains(document.activeElement) ? document.activeElement?.getAttribute('lang') : null;
    replaceChildren(
      this.controls,
      h(
        'div',
        { className: 'segmented', role: 'group', 'aria-label': t(lang, 'settings.language') },
        ...LANGUAGES.map(({ code, name }) =>
          h(
            'button',
            { type: 'button', lang: code, 'aria-pressed': String(code === lang), onclick: () => props.onLanguage(code) },
            code.toUpperCase(),
            h('span', { className: 'sr-only' }, ` ${name}`),
          ),
        ),
      ),
    );
    if (focusedLang) this.controls.querySelector<HTMLElement>(`[lang="${focusedLang}"]`)?.focus();
    if (!props.configured) {
      this.pauseButton = null;
      this.results = null;
      this.codeInput = null;
      replaceChildren(
        this.container,
        h(
          'section',
          { className: 'class-live', 'aria-labelledby': 'class-live-heading' },
          h('h1', { id: 'class-live-heading' }, t(lang, 'classLive.title')),
          props.refused
            ? h('p', { className: 'app-notice', 'data-notice': 'lrs-refused' }, t(lang, 'classLive.refused'))
            : h('p', { className: 'app-notice', 'data-notice': 'no-lrs' }, t(lang, 'classLive.noLrs')),
        ),
      );
      return;
    }
    const input = h('input', {
      id: 'class-code',
      name: 'klas',
      value: props.classCode,
      required: true,
      autocomplete: 'off',
      maxlength: 64,
    });
    this.codeInput = input;
    const form = h(
      'form',
      {
        className: 'class-live__form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          props.onClassCode(input.value);
        },
      },
      h('label', { for: 'class-code' }, t(lang, 'classLive.classCode')),
      input,
      h('button', { type: 'submit', className: 'button' }, t(lang, 'classLive.show')),
    );
    const select = h(
      'select',
      { id: 'class-casus', onchange: (event: Event) => props.onScenario((event.target as HTMLSelectElement).value) },
      ...props.scenarios.map((scenario) => h('option', { value: scenario.id, selected: scenario.id === props.scenarioId }, scenario.title)),
    );
    this.pauseButton = h(
      'button',
      { type: 'button', className: 'button', 'aria-pressed': 'false', onclick: props.onPause },
      t(lang, 'classLive.pause'),
    );
    this.results = h('div', { className: 'class-live__results' });
    replaceChildren(
      this.container,
      h(
        'section',
        { className: 'class-live', 'aria-labelledby': 'class-live-heading' },
        h('h1', { id: 'class-live-heading' }, t(lang, 'classLive.title')),
        h('p', {}, t(lang, 'classLive.intro')),
        h('p', { className: 'class-live__trust' }, t(lang, 'classLive.trust')),
        form,
        h('p', { className: 'class-live__casus' }, h('label', { for: 'class-casus' }, t(lang, 'classLive.casus')), ' ', select),
        this.results,
      ),
    );
  }

  renderData(props: ClassLiveDataProps): void {
    const { lang } = props;
    if (this.pauseButton) {
      this.pauseButton.textContent = t(lang, props.paused ? 'classLive.resume' : 'classLive.pause');
      this.pauseButton.setAttribute('aria-pressed', String(props.paused));
    }
    if (!this.results) return;
    const status = props.needsCode
      ? t(lang, 'classLive.needCode')
      : props.updatedAt
        ? t(lang, props.paused ? 'classLive.pausedAt' : 'classLive.updatedAt', { time: time(lang, props.updatedAt) })
        : t(lang, 'classLive.waiting');
    replaceChildren(
      this.results,
      h(
        'div',
        { className: 'class-live__status' },
        h('p', { className: 'class-live__updated', 'data-updated': props.updatedAt?.toISOString() ?? '' }, status),
        this.pauseButton,
      ),
      props.failed
        ? h(
            'p',
            { className: 'app-notice', role: 'status', 'data-notice': 'lrs-read' },
            t(lang, props.failed === 'key' ? 'classLive.keyRefused' : 'classLive.failed'),
          )
        : null,
      h(
        'p',
        { className: 'class-live__counts', 'data-started': props.started, 'data-completed': props.completed },
        t(lang, 'classLive.counts', { started: props.started, completed: props.completed }),
      ),
      props.withoutStart > 0
        ? h(
            'p',
            { className: 'class-live__skipped', 'data-without-start': props.withoutStart },
            t(lang, 'classLive.withoutStart', { count: props.withoutStart }),
          )
        : null,
      props.unreadable > 0
        ? h(
            'p',
            { className: 'class-live__skipped', 'data-unreadable': props.unreadable },
            t(lang, 'classLive.unreadable', { count: props.unreadable }),
          )
        : null,
      props.scenario
        ? h(
            'section',
            { 'aria-labelledby': 'class-live-moments' },
            h('h2', { id: 'class-live-moments' }, t(lang, 'classLive.moments', { casus: pick(props.scenario.title, lang) })),
            ...momentsInOrder(props.scenario).map((moment) => momentSection(lang, moment, props.distribution)),
          )
        : null,
    );
  }
}
