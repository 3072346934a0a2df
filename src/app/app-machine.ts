import { assign, emit, enqueueActions, fromCallback, fromPromise, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { Lang } from '../domain/scenario/text.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import type { RestoredProgress } from '../domain/session/session-machine.ts';
import { sessionMachine } from '../domain/session/session-machine.ts';
import { summarise } from '../domain/scenario/scenario-summary.ts';
import { OWN_TARIFF_SET, type TariffSet } from '../domain/costs/tariff-set.ts';
import type { SaveProblem } from '../domain/session/save.ts';
import type { LastScore } from '../ui/components/scenario-card.ts';
import type { LaunchNotice } from '../ui/components/app-notices.ts';
import type { OwnScenarioState } from '../ui/components/own-scenario-panel.ts';
import type { ReportingDestinations } from '../ui/components/privacy-line.ts';
import type { OwnTariffState } from '../ui/components/tariff-picker.ts';
import type { ResumeOffer } from '../ui/screens/title-screen.ts';
import type { AppViewEvent, FileToCheck, SoundCue } from '../ui/app-view-events.ts';
import type { CheckOutcome } from './bounded-check.ts';
import type { ScenarioEntry, ScenarioLibrary, TariffSetEntry } from './scenario-library.ts';
import { ownEntry, ownScenario, panelState, stoppedState, type OwnFileCheck } from './own-scenario.ts';
import type { Settings } from './settings.ts';
import { availableChoice, tariffPanelState, type OwnTariffCheck } from './tariff-choice.ts';

/**
 * Told to the player once, on the title screen. newer: a save made by a newer build, kept; setAside: a stored entry
 * that did not read was set aside; lmsAhead / browserAhead: the LMS's resume state and this browser's save differed
 * and the further one is used.
 */
export type Notice =
  'corrupt' | 'outdated' | 'newer' | 'setAside' | 'lmsAhead' | 'browserAhead' | 'unavailable' | 'elsewhere' | 'link' | 'lms';

/** What the title reads from this browser for the casussen on offer: saves to resume and each one's last score. */
export interface StoredProgress {
  readonly saves: ReadonlyMap<string, ResumeOffer>;
  /** Saves that cannot be offered (and why); an unreadable one has been set aside. */
  readonly rejected: ReadonlyMap<string, SaveProblem>;
  readonly lastScores: ReadonlyMap<string, LastScore>;
  /** Something stored did not read and was set aside. */
  readonly setAside: boolean;
}

/** The browser's storage as the machine reads it: injected, so the machine is tested without a browser. */
export interface AppPorts {
  readonly readProgress: (scenarioIds: readonly string[]) => StoredProgress;
}

/** What a launch link asked for, and what the reporting set-up found (known before the app starts). */
export interface LaunchRequest {
  readonly scenarioId?: string;
  readonly tarieven?: string;
  /** The link held parts the game does not know. */
  readonly misread: boolean;
  readonly classCode?: string;
  readonly reportingNotice: Notice | null;
}

export interface TariffChoice {
  readonly choice: string;
  readonly bundled: readonly TariffSetEntry[];
  readonly own: TariffSet | null;
}

export interface AppContext {
  readonly lang: Lang;
  readonly sound: boolean;
  readonly lineDelayMs: number;
  readonly ports: AppPorts;
  readonly launch: LaunchRequest;
  /** The casus being opened or played. */
  readonly scenarioId: string | null;
  readonly resume: boolean;
  readonly scenario: Scenario | null;
  readonly restored: RestoredProgress | null;
  readonly notice: Notice | null;
  readonly error: string | null;
  /** The bundled library (empty until loaded). */
  readonly bundled: ScenarioLibrary;
  /** The trainer's own casus kept in this browser, listed after the bundled ones. */
  readonly ownKept: ScenarioEntry | null;
  /** The bundled casussen and the own one: what the title offers and a casus opens from. */
  readonly library: ScenarioLibrary;
  readonly saves: ReadonlyMap<string, ResumeOffer>;
  readonly lastScores: ReadonlyMap<string, LastScore>;
  /** A save from a newer build stays in place: its notice is given once per casus, not on every reading of the saves. */
  readonly rejectedSeen: ReadonlySet<string>;
  /** The own-file panel, and the file it is checking or has checked. */
  readonly own: OwnScenarioState;
  readonly ownFile: FileToCheck | null;
  readonly ownChecked: Scenario | null;
  readonly ownTariffs: TariffSet | null;
  readonly ownTariffsState: OwnTariffState;
  readonly tariffFile: FileToCheck | null;
  /** The tariff set asked for: a link's `?tarieven=` for this visit, else the remembered choice. */
  readonly tariffChoice: string;
  readonly themes: readonly string[];
  readonly introSeen: boolean;
  readonly storageFailed: boolean;
  /** Another tab changed the open casus's progress; this tab stopped saving until the player decides. */
  readonly otherTab: boolean;
  readonly lrsWaiting: boolean;
  readonly lmsFull: boolean;
  readonly lrsInfo: { readonly classCode?: string } | null;
  readonly lrsRefused: boolean;
  readonly destinations: ReportingDestinations;
  /** A launch link that opened a casus directly: what it could not honour is said above the casus, not on the unseen title. */
  readonly launchNotice: LaunchNotice | null;
}

export type { FileToCheck, SoundCue };

/** What the player does (from the view) and what the page's parts report. */
export type AppEvent =
  | AppViewEvent
  | { type: 'assets.ready'; library: ScenarioLibrary }
  /** Said once on the title: the launch link held a value the game does not know, or its LMS was not found. */
  | { type: 'notice.raised'; notice: Notice }
  | { type: 'app.failed'; message: string }
  /** Another tab wrote or removed the save of this casus (null: cleared every save). */
  | { type: 'saves.changed'; scenarioId: string | null }
  | { type: 'storage.failed' }
  | { type: 'lrs.resolved'; lrs: ReportingDestinations['lrs']; refused: boolean }
  | { type: 'lrs.active'; classCode?: string }
  | { type: 'lrs.waiting'; waiting: boolean }
  | { type: 'lms.full' }
  /** A casus the werkplaats checked, to play from its start or (resume) from the save it wrote for a moment. */
  | { type: 'werkplaats.play'; scenario: Scenario; resume: boolean };

/** What the machine asks of the outside world: store settings, pause or resume saving, play a sound, tell reporting. */
export type AppEmitted =
  | { type: 'settings.changed'; settings: Partial<Settings> }
  | { type: 'saving.paused' }
  | { type: 'saving.resumed' }
  | { type: 'sound'; sound: SoundCue }
  | { type: 'library.ready'; scenarioIds: readonly string[] };

export interface OpenScenarioInput {
  readonly scenarioId: string;
  readonly resume: boolean;
  readonly library: ScenarioLibrary;
  readonly tariffs: TariffChoice;
}

/** What opening a casus gives: the compiled casus and, when resuming a save that replays, where it was. */
export type OpenedScenario =
  | { readonly kind: 'ready'; readonly scenario: Scenario; readonly restored: RestoredProgress | null }
  | { readonly kind: 'refused'; readonly notice: Notice };

export interface AppInput {
  readonly settings: Pick<Settings, 'lang' | 'sound' | 'themes' | 'introSeen' | 'tariffs'>;
  readonly lineDelayMs: number;
  readonly ports: AppPorts;
  readonly launch?: LaunchRequest;
  /** Read before the app started: the own casus and tariff file kept in this browser. */
  readonly ownKept?: ScenarioEntry | null;
  readonly ownTariffs?: TariffSet | null;
  /** Something stored did not read and was set aside before the app started (said on the title). */
  readonly setAside?: boolean;
  readonly destinations?: Omit<ReportingDestinations, 'lrs'>;
}

const EMPTY: ScenarioLibrary = { entries: [], problems: [] };
const NO_LAUNCH: LaunchRequest = { misread: false, reportingNotice: null };

const withOwn = (bundled: ScenarioLibrary, own: ScenarioEntry | null): ScenarioLibrary =>
  own ? { ...bundled, entries: [...bundled.entries, own] } : bundled;

export const tariffChoiceOf = (context: AppContext): TariffChoice => ({
  choice: availableChoice(context.tariffChoice, context.bundled.tariffSets ?? [], context.ownTariffs),
  bundled: context.bundled.tariffSets ?? [],
  own: context.ownTariffs,
});

/** Resuming prices with the set the save was made with, when it is still there; otherwise with today's choice. */
export const savedChoice = (tariffs: TariffChoice, saved: string | undefined): TariffChoice =>
  saved !== undefined && availableChoice(saved, tariffs.bundled, tariffs.own) === saved ? { ...tariffs, choice: saved } : tariffs;

/** The casus a launch link names, when the library has it. */
const launchedScenario = (context: AppContext, library: ScenarioLibrary): string | null => {
  const { scenarioId: scenario } = context.launch;
  return scenario && library.entries.some((e) => e.summary.id === scenario) ? scenario : null;
};

const unknownTariffs = (context: AppContext, library: ScenarioLibrary): boolean =>
  context.launch.tarieven !== undefined &&
  availableChoice(context.launch.tarieven, library.tariffSets ?? [], context.ownTariffs) !== context.launch.tarieven;

/**
 * The app shell: screens around the sessions (loading → title → opening, where the casus chunk loads and a save is
 * replayed → playing, and an error screen reachable from anywhere), beside the checks of a trainer's own casus and
 * tariff file. All app state lives in the context; storage, workers, tab sync and reporting are injected actors and
 * ports, and what must happen outside (settings written, saving paused, a sound) is emitted.
 */
export const appMachine = setup({
  types: { context: {} as AppContext, events: {} as AppEvent, input: {} as AppInput, emitted: {} as AppEmitted },
  actors: {
    openScenario: fromPromise<OpenedScenario, OpenScenarioInput>(() => Promise.reject(new Error('openCasus is provided by the app shell'))),
    checkOwnFile: fromPromise<CheckOutcome<OwnFileCheck>, FileToCheck>(() =>
      Promise.reject(new Error('checkOwnFile is provided by the app shell')),
    ),
    checkTariffFile: fromPromise<CheckOutcome<OwnTariffCheck>, FileToCheck>(() =>
      Promise.reject(new Error('checkTariffFile is provided by the app shell')),
    ),
    /** Reports saves written by another tab of the game (`saves.changed`). */
    tabSync: fromCallback<AppEvent>(() => undefined),
    /** Reports what the LRS and LMS reporting finds along the way (`lrs.*`, `lms.full`, an LMS notice). */
    lrsStatus: fromCallback<AppEvent>(() => undefined),
    /** Reports that the browser refused to store (`storage.failed`). */
    storageStatus: fromCallback<AppEvent>(() => undefined),
    session: sessionMachine,
  },
  actions: {
    startOwnCheck: assign(({ event }) =>
      event.type === 'own.file' ? { ownFile: event.file, own: { kind: 'checking', file: event.file.name } as const, ownChecked: null } : {},
    ),
    startTariffCheck: assign(({ event }) =>
      event.type === 'tariffs.file'
        ? { tariffFile: event.file, ownTariffsState: { kind: 'checking', file: event.file.name } as const }
        : {},
    ),
    leaveScenario: assign({ scenarioId: null, resume: false, scenario: null, restored: null }),
    /** The title's offers and last scores, read again; a save that cannot be offered is told once per casus. */
    readProgress: enqueueActions(({ context, enqueue }) => {
      const read = context.ports.readProgress(context.library.entries.map((e) => e.summary.id));
      const fresh = [...read.rejected].filter(([id]) => !context.rejectedSeen.has(id));
      const last = fresh.at(-1);
      enqueue.assign({
        saves: read.saves,
        lastScores: read.lastScores,
        ...(fresh.length > 0 ? { rejectedSeen: new Set([...context.rejectedSeen, ...fresh.map(([id]) => id)]) } : {}),
      });
      if (last) enqueue.assign({ notice: last[1] });
      else if (read.setAside) enqueue.assign({ notice: 'setAside' });
    }),
  },
  guards: {
    /** A fresh start on a stale title: another tab saved progress in this casus since the offers were read. */
    savedElsewhere: ({ context, event }) =>
      event.type === 'casus.open' &&
      !event.resume &&
      context.saves.get(event.scenarioId)?.kind !== 'resumable' &&
      context.ports.readProgress([event.scenarioId]).saves.get(event.scenarioId)?.kind === 'resumable',
  },
}).createMachine({
  id: 'app',
  type: 'parallel',
  context: ({ input }) => {
    const ownKept = input.ownKept ?? null;
    return {
      lang: input.settings.lang,
      sound: input.settings.sound,
      lineDelayMs: input.lineDelayMs,
      ports: input.ports,
      launch: input.launch ?? NO_LAUNCH,
      scenarioId: null,
      resume: false,
      scenario: null,
      restored: null,
      notice: input.setAside ? 'setAside' : null,
      error: null,
      bundled: EMPTY,
      ownKept,
      library: withOwn(EMPTY, ownKept),
      saves: new Map(),
      lastScores: new Map(),
      rejectedSeen: new Set(),
      own: { kind: 'idle' },
      ownFile: null,
      ownChecked: null,
      ownTariffs: input.ownTariffs ?? null,
      ownTariffsState: { kind: 'idle' },
      tariffFile: null,
      tariffChoice: input.launch?.tarieven ?? input.settings.tariffs,
      themes: input.settings.themes,
      introSeen: input.settings.introSeen,
      storageFailed: false,
      otherTab: false,
      lrsWaiting: false,
      lmsFull: false,
      lrsInfo: null,
      lrsRefused: false,
      destinations: { lrs: 'pending', parent: null, lms: false, ...input.destinations },
      launchNotice: null,
    };
  },
  invoke: [
    { id: 'tabSync', src: 'tabSync' },
    { id: 'lrsStatus', src: 'lrsStatus' },
    { id: 'storageStatus', src: 'storageStatus' },
  ],
  on: {
    'language.changed': {
      actions: [
        assign({ lang: ({ event }) => event.lang }),
        emit(({ event }) => ({ type: 'settings.changed', settings: { lang: event.lang } }) as const),
      ],
    },
    'sound.toggled': {
      actions: [
        assign({ sound: ({ context }) => !context.sound }),
        emit(({ context }) => ({ type: 'settings.changed', settings: { sound: context.sound } }) as const),
      ],
    },
    'sound.cue': { actions: emit(({ event }) => ({ type: 'sound', sound: event.sound }) as const) },
    'notice.raised': { actions: assign({ notice: ({ event }) => event.notice }) },
    'notice.dismissed': { actions: assign({ notice: null }) },
    'tariffs.chosen': {
      actions: [
        assign({ tariffChoice: ({ event }) => event.id }),
        emit(({ event }) => ({ type: 'settings.changed', settings: { tariffs: event.id } }) as const),
      ],
    },
    'themes.changed': {
      actions: [
        assign({ themes: ({ event }) => event.themes }),
        emit(({ event }) => ({ type: 'settings.changed', settings: { themes: event.themes } }) as const),
      ],
    },
    'intro.dismissed': { actions: [assign({ introSeen: true }), emit({ type: 'settings.changed', settings: { introSeen: true } })] },
    'storage.failed': { actions: assign({ storageFailed: true }) },
    'lrs.resolved': {
      actions: assign({
        destinations: ({ context, event }) => ({ ...context.destinations, lrs: event.lrs }),
        lrsRefused: ({ event }) => event.refused,
      }),
    },
    'lrs.active': { actions: assign({ lrsInfo: ({ event }) => (event.classCode ? { classCode: event.classCode } : {}) }) },
    'lrs.waiting': { actions: assign({ lrsWaiting: ({ event }) => event.waiting }) },
    'lms.full': { actions: assign({ lmsFull: true }) },
    'lrsInfo.dismissed': { actions: assign({ lrsInfo: null }) },
    'lrsRefused.dismissed': { actions: assign({ lrsRefused: false }) },
    'launchNotice.dismissed': { actions: assign({ launchNotice: null }) },
  },
  states: {
    screen: {
      initial: 'loading',
      on: {
        'app.failed': { target: '.error', actions: assign({ error: ({ event }) => event.message }) },
      },
      states: {
        loading: {
          on: {
            'assets.ready': [
              {
                // A link that names a casus opens it at once (resuming a save of it); what it could not honour is said above it.
                guard: ({ context, event }) => launchedScenario(context, withOwn(event.library, context.ownKept)) !== null,
                target: 'opening',
                actions: [
                  assign(({ context, event }) => {
                    const library = withOwn(event.library, context.ownKept);
                    const scenarioId = launchedScenario(context, library) ?? '';
                    const { reportingNotice } = context.launch;
                    const lmsNotice =
                      reportingNotice === 'lms' || reportingNotice === 'lmsAhead' || reportingNotice === 'browserAhead'
                        ? reportingNotice
                        : null;
                    return {
                      bundled: event.library,
                      library,
                      scenarioId,
                      launchNotice: lmsNotice ?? (context.launch.misread || unknownTariffs(context, library) ? 'link' : null),
                      resume: context.ports.readProgress([scenarioId]).saves.get(scenarioId)?.kind === 'resumable',
                      notice: null,
                    };
                  }),
                  emit(
                    ({ context }) => ({ type: 'library.ready', scenarioIds: context.library.entries.map((e) => e.summary.id) }) as const,
                  ),
                  'readProgress',
                ],
              },
              {
                target: 'title',
                actions: [
                  assign(({ context, event }) => {
                    const library = withOwn(event.library, context.ownKept);
                    const { launch } = context;
                    const link = launch.misread || launch.scenarioId !== undefined || unknownTariffs(context, library);
                    return { bundled: event.library, library, notice: link ? 'link' : (launch.reportingNotice ?? context.notice) };
                  }),
                  emit(
                    ({ context }) => ({ type: 'library.ready', scenarioIds: context.library.entries.map((e) => e.summary.id) }) as const,
                  ),
                ],
              },
            ],
          },
        },
        title: {
          entry: 'readProgress',
          on: {
            'casus.open': [
              { guard: 'savedElsewhere', actions: [assign({ notice: 'elsewhere' }), 'readProgress'] },
              {
                target: 'opening',
                actions: assign({ scenarioId: ({ event }) => event.scenarioId, resume: ({ event }) => event.resume, notice: null }),
              },
            ],
            // A casus written in the werkplaats, played from its start or resumed at a moment (a save written for it).
            'werkplaats.play': {
              target: 'opening',
              actions: assign(({ context, event }) => {
                const scenario = ownScenario(event.scenario);
                const ownKept = ownEntry(summarise(scenario), () => Promise.resolve(scenario));
                return { ownKept, library: withOwn(context.bundled, ownKept), scenarioId: scenario.id, resume: event.resume, notice: null };
              }),
            },
            'own.play': {
              guard: ({ context }) => context.ownChecked !== null,
              target: 'opening',
              actions: assign(({ context }) => {
                const scenario = ownScenario(context.ownChecked as Scenario);
                const ownKept = ownEntry(summarise(scenario), () => Promise.resolve(scenario));
                return { ownKept, library: withOwn(context.bundled, ownKept), scenarioId: scenario.id, resume: false, notice: null };
              }),
            },
            'saves.changed': { actions: 'readProgress' },
          },
        },
        opening: {
          invoke: {
            src: 'openScenario',
            input: ({ context }) => ({
              scenarioId: context.scenarioId ?? '',
              resume: context.resume,
              library: context.library,
              tariffs: tariffChoiceOf(context),
            }),
            onDone: [
              {
                guard: ({ event }) => event.output.kind === 'ready',
                target: 'playing',
                actions: assign(({ event }) =>
                  event.output.kind === 'ready' ? { scenario: event.output.scenario, restored: event.output.restored } : {},
                ),
              },
              {
                target: 'title',
                actions: [
                  'leaveScenario',
                  assign({ notice: ({ event }) => (event.output.kind === 'refused' ? event.output.notice : null) }),
                ],
              },
            ],
            onError: { target: 'title', actions: ['leaveScenario', assign({ notice: 'unavailable' })] },
          },
        },
        playing: {
          entry: assign({ otherTab: false }),
          invoke: {
            id: 'session',
            src: 'session',
            input: ({ context }) => ({
              scenario: context.scenario as Scenario,
              lineDelayMs: context.lineDelayMs,
              ...(context.restored ? { restored: context.restored } : {}),
            }),
            onError: { target: 'error', actions: assign({ error: ({ event }) => String(event.error) }) },
          },
          on: {
            'casus.close': { target: 'title', actions: 'leaveScenario' },
            // The title offers what is stored now; the open casus stops saving until the player decides.
            'saves.changed': {
              guard: ({ context, event }) => event.scenarioId === null || event.scenarioId === context.scenarioId,
              actions: [assign({ otherTab: true }), emit({ type: 'saving.paused' })],
            },
            'otherTab.load': {
              target: 'opening',
              actions: assign({ otherTab: false, resume: true, scenario: null, restored: null, notice: null }),
            },
            'otherTab.keep': { actions: [assign({ otherTab: false }), emit({ type: 'saving.resumed' })] },
          },
        },
        error: {},
      },
    },
    ownFile: {
      initial: 'idle',
      states: {
        idle: { on: { 'own.file': { target: 'checking', actions: 'startOwnCheck' } } },
        checking: {
          // A newer file replaces the check before it: re-entering stops the running check (only this region re-enters).
          on: { 'own.file': { target: 'checking', reenter: true, actions: 'startOwnCheck' } },
          invoke: {
            src: 'checkOwnFile',
            input: ({ context }) => context.ownFile as FileToCheck,
            onDone: {
              target: 'idle',
              actions: assign(({ context, event }) => {
                const file = context.ownFile?.name ?? '';
                const outcome = event.output;
                if (outcome.kind === 'cancelled') return {};
                if (outcome.kind !== 'done') return { own: stoppedState(file, outcome) };
                return { own: panelState(outcome.result), ownChecked: outcome.result.scenario ?? null };
              }),
            },
            onError: {
              target: 'idle',
              actions: assign({ own: ({ context }) => stoppedState(context.ownFile?.name ?? '', { kind: 'failed', detail: '' }) }),
            },
          },
        },
      },
    },
    tariffFile: {
      initial: 'idle',
      states: {
        idle: { on: { 'tariffs.file': { target: 'checking', actions: 'startTariffCheck' } } },
        checking: {
          on: { 'tariffs.file': { target: 'checking', reenter: true, actions: 'startTariffCheck' } },
          invoke: {
            src: 'checkTariffFile',
            input: ({ context }) => context.tariffFile as FileToCheck,
            onDone: {
              target: 'idle',
              // A clean set is kept (by the check) and chosen at once.
              actions: enqueueActions(({ context, event, enqueue }) => {
                const file = context.tariffFile?.name ?? '';
                const outcome = event.output;
                if (outcome.kind === 'cancelled') return;
                if (outcome.kind !== 'done') {
                  enqueue.assign({ ownTariffsState: stoppedState(file, outcome) });
                  return;
                }
                enqueue.assign({ ownTariffsState: tariffPanelState(outcome.result) });
                const set = outcome.result.set;
                if (!set) return;
                enqueue.assign({ ownTariffs: set, tariffChoice: OWN_TARIFF_SET });
                enqueue.emit({ type: 'settings.changed', settings: { tariffs: OWN_TARIFF_SET } });
              }),
            },
            onError: {
              target: 'idle',
              actions: assign({
                ownTariffsState: ({ context }) => stoppedState(context.tariffFile?.name ?? '', { kind: 'failed', detail: '' }),
              }),
            },
          },
        },
      },
    },
  },
});

export type AppMachine = typeof appMachine;
export type AppActor = ActorRefFrom<typeof appMachine>;
export type AppSnapshot = SnapshotFrom<typeof appMachine>;
export type SessionActor = ActorRefFrom<typeof sessionMachine>;
