import { createActor } from 'xstate';
import type { Scenario } from '../domain/scenario/model.ts';
import { phaseOf, sessionView } from '../domain/session/selectors.ts';
import { AppView } from '../ui/app-view.ts';
import { h } from '../ui/dom.ts';
import { showLoadingProgress } from '../ui/screens/loading-screen.ts';
import { createHowlerAudio } from '../view/audio/howler-audio.ts';
import { bindSessionSounds } from '../view/sound-effects.ts';
import { appMachine } from './app-machine.ts';
import { createProgress, withTimeout } from './asset-progress.ts';
import { stageForSession } from './derive-stage.ts';
import { openSession, saveStatus, type SaveStatus, type SessionHandle } from './session-controller.ts';
import { readSettings, writeSettings } from './settings.ts';
import { createFeed, type StageState } from '../view/stage-state.ts';
import { browserStore } from './storage.ts';

const SOUND_COUNT = 4;
const LINE_DELAY_MS = 450;

export interface BootstrapOptions {
  readonly scenarios: readonly Scenario[];
  readonly screen: HTMLElement;
  readonly controls: HTMLElement;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  return String(error);
}

/** Wires storage, actors, views, audio and the lazily loaded Phaser stage together. */
export function bootstrap({ scenarios, screen, controls }: BootstrapOptions): void {
  const store = browserStore();
  const settings = readSettings(store);
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const app = createActor(appMachine, { input: settings });
  const fail = (error: unknown) => app.send({ type: 'app.failed', message: describe(error) });
  window.addEventListener('error', (event) => {
    // Benign browser notice, not an error in the game.
    if (/ResizeObserver loop/.test(event.message)) return;
    fail(event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));

  const stage = h('div', { className: 'stage', id: 'stage' });
  const feed = createFeed<StageState>({ mode: 'welcome' });
  let session: SessionHandle | null = null;
  let unbindSession: () => void = () => undefined;

  const progress = createProgress(1 + SOUND_COUNT, (fraction) => showLoadingProgress(fraction, app.getSnapshot().context.lang));
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
    app,
    scenarios,
    stage,
    screen,
    controls,
    saveStatuses: () => {
      const statuses = new Map<string, SaveStatus>();
      for (const scenario of scenarios) {
        const status = saveStatus(scenario, store);
        statuses.set(scenario.id, status);
        if (status.kind === 'rejected') queueMicrotask(() => app.send({ type: 'save.rejected', notice: status.reason }));
      }
      return statuses;
    },
    onChoose: () => audio.play('select'),
    onTitleShown: () => {
      if (performance.getEntriesByName('app:menu-usable').length === 0) performance.mark('app:menu-usable');
    },
  });

  const currentView = (handle: SessionHandle) => {
    const { value, context } = handle.actor.getSnapshot();
    return sessionView(handle.scenario, phaseOf(value), context);
  };

  const render = () => {
    try {
      const snapshot = app.getSnapshot();
      // One view of the session per snapshot, shared by the DOM and the stage (it replays and scores the route).
      const playing = session && snapshot.matches('playing') ? { handle: session, view: currentView(session) } : null;
      view.render(snapshot, playing);
      if (playing) feed.set(stageForSession(playing.handle.scenario, playing.view, snapshot.context.lang));
      else if (!snapshot.matches('error')) feed.set({ mode: 'welcome' });
    } catch (error) {
      if (!app.getSnapshot().matches('error')) fail(error);
      else throw error;
    }
  };

  const syncSession = () => {
    const snapshot = app.getSnapshot();
    const scenarioId = snapshot.matches('playing') ? snapshot.context.scenarioId : null;
    if (session && session.scenario.id !== scenarioId) {
      unbindSession();
      session.stop();
      session = null;
    }
    const scenario = scenarios.find((s) => s.id === scenarioId);
    if (!session && scenario) {
      session = openSession({ scenario, store, resume: snapshot.context.resume, lineDelayMs: reducedMotion ? 0 : LINE_DELAY_MS, onError: fail });
      const unbindSounds = bindSessionSounds(session.actor, audio);
      const rendering = session.actor.subscribe(render);
      unbindSession = () => {
        unbindSounds();
        rendering.unsubscribe();
      };
    }
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
  const assetsReady = Promise.all([fonts, withTimeout(sounds, 3000)]).then(() => app.send({ type: 'assets.ready' }));

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
