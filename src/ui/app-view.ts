import type { Attempt } from '../domain/debrief/attempts.ts';
import type { CasusSummary } from '../domain/scenario/casus-summary.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import { pick, type Lang } from '../domain/scenario/text.ts';
import type { SessionEvent } from '../domain/session/events.ts';
import type { SessionView } from '../domain/session/selectors.ts';
import { renderAppNotices, type LaunchNotice } from './components/app-notices.ts';
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
import type { OwnCasusState } from './components/own-casus-panel.ts';
import type { LastScore } from './components/casus-card.ts';
import type { TariffPickerProps } from './components/tariff-picker.ts';
import { renderTitleScreen, type ResumeOffer, type TitleNotice } from './screens/title-screen.ts';

/** The open session and its current view, derived once per snapshot by the caller. */
export interface PlayingSession {
  readonly scenario: Scenario;
  readonly view: SessionView;
  readonly send: (event: SessionEvent) => void;
}

/** Everything the DOM shows, as plain data: the app shell derives it from its actors. */
export interface AppViewState {
  readonly screen: 'loading' | 'title' | 'opening' | 'playing' | 'error';
  readonly lang: Lang;
  readonly sound: boolean;
  readonly notice: TitleNotice | null;
  readonly error: string | null;
  /** The casus whose chunk is loading, while `screen` is 'opening'. */
  readonly opening: string | null;
  readonly playing: PlayingSession | null;
  /** Changes whenever the library or the own-casus panel does: the title is drawn again. */
  readonly libraryVersion: number;
  readonly own: OwnCasusState;
  readonly storageFailed: boolean;
  /** Another tab changed the open casus's progress. */
  readonly otherTab: boolean;
  /** Statements for the trainer's LRS wait for a connection (xAPI): said discreetly, the game plays on. */
  readonly lrsWaiting: boolean;
  /** An LRS is configured: the trainee is told once what goes there (AVG). */
  readonly lrsInfo: { readonly classCode?: string } | null;
  /** A link named another LRS than the school's config without a key of its own: nothing is sent, said calmly. */
  readonly lrsRefused: boolean;
  /** Where reports go: the title's privacy line says exactly that. */
  readonly destinations: ReportingDestinations;
  /** What a launch link that opened a casus directly could not honour; null on the title, which says it itself. */
  readonly launchNotice: LaunchNotice | null;
  /** The LMS can no longer keep the whole resume state. */
  readonly lmsFull: boolean;
  /** Grows when another tab changes a save: the title reads its offers again. */
  readonly savesVersion: number;
}

export interface AppViewOptions {
  /** The library index: known once loaded (the title screen is not shown before that). */
  readonly library: () => { readonly casussen: readonly CasusSummary[]; readonly problems: readonly string[] };
  readonly stage: HTMLElement;
  readonly screen: HTMLElement;
  readonly controls: HTMLElement;
  /** Notices above every screen (storage refused, another tab). */
  readonly notices: HTMLElement;
  readonly resumeOffers: () => ReadonlyMap<string, ResumeOffer>;
  readonly onLanguage: (lang: Lang) => void;
  readonly onToggleSound: () => void;
  readonly onOpen: (scenarioId: string, resume: boolean) => void;
  readonly onOwnFile: (file: File) => void;
  readonly onPlayOwn: () => void;
  readonly onWerkplaats: (opener: HTMLElement) => void;
  readonly onDismissNotice: () => void;
  readonly onClose: () => void;
  readonly onChoose: () => void;
  readonly onTitleShown: () => void;
  /** The player asked for a fresh start, but another tab has saved progress since the title was drawn. */
  readonly onSavedElsewhere: () => void;
  readonly onLoadOtherTab: () => void;
  readonly onKeepThisTab: () => void;
  readonly onDismissLaunchNotice: () => void;
  readonly onDismissLrsInfo: () => void;
  readonly onDismissLrsRefused: () => void;
  /** A casus's finished attempts kept in this browser. */
  readonly attempts: (scenarioId: string) => readonly Attempt[];
  /** The remembered theme filter of the title, and where a new one goes. */
  readonly themes: () => readonly string[];
  readonly onThemes: (themes: readonly string[]) => void;
  /** Whether the title's short "Zo werkt het" was dismissed before, and where its dismissal goes. */
  readonly introSeen: () => boolean;
  readonly onIntroSeen: () => void;
  /** The tariff picker's state and what it reports (the title is drawn again when it changes). */
  readonly tariffs: () => Omit<TariffPickerProps, 'lang'>;
  /** Player, class mode (`?modus=klas`) or trainer view (`?modus=trainer`), fixed for the visit. */
  readonly mode: PlayMode;
  /** The class timer ran out. */
  readonly onTimerEnd: () => void;
  /** Class mode's and the trainer view's views: loaded before the menu only when the mode asks for them. */
  readonly classKit: () => ClassKit | null;
  /** The option-order seed for a new attempt at this casus (one per class, else a fresh one). */
  readonly orderSeed: (scenarioId: string) => number;
}

/** Renders the app's state (and the open session's view) into DOM screens; reports what the player does. */
export class AppView {
  private screenKey = '';
  private sessionScreen: SessionScreen | null = null;
  /** The playing screens are their own chunk: no part of the first menu, loaded before a casus opens. */
  private sessionModule: typeof SessionScreenModule | null = null;
  private sessionLoading: Promise<void> | null = null;
  private lastState: AppViewState | null = null;
  private saves: ReadonlyMap<string, ResumeOffer> = new Map();

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

  render(state: AppViewState): void {
    this.lastState = state;
    const { lang, sound, playing } = state;
    document.documentElement.lang = lang;
    this.translateStaticText(lang);
    const casus = playing ? `${pick(playing.scenario.title, lang)} · ` : '';
    document.title = `${casus}${t(lang, 'app.title')}`;
    this.renderControls(lang, sound);
    this.renderNotices(state);
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
    const hadFocus = focused instanceof HTMLElement && this.options.controls.contains(focused) ? (focused.getAttribute('lang') ?? 'sound') : null;
    renderTopControls(this.options.controls, {
      lang,
      sound,
      onLanguage: this.options.onLanguage,
      onToggleSound: this.options.onToggleSound,
    });
    if (hadFocus) {
      const target = hadFocus === 'sound' ? this.options.controls.querySelector<HTMLElement>('.toggle') : this.options.controls.querySelector<HTMLElement>(`[lang="${hadFocus}"]`);
      target?.focus({ preventScroll: true });
    }
  }

  private noticesKey = '';

  private renderNotices({ lang, storageFailed, otherTab, lrsWaiting, lrsInfo, lrsRefused, launchNotice, lmsFull }: AppViewState): void {
    const key = `${lang}|${storageFailed}|${otherTab}|${lrsWaiting}|${lrsInfo ? `lrs:${lrsInfo.classCode ?? ''}` : ''}|${lrsRefused}|${launchNotice ?? ''}|${lmsFull}`;
    if (key === this.noticesKey) return;
    this.noticesKey = key;
    renderAppNotices(this.options.notices, {
      lang, storageFailed, otherTab, lrsWaiting, lrsInfo, lrsRefused, launchNotice, lmsFull,
      onLoadOther: this.options.onLoadOtherTab, onKeepHere: this.options.onKeepThisTab, onDismissLaunch: this.options.onDismissLaunchNotice,
      onDismissLrsInfo: this.options.onDismissLrsInfo,
      onDismissLrsRefused: this.options.onDismissLrsRefused,
    });
  }

  /** Never delete progress the player was not offered: a fresh start on a stale title asks again. */
  private open(scenarioId: string, resume: boolean): void {
    const offeredResume = this.saves.get(scenarioId)?.kind === 'resumable';
    if (!resume && !offeredResume && this.options.resumeOffers().get(scenarioId)?.kind === 'resumable') return this.options.onSavedElsewhere();
    this.options.onOpen(scenarioId, resume);
  }

  private renderTitle({ lang, notice, opening, savesVersion, libraryVersion, own, destinations }: AppViewState): void {
    const privacy = privacyLine(lang, destinations);
    const key = `title|${lang}|${notice ?? ''}|${opening ?? ''}|${savesVersion}|${libraryVersion}|${privacy}`;
    // Offers change when a casus was opened, finished or refused its save: read them again with every new title state.
    if (key !== this.screenKey) this.saves = this.options.resumeOffers();
    this.show(key, () => {
      replaceChildren(this.options.screen, renderTitleScreen({
        lang,
        casussen: this.options.library().casussen,
        saves: this.saves,
        notice,
        problems: this.options.library().problems,
        opening,
        stage: this.options.stage,
        onOpen: (scenarioId, resume) => this.open(scenarioId, resume),
        own: { state: own, onFile: this.options.onOwnFile, onPlay: this.options.onPlayOwn, onWerkplaats: this.options.onWerkplaats },
        onDismissNotice: this.options.onDismissNotice,
        lastScores: this.lastScores(),
        themes: this.options.themes(),
        onThemes: this.options.onThemes,
        tariffs: this.options.tariffs(),
        intro: { show: !this.options.introSeen(), onDismiss: this.options.onIntroSeen },
        privacy,
      }), trainerLinks(this.options.mode, lang));
      this.options.onTitleShown();
    });
  }

  /** Each casus's last finished attempt in this browser: its card shows the score and the triangle. */
  private lastScores(): Map<string, LastScore> {
    const scores = new Map<string, LastScore>();
    for (const { id } of this.options.library().casussen) {
      const last = this.options.attempts(id).at(-1);
      if (last) scores.set(id, { overall: last.overall, values: last.values });
    }
    return scores;
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
      this.sessionScreen = new module.SessionScreen({
        scenario,
        stage: this.options.stage,
        send,
        onChoose: this.options.onChoose,
        onBack: this.options.onClose,
        onShown: () => this.guard.screenShown(),
        attempts: () => this.options.attempts(scenario.id),
        mode: this.options.mode,
        onTimerEnd: this.options.onTimerEnd,
        classKit: this.options.classKit(),
        orderSeed: () => this.options.orderSeed(scenario.id),
      });
      replaceChildren(this.options.screen, this.sessionScreen.element);
    }
    this.sessionScreen.update(view, lang);
  }
}
