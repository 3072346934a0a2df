import { createActor, fromPromise } from 'xstate';
import { phaseOf, sessionView } from '../domain/session/selectors.ts';
import { AppView, type AppViewState, type PlayingSession } from '../ui/app-view.ts';
import { h } from '../ui/dom.ts';
import { showLoadingProgress } from '../ui/screens/loading-screen.ts';
import { createDeferredAudio } from '../view/audio/deferred-audio.ts';
import { bindSessionSounds } from '../view/sound-effects.ts';
import type { ResumeOffer } from '../ui/screens/title-screen.ts';
import { createFeed, type StageState } from '../view/stage-state.ts';
import { appMachine, type SessionActor } from './app-machine.ts';
import { createProgress, withTimeout } from './asset-progress.ts';
import type { CasusLibrary } from './casus-library.ts';
import { systemClock, type Clock } from './clock.ts';
import { stageForSession } from './derive-stage.ts';
import { readLaunchLink } from './launch-params.ts';
import { attemptOrderSeed, classOrderSeed } from '../domain/play/choice-order.ts';
import { createCasusOpener } from './open-casus.ts';
import { keepOwn, keptOwnEntry, ownEntry, ownScenario, panelState, spawnFileWorker, stoppedState, type OwnFileCheck } from './own-casus.ts';
import { latestCheck } from './bounded-check.ts';
import type { OwnCasusState } from '../ui/components/own-casus-panel.ts';
import type { ClassKit } from '../ui/screens/session/class/class-kit.ts';
import type { LaunchNotice } from '../ui/components/app-notices.ts';
import type { ReportingDestinations } from '../ui/components/privacy-line.ts';
import { summarise } from '../domain/scenario/casus-summary.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import { configureReporting } from './reporting/configure-reporters.ts';
import { bindReporting } from './reporting/reporter.ts';
import { resumeOffer, writeSave } from './save-store.ts';
import { bindSaving, type SavingHandle } from './session-saving.ts';
import { watchOtherTabs } from './tab-sync.ts';
import { bindAttempts, storedAttempts } from './attempt-store.ts';
import { readSettings, writeSettings } from './settings.ts';
import { availableChoice, keepOwnTariffs, keptOwnTariffs, priceCasus, tariffOptions, tariffPanelState, type OwnTariffCheck } from './tariff-choice.ts';
import type { OwnTariffState } from '../ui/components/tariff-picker.ts';
import { OWN_TARIFF_SET } from '../domain/costs/tariff-set.ts';
import { t } from '../i18n/index.ts';
import { browserStore, storeWorks } from './storage.ts';
import { startOfflineSupport } from './offline/offline-support.ts';

const LINE_DELAY_MS = 450;

export interface BootstrapOptions {
  /** The library index, loaded as its own chunk so the JS before the menu does not grow with the library. */
  readonly library: Promise<CasusLibrary>;
  readonly screen: HTMLElement;
  readonly controls: HTMLElement;
  readonly clock?: Clock;
  /** The time budget of a check of an own file (default 10 s); browser tests give a small one. */
  readonly checkBudgetMs?: number;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  return String(error);
}

/** Wires storage, actors, views, audio and the lazily loaded Phaser stage together. */
export function bootstrap({ library: libraryLoaded, screen, controls, clock = systemClock, checkBudgetMs }: BootstrapOptions): void {
  let bundled: CasusLibrary = { entries: [], problems: [] };
  let own: OwnCasusState = { kind: 'idle' };
  let ownChecked: Scenario | null = null;
  let storageFailed = false;
  let otherTab = false;
  let lrsWaiting = false;
  let lmsFull = false;
  let lrsInfo: { readonly classCode?: string } | null = null;
  let lrsRefused = false;
  let lrsTo: ReportingDestinations['lrs'] = 'pending';
  /** A launch link that opened a casus directly: what it could not honour is said above the casus, not on the unseen title. */
  let launchNotice: LaunchNotice | null = null;
  let savesVersion = 0;
  const store = browserStore({
    onFailure: () => {
      if (storageFailed) return;
      storageFailed = true;
      // Called from inside a write, which may be inside a render: tell the player once the write is done.
      queueMicrotask(() => render());
    },
  });
  storeWorks(store);
  /** Something stored did not read and was set aside: said once on the title (see noticeSetAside below). */
  let setAsideSeen = false;
  const budget = checkBudgetMs !== undefined ? { budgetMs: checkBudgetMs } : {};
  const kept = keptOwnEntry(store, spawnFileWorker, checkBudgetMs);
  setAsideSeen = kept.setAside;
  let ownKept = kept.entry;
  /** The bundled casussen and, when there is one, the trainer's own casus kept in this browser. */
  const library = (): CasusLibrary => ({ entries: [...bundled.entries, ...(ownKept ? [ownKept] : [])], problems: bundled.problems });
  const launch = readLaunchLink(window);
  const mode = launch.modus ?? 'speler';
  let classKit: ClassKit | null = null;
  // Class mode and the trainer view bring their own views; a player's menu does not wait for (or load) them.
  const classKitLoaded = mode === 'speler' ? Promise.resolve() : import('../ui/screens/session/class/class-kit.ts').then((m) => {
    classKit = m.classKit;
  });
  const stored = readSettings(store, () => {
    setAsideSeen = true;
  });
  const settings = launch.taal ? { ...stored, lang: launch.taal } : stored;
  let ownTariffs = keptOwnTariffs(store, () => {
    setAsideSeen = true;
  });
  let ownTariffsState: OwnTariffState = { kind: 'idle' };
  /** The tariff set asked for: a link's `?tarieven=` for this visit, else the remembered choice (checked once the library is in). */
  let tariffChoice = launch.tarieven ?? settings.tariffs;
  const bundledSets = () => bundled.tariffSets ?? [];
  const chosenTariffs = () => availableChoice(tariffChoice, bundledSets(), ownTariffs);
  /** Resuming prices with the set the save was made with, when it is still there; otherwise with today's choice. */
  const price = (scenario: Scenario, saved: string | undefined) =>
    priceCasus(scenario, saved !== undefined && availableChoice(saved, bundledSets(), ownTariffs) === saved ? saved : chosenTariffs(), bundledSets(), ownTariffs);
  const reporting = configureReporting(launch, {
    win: window,
    store,
    clock,
    onXapiResolved: (resolution) => {
      lrsTo = resolution.kind === 'on' ? { host: new URL(resolution.settings.endpoint).host } : false;
      lrsRefused = resolution.kind === 'refused';
      render();
    },
    onXapiActive: (classCode) => {
      lrsInfo = classCode ? { classCode } : {};
      render();
    },
    onLmsFull: () => {
      lmsFull = true;
      // May be called while reporting is set up, before the first render: draw once that is done.
      queueMicrotask(() => render());
    },
    // Asynchronous, after the title: by then the app actor below exists.
    onLmsUnavailable: () => app.send({ type: 'notice.raised', notice: 'lms' }),
    onXapiStatus: ({ waiting, failing }) => {
      const now = waiting > 0 && failing;
      if (now === lrsWaiting) return;
      lrsWaiting = now;
      render();
    },
  });
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // A casus opens once its chunk and the playing screens' chunk are both in (the latter is no part of the first menu).
  const machine = appMachine.provide({
    actors: {
      openCasus: fromPromise(async ({ input }) => {
        const [opened] = await Promise.all([createCasusOpener(library(), store, price)(input), view.loadSessionScreens()]);
        return opened;
      }),
    },
  });
  const app = createActor(machine, { input: { ...settings, lineDelayMs: reducedMotion ? 0 : LINE_DELAY_MS } });
  const fail = (error: unknown) => app.send({ type: 'app.failed', message: describe(error) });
  /** Told once per page: the set-aside entry has moved, so it is not found again. */
  const noticeSetAside = () => queueMicrotask(() => app.send({ type: 'notice.raised', notice: 'setAside' }));
  /** A save from a newer build stays in place: its notice is given once per casus, not on every drawing of the title. */
  const rejectedSaves = new Set<string>();
  window.addEventListener('error', (event) => {
    // Benign browser notice, not an error in the game.
    if (/ResizeObserver loop/.test(event.message)) return;
    fail(event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));

  const stage = h('div', { className: 'stage', id: 'stage' });
  const notices = h('div', { className: 'app-notices', role: 'status' });
  screen.before(notices);
  startOfflineSupport({ after: notices, lang: () => app.getSnapshot().context.lang, atTitle: () => app.getSnapshot().matches('title'), watch: (listener) => app.subscribe(listener) });
  const feed = createFeed<StageState>({ mode: 'welcome' });
  let session: SessionActor | null = null;
  let unbindSession: () => void = () => undefined;
  let saving: SavingHandle | null = null;

  // The loading bar counts the library index (what the menu waits for) and the fonts (which swap in when they come).
  const progress = createProgress(2, (fraction) => showLoadingProgress(fraction, app.getSnapshot().context.lang));
  // Howler and the sounds load once the menu is usable (see assetsReady below): they are no part of the first screen.
  const audio = createDeferredAudio(settings.sound, (enabled) =>
    import('../view/audio/howler-audio.ts').then(({ createHowlerAudio }) => createHowlerAudio({ baseUrl: import.meta.env.BASE_URL, enabled })));

  const view = new AppView({
    library: () => ({ casussen: library().entries.map((e) => e.summary), problems: library().problems }),
    stage,
    screen,
    controls,
    notices,
    resumeOffers: () => {
      const offers = new Map<string, ResumeOffer>();
      for (const { summary } of library().entries) {
        const offer = resumeOffer(store, summary.id);
        if (offer.kind !== 'rejected') offers.set(summary.id, offer);
        else if (!rejectedSaves.has(summary.id)) {
          rejectedSaves.add(summary.id);
          queueMicrotask(() => app.send({ type: 'save.rejected', notice: offer.reason }));
        }
      }
      return offers;
    },
    onLanguage: (lang) => app.send({ type: 'language.changed', lang }),
    onToggleSound: () => app.send({ type: 'sound.toggled' }),
    onOpen: (scenarioId, resume) => app.send({ type: 'casus.open', scenarioId, resume }),
    onOwnFile: (file) => void checkOwnFile(file),
    onPlayOwn: () => {
      if (!ownChecked) return;
      const scenario = ownScenario(ownChecked);
      ownKept = ownEntry(summarise(scenario), () => Promise.resolve(scenario));
      app.send({ type: 'casus.open', scenarioId: scenario.id, resume: false });
    },
    // The werkplaats (editor, worker checks, route map) is its own chunk, loaded only when a trainer opens it.
    onWerkplaats: (opener) =>
      void import('./werkplaats/werkplaats-view.ts').then(({ openWerkplaats }) =>
        openWerkplaats({
          lang: app.getSnapshot().context.lang,
          store,
          spawn: spawnFileWorker,
          ...budget,
          opener,
          onPlay: (checked, log) => {
            const scenario = ownScenario(checked);
            ownKept = ownEntry(summarise(scenario), () => Promise.resolve(scenario));
            // "Speel vanaf hier": a save standing at the moment, resumed like any other.
            if (log) writeSave(store, scenario, log, clock.now());
            app.send({ type: 'casus.open', scenarioId: scenario.id, resume: log !== null });
          },
        }),
      ).catch(fail),
    onDismissNotice: () => app.send({ type: 'notice.dismissed' }),
    onClose: () => app.send({ type: 'casus.close' }),
    onChoose: () => audio.play('select'),
    onSavedElsewhere: () => app.send({ type: 'save.elsewhere' }),
    onLoadOtherTab: () => {
      const scenarioId = app.getSnapshot().context.scenarioId;
      otherTab = false;
      app.send({ type: 'casus.close' });
      if (scenarioId) app.send({ type: 'casus.open', scenarioId, resume: true });
    },
    onKeepThisTab: () => {
      otherTab = false;
      saving?.resume();
      render();
    },
    onDismissLrsInfo: () => {
      lrsInfo = null;
      render();
    },
    onDismissLrsRefused: () => {
      lrsRefused = false;
      render();
    },
    onDismissLaunchNotice: () => {
      launchNotice = null;
      render();
    },
    attempts: (scenarioId) => storedAttempts(store, scenarioId, noticeSetAside),
    themes: () => readSettings(store).themes,
    onThemes: (themes) => writeSettings(store, { themes }),
    introSeen: () => readSettings(store).introSeen,
    onIntroSeen: () => writeSettings(store, { introSeen: true }),
    tariffs: () => ({
      options: tariffOptions(bundledSets(), ownTariffs, (title) => ({ nl: t('nl', 'tariffs.ownOption', { title: title.nl }), en: t('en', 'tariffs.ownOption', { title: title.en ?? title.nl }) })),
      chosen: chosenTariffs(),
      own: ownTariffsState,
      onChoose: (id) => {
        tariffChoice = id;
        writeSettings(store, { tariffs: id });
        app.send({ type: 'library.changed' });
      },
      onFile: (file) => void checkTariffFile(file),
    }),
    mode,
    onTimerEnd: () => audio.play('receipt-done'),
    // Everyone with the same class code sees the same order; alone, each attempt gets its own.
    orderSeed: (scenarioId) => {
      const classCode = lrsInfo?.classCode ?? launch.klas;
      return classCode ? classOrderSeed(classCode, scenarioId) : attemptOrderSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32);
    },
    classKit: () => classKit,
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
      const state: AppViewState = {
        screen: screenName, lang, sound, notice, error, opening: snapshot.matches('opening') ? scenarioId : null, playing,
        storageFailed, otherTab: otherTab && playing !== null, lrsWaiting, lmsFull, lrsInfo, lrsRefused,
        destinations: { lrs: lrsTo, ...reporting.destinations }, launchNotice: screenName === 'title' ? null : launchNotice, savesVersion,
        libraryVersion: snapshot.context.libraryVersion, own,
      };
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
    const handle = bindSaving(child, store, clock);
    saving = handle;
    otherTab = false;
    const unbindAttempts = bindAttempts(child, store, clock);
    const unbindSounds = bindSessionSounds(child, audio);
    const unbindReporting = bindReporting(child, reporting.reporters);
    const rendering = child.subscribe({ next: render, error: fail });
    unbindSession = () => {
      handle.unbind();
      saving = null;
      unbindAttempts();
      unbindSounds();
      unbindReporting();
      rendering.unsubscribe();
    };
  };

  // Another tab saved: the title offers what is stored now; an open casus stops saving until the player decides.
  watchOtherTabs((scenarioId) => {
    const { context } = app.getSnapshot();
    if (session && (scenarioId === null || scenarioId === context.scenarioId)) {
      saving?.pause();
      otherTab = true;
    }
    savesVersion += 1;
    render();
  });

  /** A link that names a casus opens it at once (resuming a save of it); a value the game does not know is said calmly. */
  const followLaunchLink = () => {
    reporting.ready(library().entries.map((e) => e.summary.id));
    const casus = launch.casus && library().entries.some((e) => e.summary.id === launch.casus) ? launch.casus : null;
    const unknownTariffs = launch.tarieven !== undefined && availableChoice(launch.tarieven, bundledSets(), ownTariffs) !== launch.tarieven;
    if (casus) {
      const lmsNotice = reporting.notice === 'lms' || reporting.notice === 'lmsAhead' || reporting.notice === 'browserAhead' ? reporting.notice : null;
      launchNotice = lmsNotice ?? (launch.ignored.length > 0 || unknownTariffs ? 'link' : null);
      app.send({ type: 'casus.open', scenarioId: casus, resume: resumeOffer(store, casus).kind === 'resumable' });
      return;
    }
    if (reporting.notice) app.send({ type: 'notice.raised', notice: reporting.notice });
    if (launch.ignored.length > 0 || launch.casus || unknownTariffs) app.send({ type: 'notice.raised', notice: 'link' });
  };

  let last = settings;
  app.subscribe((snapshot) => {
    const { lang, sound } = snapshot.context;
    if (lang !== last.lang || sound !== last.sound) {
      last = { ...last, lang, sound };
      writeSettings(store, { lang, sound });
      audio.setEnabled(sound);
    }
    syncSession();
    render();
  });
  app.start();
  render();
  if (setAsideSeen) noticeSetAside();

  const fonts = document.fonts
    ? withTimeout(Promise.all(['400 1em "Atkinson Hyperlegible"', '700 1em "Atkinson Hyperlegible"'].map((font) => document.fonts.load(font))), 3000)
        // A font that fails to load falls back to the system font; it is no reason to stop.
        .catch(() => undefined)
    : Promise.resolve();
  void fonts.then(() => progress.complete());
  /**
   * A trainer's own file: read, decoded and checked in a worker with the checker's own messages, within a time
   * budget; a newer file cancels the check before it. Kept if it is valid.
   */
  const ownChecks = latestCheck<OwnFileCheck>({ spawn: spawnFileWorker, ...budget });
  const checkOwnFile = async (file: File) => {
    own = { kind: 'checking', file: file.name };
    ownChecked = null;
    app.send({ type: 'library.changed' });
    const outcome = await ownChecks.run({ blob: file, file: file.name });
    // A newer file was chosen: its check owns the panel now.
    if (outcome.kind === 'cancelled') return;
    if (outcome.kind === 'done') {
      const check = outcome.result;
      own = panelState(check);
      ownChecked = check.scenario ?? null;
      if (check.scenario) keepOwn(store, file.name, check.source, check.scenario);
    } else {
      own = stoppedState(file.name, outcome);
    }
    app.send({ type: 'library.changed' });
  };

  /** A gemeente's own tariff file: checked in the worker, as an own casus is; a clean one is kept here and chosen at once. */
  const tariffChecks = latestCheck<OwnTariffCheck>({ spawn: spawnFileWorker, ...budget });
  const checkTariffFile = async (file: File) => {
    ownTariffsState = { kind: 'checking', file: file.name };
    app.send({ type: 'library.changed' });
    const outcome = await tariffChecks.run({ blob: file, file: file.name, kind: 'tariffs' });
    if (outcome.kind === 'cancelled') return;
    if (outcome.kind !== 'done') {
      ownTariffsState = stoppedState(file.name, outcome);
      app.send({ type: 'library.changed' });
      return;
    }
    const check = outcome.result;
    ownTariffsState = tariffPanelState(check);
    if (check.set) {
      ownTariffs = check.set;
      keepOwnTariffs(store, file.name, check.set);
      tariffChoice = OWN_TARIFF_SET;
      writeSettings(store, { tariffs: OWN_TARIFF_SET });
    }
    app.send({ type: 'library.changed' });
  };

  const index = libraryLoaded.then((loaded) => {
    bundled = loaded;
    progress.complete();
  });
  // Without its library the game has nothing to offer: that is an error screen, not a title with no casussen.
  // The menu waits for its library only: the Atkinson weights (preloaded beside the script) swap in when they
  // arrive, which on a phone's slow network is after the cards could have been chosen; sounds go on loading
  // behind it (a click before they are in just plays no sound).
  const assetsReady = Promise.all([index, classKitLoaded]).then(
    () => {
      app.send({ type: 'assets.ready' });
      followLaunchLink();
    },
    (error: unknown) => fail(error),
  );

  void assetsReady.then(() => {
    audio.load();
    void view.loadSessionScreens().catch(() => undefined);
  });
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
