import type { Actor, SnapshotFrom } from 'xstate';
import type { AppEvent, appMachine } from '../app/app-machine.ts';
import type { SaveStatus, SessionHandle } from '../app/session-controller.ts';
import { pick } from '../domain/scenario/text.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import type { SessionView } from '../domain/session/selectors.ts';
import { renderTopControls } from './components/top-controls.ts';
import { focusHeading, replaceChildren } from './dom.ts';
import { t } from '../i18n/index.ts';
import { renderErrorScreen } from './screens/error-screen.ts';
import { SessionScreen } from './screens/session/session-screen.ts';
import { renderTitleScreen } from './screens/title-screen.ts';

type AppSnapshot = SnapshotFrom<typeof appMachine>;

/** The open session and its current view, derived once per snapshot by the caller. */
export interface PlayingSession {
  readonly handle: SessionHandle;
  readonly view: SessionView;
}

export interface AppViewOptions {
  readonly app: Actor<typeof appMachine>;
  readonly scenarios: readonly Scenario[];
  readonly stage: HTMLElement;
  readonly screen: HTMLElement;
  readonly controls: HTMLElement;
  readonly saveStatuses: () => ReadonlyMap<string, SaveStatus>;
  readonly onChoose: () => void;
  readonly onTitleShown: () => void;
}

/** Renders the app snapshot (and the open session's) into DOM screens. */
export class AppView {
  private screenKey = '';
  private sessionScreen: SessionScreen | null = null;
  private saves: ReadonlyMap<string, SaveStatus> = new Map();

  constructor(private readonly options: AppViewOptions) {}

  private send = (event: AppEvent) => this.options.app.send(event);

  render(snapshot: AppSnapshot, playing: PlayingSession | null): void {
    const { lang, sound } = snapshot.context;
    document.documentElement.lang = lang;
    this.translateStaticText(lang);
    const casus = playing ? `${pick(playing.handle.scenario.title, lang)} · ` : '';
    document.title = `${casus}${t(lang, 'app.title')}`;
    this.renderControls(lang, sound);
    if (snapshot.matches('loading')) return;
    if (snapshot.matches('error')) return this.show(`error|${lang}`, () => renderErrorScreen(this.options.screen, lang, snapshot.context.error ?? ''));
    if (snapshot.matches('title')) return this.renderTitle(snapshot);
    if (playing) this.renderSession(snapshot, playing);
  }

  private show(key: string, render: () => void): void {
    if (key === this.screenKey) return;
    const first = !this.screenKey.startsWith(key.split('|')[0] ?? '');
    const hadFocus = this.options.screen.contains(document.activeElement);
    this.screenKey = key;
    this.sessionScreen = null;
    render();
    if (!first) {
      // The same screen again (another language, a notice): do not leave a keyboard user on <body>.
      if (hadFocus && !this.options.screen.contains(document.activeElement)) this.focusPreferred();
      return;
    }
    this.focusPreferred();
  }

  /** A screen may name the control a player most likely wants (e.g. resume); otherwise land on its heading. */
  private focusPreferred(): void {
    const preferred = this.options.screen.querySelector<HTMLElement>('[data-autofocus]');
    if (preferred) preferred.focus();
    else focusHeading(this.options.screen);
  }

  private controlsKey = '';

  /** index.html paints Dutch before any script runs; follow the chosen language from here on. */
  private translateStaticText(lang: 'nl' | 'en'): void {
    const skip = document.querySelector('.skip-link');
    if (skip) skip.textContent = t(lang, 'app.skipToContent');
    const loading = document.getElementById('loading-heading');
    if (loading) loading.textContent = t(lang, 'loading.heading');
  }

  private renderControls(lang: 'nl' | 'en', sound: boolean): void {
    if (this.controlsKey === `${lang}|${sound}`) return;
    this.controlsKey = `${lang}|${sound}`;
    const focused = document.activeElement;
    const hadFocus = focused instanceof HTMLElement && this.options.controls.contains(focused) ? (focused.getAttribute('lang') ?? 'sound') : null;
    renderTopControls(this.options.controls, {
      lang,
      sound,
      onLanguage: (next) => this.send({ type: 'language.changed', lang: next }),
      onToggleSound: () => this.send({ type: 'sound.toggled' }),
    });
    if (hadFocus) {
      const target = hadFocus === 'sound' ? this.options.controls.querySelector<HTMLElement>('.toggle') : this.options.controls.querySelector<HTMLElement>(`[lang="${hadFocus}"]`);
      target?.focus();
    }
  }

  private renderTitle(snapshot: AppSnapshot): void {
    const { lang, saveNotice } = snapshot.context;
    if (!this.screenKey.startsWith('title')) this.saves = this.options.saveStatuses();
    this.show(`title|${lang}|${saveNotice ?? ''}`, () => {
      replaceChildren(this.options.screen, renderTitleScreen({
        lang,
        scenarios: this.options.scenarios,
        saves: this.saves,
        notice: saveNotice,
        stage: this.options.stage,
        onOpen: (scenarioId, resume) => this.send({ type: 'casus.open', scenarioId, resume }),
        onDismissNotice: () => this.send({ type: 'notice.dismissed' }),
      }));
      this.options.onTitleShown();
    });
  }

  private renderSession(snapshot: AppSnapshot, { handle: session, view }: PlayingSession): void {
    const { lang } = snapshot.context;
    const key = `playing|${session.scenario.id}`;
    if (this.screenKey !== key || !this.sessionScreen) {
      this.screenKey = key;
      this.sessionScreen = new SessionScreen({
        scenario: session.scenario,
        stage: this.options.stage,
        send: (event) => session.actor.send(event),
        onChoose: this.options.onChoose,
        onBack: () => this.send({ type: 'casus.close' }),
      });
      replaceChildren(this.options.screen, this.sessionScreen.element);
    }
    this.sessionScreen.update(view, lang);
  }
}
