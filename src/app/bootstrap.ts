import { createActor } from 'xstate';
import { AppView } from '../ui/app-view.ts';
import { h } from '../ui/dom.ts';
import { showLoadingProgress } from '../ui/screens/loading-screen.ts';
import { createDeferredAudio } from '../view/audio/deferred-audio.ts';
import { createFeed, type StageState } from '../view/stage-state.ts';
import { appMachine, type AppEvent } from './app-machine.ts';
import { appViewState } from './app-view-state.ts';
import { createProgress } from './asset-progress.ts';
import { storedAttempts } from './attempt-store.ts';
import type { ScenarioLibrary } from './scenario-library.ts';
import { systemClock, type Clock } from './clock.ts';
import { stageForSession } from './derive-stage.ts';
import { eventBuffer } from './event-buffer.ts';
import { readLaunchLink } from './launch-params.ts';
import { startOfflineSupport } from './offline/offline-support.ts';
import { keptOwnEntry, ownScenario, spawnFileWorker } from './own-scenario.ts';
import { catchPageErrors, describe, loadFonts, startStage } from './page-start.ts';
import { configureReporting } from './reporting/configure-reporters.ts';
import { followSession } from './session-bindings.ts';
import { writeSave } from './save-store.ts';
import { readSettings, writeSettings } from './settings.ts';
import { shellActors } from './shell-actors.ts';
import { launchRequest, reportingStatus } from './shell-input.ts';
import { browserStore, storeWorks } from './storage.ts';
import { storePorts } from './stored-progress.ts';
import { keptOwnTariffs } from './tariff-choice.ts';

const LINE_DELAY_MS = 450;

export interface BootstrapOptions {
  /** The library index, loaded as its own chunk so the JS before the menu does not grow with the library. */
  readonly library: Promise<ScenarioLibrary>;
  readonly screen: HTMLElement;
  readonly controls: HTMLElement;
  readonly clock?: Clock;
  /** The time budget of a check of an own file (default 10 s); browser tests give a small one. */
  readonly checkBudgetMs?: number;
}

/**
 * Wires storage, the app machine, the view, audio and the lazily loaded Phaser stage together. All app state lives in
 * the machine (app-machine.ts); what happens outside it comes in as events and goes out as emitted events.
 */
export function bootstrap({ library, screen, controls, clock = systemClock, checkBudgetMs }: BootstrapOptions): void {
  const storageEvents = eventBuffer<AppEvent>();
  const reportingEvents = eventBuffer<AppEvent>();
  const store = browserStore({ onFailure: () => storageEvents.push({ type: 'storage.failed' }) });
  storeWorks(store);
  const kept = keptOwnEntry(store, spawnFileWorker, checkBudgetMs);
  /** Something stored did not read and was set aside: said once on the title. */
  let setAside = kept.setAside;
  const noticeSetAside = () => {
    setAside = true;
  };
  const launch = readLaunchLink(window);
  const stored = readSettings(store, noticeSetAside);
  const ownTariffs = keptOwnTariffs(store, noticeSetAside);
  const reporting = configureReporting(launch, { win: window, store, clock, ...reportingStatus(reportingEvents) });
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const stage = h('div', { className: 'stage', id: 'stage' });
  const notices = h('div', { className: 'app-notices', role: 'status' });
  screen.before(notices);
  const view = new AppView({
    stage,
    screen,
    controls,
    notices,
    mode: launch.modus ?? 'speler',
    send: (event) => app.send(event),
    attempts: (scenarioId) =>
      storedAttempts(store, scenarioId, () => queueMicrotask(() => app.send({ type: 'notice.raised', notice: 'setAside' }))),
    onTitleShown: () => {
      if (performance.getEntriesByName('app:menu-usable').length === 0) performance.mark('app:menu-usable');
    },
    // The werkplaats (editor, worker checks, route map) is its own chunk, loaded only when a trainer opens it.
    openWerkplaats: (opener) =>
      void import('./werkplaats/werkplaats-view.ts')
        .then(({ openWerkplaats }) =>
          openWerkplaats({
            lang: app.getSnapshot().context.lang,
            store,
            spawn: spawnFileWorker,
            ...(checkBudgetMs !== undefined ? { budgetMs: checkBudgetMs } : {}),
            opener,
            onPlay: (checked, log) => {
              // "Speel vanaf hier": a save standing at the moment, resumed like any other.
              if (log) writeSave(store, ownScenario(checked), log, clock.now());
              app.send({ type: 'werkplaats.play', scenario: checked, resume: log !== null });
            },
          }),
        )
        .catch(fail),
  });
  const machine = appMachine.provide({
    actors: shellActors({
      store,
      loadSessionScreens: () => view.loadSessionScreens(),
      reportingEvents,
      storageEvents,
      ...(checkBudgetMs !== undefined ? { checkBudgetMs } : {}),
    }),
  });
  const app = createActor(machine, {
    input: {
      settings: launch.taal ? { ...stored, lang: launch.taal } : stored,
      lineDelayMs: reducedMotion ? 0 : LINE_DELAY_MS,
      ports: storePorts(store),
      launch: launchRequest(launch, reporting.notice),
      ownKept: kept.entry,
      ownTariffs,
      setAside,
      destinations: reporting.destinations,
    },
  });
  const fail = (error: unknown) => app.send({ type: 'app.failed', message: describe(error) });
  catchPageErrors(fail);
  startOfflineSupport({
    after: notices,
    lang: () => app.getSnapshot().context.lang,
    atTitle: () => app.getSnapshot().matches({ screen: 'title' }),
    watch: (listener) => app.subscribe(listener),
  });
  const feed = createFeed<StageState>({ mode: 'welcome' });
  // The loading bar counts the library index (what the menu waits for) and the fonts (which swap in when they come).
  const progress = createProgress(2, (fraction) => showLoadingProgress(fraction, app.getSnapshot().context.lang));
  // Howler and the sounds load once the menu is usable (see below): they are no part of the first screen.
  const audio = createDeferredAudio(stored.sound, (enabled) =>
    import('../view/audio/howler-audio.ts').then(({ createHowlerAudio }) =>
      createHowlerAudio({ baseUrl: import.meta.env.BASE_URL, enabled }),
    ),
  );
  app.on('settings.changed', ({ settings }) => {
    writeSettings(store, settings);
    if (settings.sound !== undefined) audio.setEnabled(settings.sound);
  });
  app.on('sound', ({ sound }) => audio.play(sound));
  app.on('library.ready', ({ scenarioIds }) => reporting.ready(scenarioIds));

  const render = () => {
    try {
      const state = appViewState(app.getSnapshot());
      view.render(state);
      // One view of the session per snapshot, shared by the DOM and the stage (it replays and scores the route).
      if (state.playing) feed.set(stageForSession(state.playing.scenario, state.playing.view, state.lang));
      else if (state.screen !== 'error') feed.set({ mode: 'welcome' });
    } catch (error) {
      if (!app.getSnapshot().matches({ screen: 'error' })) fail(error);
      else throw error;
    }
  };
  followSession(app, { store, clock, audio, reporters: reporting.reporters, onSnapshot: render, onError: fail });
  app.subscribe(render);
  app.start();
  render();

  void loadFonts().then(() => progress.complete());
  // Without its library the game has nothing to offer: that is an error screen, not a title with no casussen.
  // The menu waits for its library only: the Atkinson weights (preloaded beside the script) swap in when they
  // arrive, which on a phone's slow network is after the cards could have been chosen; sounds go on loading
  // behind it (a click before they are in just plays no sound).
  const index = library.then((loaded) => {
    progress.complete();
    return loaded;
  });
  const assetsReady = Promise.all([index, view.loadClassKit()]).then(
    ([loaded]) => app.send({ type: 'assets.ready', library: loaded }),
    fail,
  );
  void assetsReady.then(() => {
    audio.load();
    void view.loadSessionScreens().catch(() => undefined);
    void startStage(stage, feed, reducedMotion);
  });
}
