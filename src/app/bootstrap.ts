import { createActor, fromPromise } from 'xstate';
import { phaseOf, sessionView } from '../domain/session/selectors.ts';
import { AppView, type AppViewState, type PlayingSession } from '../ui/app-view.ts';
import { h } from '../ui/dom.ts';
import { showLoadingProgress } from '../ui/screens/loading-screen.ts';
import { createHowlerAudio } from '../view/audio/howler-audio.ts';
import { bindSessionSounds } from '../view/sound-effects.ts';
import type { ResumeOffer } from '../ui/screens/title-screen.ts';
import { createFeed, type StageState } from '../view/stage-state.ts';
import { appMachine, type SessionActor } from './app-machine.ts';
import { createProgress, withTimeout } from './asset-progress.ts';
import type { CasusLibrary } from './casus-library.ts';
import { systemClock, type Clock } from './clock.ts';
import { stageForSession } from './derive-stage.ts';
import { createCasusOpener } from './open-casus.ts';
import { resumeOffer } from './save-store.ts';
import { bindSaving } from './session-saving.ts';
import { bindAttempts, storedAttempts } from './attempt-store.ts';
import { readSettings, writeSettings } from './settings.ts';
import { browserStore } from './storage.ts';

const SOUND_COUNT = 4;
const LINE_DELAY_MS = 450;

export interface BootstrapOptions {
  /** The library index, loaded as its own chunk so the JS before the menu does not grow with the library. */
  readonly library: Promise<CasusLibrary>;
  readonly screen: HTMLElement;
  readonly controls: HTMLElement;
  readonly clock?: Clock;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  return String(error);
}

/** Wires storage, actors, views, audio and the lazily loaded Phaser stage together. */
export function bootstrap({ library: libraryLoaded, screen, controls, clock = systemClock }: BootstrapOptions): void {
  let library: CasusLibrary = { entries: [], problems: [] };
  const store = browserStore();
  const settings = readSettings(store);
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const machine = appMachine.provide({ actors: { openCasus: fromPromise(({ input }) => createCasusOpener(library, store)(input)) } });
  const app = createActor(machine, { input: { ...settings, lineDelayMs: reducedMotion ? 0 : LINE_DELAY_MS } });
  const fail = (error: unknown) => app.send({ type: 'app.failed', message: describe(error) });
  window.addEventListener('error', (event) => {
    // Benign browser notice, not an error in the game.
    if (/ResizeObserver loop/.test(event.message)) return;
    fail(event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));

  const stage = h('div', { className: 'stage', id: 'stage' });
  const feed = createFeed<StageState>({ mode: 'welcome' });
  let session: SessionActor | null = null;
  let unbindSession: () => void = () => undefined;

  const progress = createProgress(2 + SOUND_COUNT, (fraction) => showLoadingProgress(fraction, app.getSnapshot().context.lang));
  let soundsLoaded: () => void = () => undefined;
  const sounds = new Promise<void>((resolve) => (soundsLoaded = resolve));
  const audio = createHowlerAudio({
    baseUrl: import.meta.env.BASE_URL,
    enabled: settings.sound,
    onProgress: (loaded, total) => {
      progress.complete();
      if (loaded >= total) soundsLoaded();
    },
  });

  const view = new AppView({
    library: () => ({ casussen: library.entries.map((e) => e.summary), problems: library.problems }),
    stage,
    screen,
    controls,
    resumeOffers: () => {
      const offers = new Map<string, ResumeOffer>();
      for (const { summary } of library.entries) {
        const offer = resumeOffer(store, summary.id);
        if (offer.kind === 'rejected') queueMicrotask(() => app.send({ type: 'save.rejected', notice: offer.reason }));
        else offers.set(summary.id, offer);
      }
      return offers;
    },
    onLanguage: (lang) => app.send({ type: 'language.changed', lang }),
    onToggleSound: () => app.send({ type: 'sound.toggled' }),
    onOpen: (scenarioId, resume) => app.send({ type: 'casus.open', scenarioId, resume }),
    onDismissNotice: () => app.send({ type: 'notice.dismissed' }),
    onClose: () => app.send({ type: 'casus.close' }),
    onChoose: () => audio.play('select'),
    attempts: (scenarioId) => storedAttempts(store, scenarioId),
    onTitleShown: () => {
      if (performance.getEntriesByName('app:menu-usable').length === 0) performance.mark('app:menu-usable');
    },
  });

  const playingSession = (actor: SessionActor): PlayingSession => {
    const { value, context } = actor.getSnapshot();
    return { scenario: context.scenario, view: sessionView(context.scenario, phaseOf(value), context), send: (event) => actor.send(event) };
  };

  const render = () => {
    try {
      const snapshot = app.getSnapshot();
      const { lang, sound, notice, error, scenarioId } = snapshot.context;
      // One view of the session per snapshot, shared by the DOM and the stage (it replays and scores the route).
      const playing = session && snapshot.matches('playing') ? playingSession(session) : null;
      const screenName = (['loading', 'title', 'opening', 'playing', 'error'] as const).find((name) => snapshot.matches(name)) ?? 'loading';
      const state: AppViewState = { screen: screenName, lang, sound, notice, error, opening: snapshot.matches('opening') ? scenarioId : null, playing };
      view.render(state);
      if (playing) feed.set(stageForSession(playing.scenario, playing.view, lang));
      else if (!snapshot.matches('error')) feed.set({ mode: 'welcome' });
    } catch (error) {
      if (!app.getSnapshot().matches('error')) fail(error);
      else throw error;
    }
  };

  /** Follows the invoked session actor: render its snapshots, save and sound on its emitted events. */
  const syncSession = () => {
    const child = app.getSnapshot().children.session as SessionActor | undefined;
    if (child === session) return;
    unbindSession();
    session = child ?? null;
    unbindSession = () => undefined;
    if (!child) return;
    const unbindSaving = bindSaving(child, store, clock);
    const unbindAttempts = bindAttempts(child, store, clock);
    const unbindSounds = bindSessionSounds(child, audio);
    const rendering = child.subscribe({ next: render, error: fail });
    unbindSession = () => {
      unbindSaving();
      unbindAttempts();
      unbindSounds();
      rendering.unsubscribe();
    };
  };

  let last = settings;
  app.subscribe((snapshot) => {
    const { lang, sound } = snapshot.context;
    if (lang !== last.lang || sound !== last.sound) {
      last = { lang, sound };
      writeSettings(store, last);
      audio.setEnabled(sound);
    }
    syncSession();
    render();
  });
  app.start();
  render();

  const fonts = document.fonts
    ? withTimeout(Promise.all(['400 1em "Atkinson Hyperlegible"', '700 1em "Atkinson Hyperlegible"'].map((font) => document.fonts.load(font))), 3000)
        // A font that fails to load falls back to the system font; it is no reason to stop.
        .catch(() => undefined)
    : Promise.resolve();
  void fonts.then(() => progress.complete());
  const index = libraryLoaded.then((loaded) => {
    library = loaded;
    progress.complete();
  });
  // Without its library the game has nothing to offer: that is an error screen, not a title with no casussen.
  index.catch(fail);
  const assetsReady = Promise.all([fonts, withTimeout(sounds, 3000), index]).then(() => app.send({ type: 'assets.ready' }));

  // The engine loads after the title is up, so the first usable screen does not wait for (or compete with) it.
  void assetsReady.then(() =>
    import('../view/phaser/start-game.ts')
      .then(({ startStage }) => {
        startStage({
          parent: stage,
          feed,
          reducedMotion,
          onFirstFrame: () => performance.mark('app:first-phaser-frame'),
          onFailure: (error) => {
            console.warn('The illustration stopped; the game goes on without it', error);
            stage.classList.add('stage--off');
          },
        });
      })
      .catch((error: unknown) => {
        // Without the engine the game still plays: the stage is decoration, all content is DOM.
        console.warn('Illustrations could not be loaded', error);
        stage.classList.add('stage--off');
      }),
  );
}
