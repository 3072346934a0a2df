import { assign, fromPromise, setup, type ActorRefFrom } from 'xstate';
import type { Lang } from '../domain/scenario/text.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import type { RestoredProgress } from '../domain/session/session-machine.ts';
import { sessionMachine } from '../domain/session/session-machine.ts';

/**
 * Told to the player once, on the title screen. newer: a save made by a newer build, kept; setAside: a stored entry
 * that did not read was set aside; lmsAhead / browserAhead: the LMS's resume state and this browser's save differed
 * and the further one is used.
 */
export type Notice = 'corrupt' | 'outdated' | 'newer' | 'setAside' | 'lmsAhead' | 'browserAhead' | 'unavailable' | 'elsewhere' | 'link' | 'lms';

export interface AppContext {
  readonly lang: Lang;
  readonly sound: boolean;
  readonly lineDelayMs: number;
  /** The casus being opened or played. */
  readonly scenarioId: string | null;
  readonly resume: boolean;
  readonly scenario: Scenario | null;
  readonly restored: RestoredProgress | null;
  readonly notice: Notice | null;
  readonly error: string | null;
  /** Grows when the library or a trainer's own file changes, so the title screen is drawn again. */
  readonly libraryVersion: number;
}

export type AppEvent =
  | { type: 'assets.ready' }
  | { type: 'language.changed'; lang: Lang }
  | { type: 'sound.toggled' }
  | { type: 'casus.open'; scenarioId: string; resume: boolean }
  | { type: 'save.rejected'; notice: Notice }
  /** Said once on the title: the launch link held a value the game does not know, or its LMS was not found. */
  | { type: 'notice.raised'; notice: Notice }
  | { type: 'notice.dismissed' }
  /** The title offered a fresh start, but another tab has saved progress in that casus since. */
  | { type: 'save.elsewhere' }
  | { type: 'casus.close' }
  | { type: 'app.failed'; message: string }
  | { type: 'library.changed' };

export interface OpenCasusInput {
  readonly scenarioId: string;
  readonly resume: boolean;
}

/** What opening a casus gives: the compiled casus and, when resuming a save that replays, where it was. */
export type OpenedCasus =
  | { readonly kind: 'ready'; readonly scenario: Scenario; readonly restored: RestoredProgress | null }
  | { readonly kind: 'refused'; readonly notice: Notice };

export interface AppInput {
  readonly lang: Lang;
  readonly sound: boolean;
  readonly lineDelayMs: number;
}

/**
 * Screens around the sessions: loading → title → opening (the casus chunk loads, a save is replayed) →
 * playing, and an error screen reachable from anywhere. The session is an invoked actor: its life is the
 * `playing` state. Loading a casus is an injected actor, so this machine stays pure and testable.
 */
export const appMachine = setup({
  types: { context: {} as AppContext, events: {} as AppEvent, input: {} as AppInput },
  actors: {
    openCasus: fromPromise<OpenedCasus, OpenCasusInput>(() => Promise.reject(new Error('openCasus is provided by the app shell'))),
    session: sessionMachine,
  },
  actions: {
    leaveCasus: assign({ scenarioId: null, resume: false, scenario: null, restored: null }),
  },
}).createMachine({
  id: 'app',
  context: ({ input }) => ({
    lang: input.lang,
    sound: input.sound,
    lineDelayMs: input.lineDelayMs,
    scenarioId: null,
    resume: false,
    scenario: null,
    restored: null,
    notice: null,
    error: null,
    libraryVersion: 0,
  }),
  initial: 'loading',
  on: {
    'language.changed': { actions: assign({ lang: ({ event }) => event.lang }) },
    'sound.toggled': { actions: assign({ sound: ({ context }) => !context.sound }) },
    'app.failed': { target: '.error', actions: assign({ error: ({ event }) => event.message }) },
    'save.rejected': { actions: assign({ notice: ({ event }) => event.notice }) },
    'notice.raised': { actions: assign({ notice: ({ event }) => event.notice }) },
    'notice.dismissed': { actions: assign({ notice: null }) },
    'library.changed': { actions: assign({ libraryVersion: ({ context }) => context.libraryVersion + 1 }) },
    'save.elsewhere': { actions: assign({ notice: 'elsewhere' }) },
  },
  states: {
    loading: { on: { 'assets.ready': 'title' } },
    title: {
      on: {
        'casus.open': {
          target: 'opening',
          actions: assign({ scenarioId: ({ event }) => event.scenarioId, resume: ({ event }) => event.resume, notice: null }),
        },
      },
    },
    opening: {
      invoke: {
        src: 'openCasus',
        input: ({ context }) => ({ scenarioId: context.scenarioId ?? '', resume: context.resume }),
        onDone: [
          {
            guard: ({ event }) => event.output.kind === 'ready',
            target: 'playing',
            actions: assign(({ event }) => (event.output.kind === 'ready' ? { scenario: event.output.scenario, restored: event.output.restored } : {})),
          },
          {
            target: 'title',
            actions: ['leaveCasus', assign({ notice: ({ event }) => (event.output.kind === 'refused' ? event.output.notice : null) })],
          },
        ],
        onError: { target: 'title', actions: ['leaveCasus', assign({ notice: 'unavailable' })] },
      },
    },
    playing: {
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
      on: { 'casus.close': { target: 'title', actions: 'leaveCasus' } },
    },
    error: {},
  },
});

export type AppMachine = typeof appMachine;
export type SessionActor = ActorRefFrom<typeof sessionMachine>;
