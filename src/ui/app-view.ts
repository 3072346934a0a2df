import type { Attempt } from '../domain/debrief/attempts.ts';
import type { ScenarioSummary } from '../domain/scenario/scenario-summary.ts';
import { attemptOrderSeed, classOrderSeed } from '../domain/play/choice-order.ts';
import type { AppViewEvent } from './app-view-events.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import { pick, type Lang } from '../domain/scenario/text.ts';
import type { SessionEvent } from '../domain/session/events.ts';
import type { SessionView } from '../domain/session/selectors.ts';
import { renderAppNotices, type AppNoticesProps } from './components/app-notices.ts';
import { renderTopControls } from './components/top-controls.ts';
import { privacyLine, type ReportingDestinations } from './components/privacy-line.ts';
import { trainerLinks } from './components/trainer-links.ts';
import type { PlayMode } from './play-mode.ts';
import type { ClassKit } from './screens/session/class/class-kit.ts';
import './styles/class-mode.css';
import { ActivationGuard } from './activation-guard.ts';
import { focusHeading, focusInView, replaceChildren } from './dom.ts';
import { t } from '../i18n/index.ts';
import { renderErrorScreen } from './screens/error-screen.ts';
import type { SessionScreen } from './screens/session/session-screen.ts';
import type * as SessionScreenModule from './screens/session/session-screen.ts';
import type { OwnScenarioState } from './components/own-scenario-panel.ts';
import type { LastScore } from './components/scenario-card.ts';
import type { TariffPickerProps } from './components/tariff-picker.ts';
import { renderTitleScreen, type ResumeOffer, type TitleNotice } from './screens/title-screen.ts';

/** The open session and its current view, derived once per snapshot by the caller. */
export interface PlayingSession {
  readonly scenario: Scenario;
  readonly view: SessionView;
  readonly send: (event: SessionEvent) => void;
}

export type Screen = 'loading' | 'title' | 'opening' | 'playing' | 'error';

/** What the title shows. Each field keeps its identity while unchanged: the title is drawn again when one changes. */
export interface TitleViewState {
  readonly scenarios: readonly ScenarioSummary[];
  /** Located diagnostics of casus files with errors (development server only). */
  readonly problems: readonly string[];
  readonly saves: ReadonlyMap<string, ResumeOffer>;
  /** Each casus's last finished attempt in this browser: its card shows the score and the triangle. */
  readonly lastScores: ReadonlyMap<string, LastScore>;
  readonly own: OwnScenarioState;
  readonly tariffs: Pick<TariffPickerProps, 'options' | 'chosen' | 'own'>;
  /** Where reports go: the title's privacy line says exactly that. */
  readonly destinations: ReportingDestinations;
}

/** Notices above every screen until their cause is gone. */
export type NoticesViewState = Omit<
  AppNoticesProps,
  'lang' | 'onLoadOther' | 'onKeepHere' | 'onDismissLaunch' | 'onDismissLrsInfo' | 'onDismissLrsRefused'
>;

/** Everything the DOM shows, as plain data: the app shell derives it from its snapshot (appViewState). */
export interface AppViewState {
  readonly screen: Screen;
  readonly lang: Lang;
  readonly sound: boolean;
  readonly notice: TitleNotice | null;
  readonly error: string | null;
  /** The casus whose chunk is loading, while `screen` is 'opening'. */
  readonly opening: string | null;
  readonly playing: PlayingSession | null;
  readonly title: TitleViewState;
  /** The player's remembered title filter and whether "Zo werkt het" was dismissed: read when the title is drawn, no reason to draw it. */
  readonly preferences: { readonly themes: readonly string[]; readonly introSeen: boolean };
  readonly notices: NoticesViewState;
  /** The class code (from the LRS set-up or the link): everyone with it sees the same option order. */
  readonly classCode: string | null;
}

export interface AppViewOptions {
  readonly stage: HTMLElement;
  readonly screen: HTMLElement;
  readonly controls: HTMLElement;
  /** Notices above every screen (storage refused, another tab). */
  readonly notices: HTMLElement;
  /** Player, class mode (`?modus=klas`) or trainer view (`?modus=trainer`), fixed for the visit. */
  readonly mode: PlayMode;
  /** Where everything the player does goes. */
  readonly send: (event: AppViewEvent) => void;
  /** A casus's finished attempts kept in this browser, read by the debrief as it is shown. */
  readonly attempts: (scenarioId: string) => readonly Attempt[];
  readonly onTitleShown: () => void;
  /** Opens the werkplaats (its own chunk) over the title; focus returns to `opener` when it closes. */
  readonly openWerkplaats: (opener: HTMLElement) => void;
}

const sameFields = (a: object, b: object): boolean =>
  Object.entries(a).every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]));

/** The destinations are compared as the privacy line that says them (part of the title's key). */
const sameTitle = (a: TitleViewState, b: TitleViewState): boolean =>
  sameFields({ ...a, tariffs: null, destinations: null }, { ...b, tariffs: null, destinations: null }) && sameFields(a.tariffs, b.tariffs);

/** Renders the app's state (and the open session's view) into DOM screens; reports what the player does. */
export class AppView {
  private screenKey = '';
  private sessionScreen: SessionScreen | null = null;
  /** The playing screens are their own chunk: no part of the first menu, loaded before a casus opens. */
  private sessionModule: typeof SessionScreenModule | null = null;
  private sessionLoading: Promise<void> | null = null;
  /** Class mode's and the trainer view's views: loaded before the menu only when the mode asks for them. */
  private classKit: ClassKit | null = null;
  private lastState: AppViewState | null = null;
  private shownTitle: TitleViewState | null = null;

  private readonly guard: ActivationGuard;

  constructor(private readonly options: AppViewOptions) {
    this.guard = new ActivationGuard(options.screen);
    // Class mode's stylesheet scales the whole page for a projector.
    document.documentElement.dataset.modus = options.mode;
  }

  /** Loads the playing screens (once); the app waits for this before it opens a casus. */
  loadSessionScreens(): Promise<void> {
    this.sessionLoading ??= import('./screens/session/session-screen.ts').then((module) => {
      this.sessionModule = module;
    });
    return this.sessionLoading;
  }

  /** Class mode and the trainer view bring their own views; a player's menu does not wait for (or load) them. */
  loadClassKit(): Promise<void> {
    if (this.options.mode === 'speler') return Promise.resolve();
    return import('./screens/session/class/class-kit.ts').then((module) => {
      this.classKit = module.classKit;
    });
  }

  render(state: AppViewState): void {
    this.lastState = state;
    const { lang, sound, playing } = state;
    document.documentElement.lang = lang;
    this.translateStaticText(lang);
    const scenario = playing ? `${pick(playing.scenario.title, lang)} · ` : '';
    document.title = `${scenario}${t(lang, 'app.title')}`;
    this.renderControls(lang, sound);
    this.renderNotices(lang, state.notices);
    if (state.screen === 'loading') return;
    if (state.screen === 'error') return this.show(`error|${lang}`, () => renderErrorScreen(this.options.screen, lang, state.error ?? ''));
    if (state.screen === 'title' || state.screen === 'opening') return this.renderTitle(state);
    if (playing) this.renderSession(lang, playing);
  }

  private show(key: string, render: () => void): void {
    if (key === this.screenKey) return;
    const first = !this.screenKey.startsWith(key.split('|')[0] ?? '');
    const hadFocus = this.options.screen.contains(document.activeElement);
    const focusedId = hadFocus && document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    this.screenKey = key;
    this.sessionScreen = null;
    this.shownTitle = null;
    render();
    this.guard.screenShown();
    if (!first) {
      // The same screen again (another language, a notice, a tariff set chosen): keep a keyboard user on the
      // control they used when it is drawn again, and never leave them on <body>.
      const again = focusedId ? this.options.screen.querySelector<HTMLElement>(`#${CSS.escape(focusedId)}`) : null;
      if (again && !this.options.screen.contains(document.activeElement)) again.focus({ preventScroll: true });
      if (hadFocus && !this.options.screen.contains(document.activeElement)) this.focusPreferred();
      return;
    }
    this.focusPreferred();
  }

  /** A screen may name the control a player most likely wants (e.g. resume); otherwise land on its heading. */
  private focusPreferred(): void {
    const preferred = this.options.screen.querySelector<HTMLElement>('[data-autofocus]');
    if (preferred) focusInView(preferred);
    else focusHeading(this.options.screen);
  }

  private controlsKey = '';

  /** index.html paints Dutch before any script runs; follow the chosen language from here on (skip link, loading heading, brand). */
  private translateStaticText(lang: 'nl' | 'en'): void {
    const skip = document.querySelector('.skip-link');
    if (skip) skip.textContent = t(lang, 'app.skipToContent');
    const loading = document.getElementById('loading-heading');
    if (loading) loading.textContent = t(lang, 'loading.heading');
    // The brand in the top bar is the game's name in the player's language, as are the page title and the title screen.
    const brand = document.getElementById('brand-name');
    if (brand) brand.textContent = t(lang, 'app.title');
  }

  private renderControls(lang: 'nl' | 'en', sound: boolean): void {
    if (this.controlsKey === `${lang}|${sound}`) return;
    this.controlsKey = `${lang}|${sound}`;
    const focused = document.activeElement;
    const hadFocus =
      focused instanceof HTMLElement && this.options.controls.contains(focused) ? (focused.getAttribute('lang') ?? 'sound') : null;
    const { send } = this.options;
    renderTopControls(this.options.controls, {
      lang,
      sound,
      onLanguage: (next) => send({ type: 'language.changed', lang: next }),
      onToggleSound: () => send({ type: 'sound.toggled' }),
    });
    if (hadFocus) {
      const target =
        hadFocus === 'sound'
          ? this.options.controls.querySelector<HTMLElement>('.toggle')
          : this.options.controls.querySelector<HTMLElement>(`[lang="${hadFocus}"]`);
      target?.focus({ preventScroll: true });
    }
  }

  private noticesKey = '';

  private renderNotices(lang: Lang, notices: NoticesViewState): void {
    const { storageFailed, otherTab, lrsWaiting, lrsInfo, lrsRefused, launchNotice, lmsFull } = notices;
    const key = `${lang}|${storageFailed}|${otherTab}|${lrsWaiting}|${lrsInfo ? `lrs:${lrsInfo.classCode ?? ''}` : ''}|${lrsRefused}|${launchNotice ?? ''}|${lmsFull}`;
    if (key === this.noticesKey) return;
    this.noticesKey = key;
    const { send } = this.options;
    renderAppNotices(this.options.notices, {
      lang,
      ...notices,
      onLoadOther: () => send({ type: 'otherTab.load' }),
      onKeepHere: () => send({ type: 'otherTab.keep' }),
      onDismissLaunch: () => send({ type: 'launchNotice.dismissed' }),
      onDismissLrsInfo: () => send({ type: 'lrsInfo.dismissed' }),
      onDismissLrsRefused: () => send({ type: 'lrsRefused.dismissed' }),
    });
  }

  private renderTitle({ lang, notice, opening, title, preferences }: AppViewState): void {
    const privacy = privacyLine(lang, title.destinations);
    const key = `title|${lang}|${notice ?? ''}|${opening ?? ''}|${privacy}`;
    // Drawn again when the library, the saves or a panel changed (each keeps its identity otherwise).
    if (key === this.screenKey && this.shownTitle && sameTitle(this.shownTitle, title)) return;
    if (key === this.screenKey) this.screenKey = `${key}|again`;
    const { send } = this.options;
    this.show(key, () => {
      replaceChildren(
        this.options.screen,
        renderTitleScreen({
          lang,
          scenarios: title.scenarios,
          saves: title.saves,
          notice,
          problems: title.problems,
          opening,
          stage: this.options.stage,
          onOpen: (scenarioId, resume) => send({ type: 'casus.open', scenarioId, resume }),
          own: {
            state: title.own,
            onFile: (file) => send({ type: 'own.file', file: { blob: file, name: file.name } }),
            onPlay: () => send({ type: 'own.play' }),
            onWerkplaats: this.options.openWerkplaats,
          },
          onDismissNotice: () => send({ type: 'notice.dismissed' }),
          lastScores: title.lastScores,
          themes: preferences.themes,
          onThemes: (themes) => send({ type: 'themes.changed', themes }),
          tariffs: {
            ...title.tariffs,
            onChoose: (id) => send({ type: 'tariffs.chosen', id }),
            onFile: (file) => send({ type: 'tariffs.file', file: { blob: file, name: file.name } }),
          },
          intro: { show: !preferences.introSeen, onDismiss: () => send({ type: 'intro.dismissed' }) },
          privacy,
        }),
        trainerLinks(this.options.mode, lang),
      );
      this.options.onTitleShown();
    });
    this.shownTitle = title;
  }

  private renderSession(lang: Lang, { scenario, view, send }: PlayingSession): void {
    const module = this.sessionModule;
    if (!module) {
      // Not reached when the app waits for loadSessionScreens before opening; kept so a casus never shows a blank page.
      void this.loadSessionScreens().then(() => this.lastState && this.render(this.lastState));
      return;
    }
    const key = `playing|${scenario.id}`;
    if (this.screenKey !== key || !this.sessionScreen) {
      this.screenKey = key;
      this.shownTitle = null;
      const app = this.options.send;
      this.sessionScreen = new module.SessionScreen({
        scenario,
        stage: this.options.stage,
        send,
        onChoose: () => app({ type: 'sound.cue', sound: 'select' }),
        onBack: () => app({ type: 'casus.close' }),
        onShown: () => this.guard.screenShown(),
        attempts: () => this.options.attempts(scenario.id),
        mode: this.options.mode,
        onTimerEnd: () => app({ type: 'sound.cue', sound: 'receipt-done' }),
        classKit: this.classKit,
        // Everyone with the same class code sees the same order; alone, each attempt gets its own.
        orderSeed: () => {
          // The class code as known when the attempt begins (an LRS's config file may name it after the screen was made).
          const classCode = this.lastState?.classCode;
          return classCode
            ? classOrderSeed(classCode, scenario.id)
            : attemptOrderSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32);
        },
      });
      replaceChildren(this.options.screen, this.sessionScreen.element);
    }
    this.sessionScreen.update(view, lang);
  }
}
