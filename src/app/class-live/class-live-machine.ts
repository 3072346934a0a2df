import { assign, emit, fromPromise, setup } from 'xstate';
import type { Scenario } from '../../domain/scenario/model.ts';
import type { Lang } from '../../domain/scenario/text.ts';
import type { ScenarioLibrary } from '../scenario-library.ts';
import { LrsAnswerError } from './lrs-query.ts';
import type { XapiSettings } from '../reporting/xapi/xapi-config.ts';
import { normaliseClassCode } from '../reporting/xapi/xapi-ids.ts';
import { readStatement, unreadableKey, type ClassStatement } from './statement-reading.ts';

/** How often the page asks the LRS for news. */
export const POLL_MS = 4_000;
/** Each poll asks from a little before the newest statement it has: one stored while the last poll ran is not missed. */
const OVERLAP_MS = 5_000;

/** What the page finds at the start: the library, the LRS (from the link or config file) and the first casus. */
export interface ClassLiveStart {
  readonly entries: ScenarioLibrary['entries'];
  readonly settings: XapiSettings | null;
  readonly refused: boolean;
  readonly scenarioId: string | null;
  readonly scenario: Scenario | null;
}

export interface PollInput {
  readonly settings: XapiSettings;
  readonly classCode: string;
  readonly since?: string;
}

export interface PollAnswer {
  readonly found: readonly unknown[];
  readonly at: Date;
}

export interface ClassLiveContext {
  readonly lang: Lang;
  readonly settings: XapiSettings | null;
  /** A link to another LRS than the config file's, without its own key: nothing is read. */
  readonly refused: boolean;
  readonly classCode: string;
  readonly entries: ScenarioLibrary['entries'];
  readonly scenarioId: string | null;
  readonly scenario: Scenario | null;
  readonly statements: ReadonlyMap<string, ClassStatement>;
  /** Statements the view could not read, by id (or content): the overlapping polls return them again. */
  readonly unreadable: ReadonlySet<string>;
  readonly updatedAt: Date | null;
  /** The last read failed: the LRS refused the key (401/403), or anything else (off-line, a body it could not read). */
  readonly failed: false | 'key' | 'read';
  readonly paused: boolean;
}

export type ClassLiveEvent =
  | { type: 'language.changed'; lang: Lang }
  | { type: 'classCode.changed'; code: string }
  | { type: 'casus.chosen'; scenarioId: string }
  | { type: 'pause.toggled' };

/** Reads from a little before the newest statement held; everything when there is none (or its time is at a Date's edge). */
export function since(statements: ReadonlyMap<string, ClassStatement>): string | undefined {
  let newest = Number.NEGATIVE_INFINITY;
  for (const s of statements.values()) if (s.stored) newest = Math.max(newest, Date.parse(s.stored));
  const from = new Date(newest - OVERLAP_MS);
  return Number.isNaN(from.getTime()) ? undefined : from.toISOString();
}

function take(context: ClassLiveContext, found: readonly unknown[]): Pick<ClassLiveContext, 'statements' | 'unreadable'> {
  const statements = new Map(context.statements);
  const unreadable = new Set(context.unreadable);
  for (const raw of found) {
    const statement = readStatement(raw);
    if (statement) statements.set(statement.id, statement);
    else unreadable.add(unreadableKey(raw));
  }
  return { statements, unreadable };
}

/**
 * The trainer's live class overview as a machine: it starts (library, LRS, first casus), then polls the LRS every
 * few seconds (`after`) while it has an LRS and a class code and is not paused. A new class code starts from nothing;
 * resuming after a pause goes on with what it has. A poll that is overtaken (new code, pause) is stopped, so its
 * answer never counts. Loading a chosen casus runs beside the polling.
 */
export const classLiveMachine = setup({
  types: {
    context: {} as ClassLiveContext,
    events: {} as ClassLiveEvent,
    input: {} as { lang: Lang },
    emitted: {} as { type: 'language.changed'; lang: Lang },
  },
  actors: {
    start: fromPromise<ClassLiveStart>(() => Promise.reject(new Error('start is provided by the page'))),
    poll: fromPromise<PollAnswer, PollInput>(() => Promise.reject(new Error('poll is provided by the page'))),
    loadScenario: fromPromise<Scenario | null, { entries: ScenarioLibrary['entries']; scenarioId: string }>(async ({ input }) => {
      const entry = input.entries.find((e) => e.summary.id === input.scenarioId);
      return entry ? entry.load() : null;
    }),
  },
  actions: {
    togglePause: assign({ paused: ({ context }) => !context.paused }),
    /** A new class code starts from nothing. */
    takeCode: assign(({ event }) =>
      event.type === 'classCode.changed'
        ? { classCode: normaliseClassCode(event.code), statements: new Map(), unreadable: new Set<string>(), updatedAt: null }
        : {},
    ),
  },
  guards: {
    paused: ({ context }) => context.paused,
    validCode: ({ event }) => event.type === 'classCode.changed' && normaliseClassCode(event.code) !== '',
    canPoll: ({ context }) => context.settings !== null && context.classCode !== '',
  },
}).createMachine({
  id: 'classLive',
  type: 'parallel',
  context: ({ input }) => ({
    lang: input.lang,
    settings: null,
    refused: false,
    classCode: '',
    entries: [],
    scenarioId: null,
    scenario: null,
    statements: new Map(),
    unreadable: new Set(),
    updatedAt: null,
    failed: false,
    paused: false,
  }),
  on: {
    'language.changed': {
      actions: [
        assign({ lang: ({ event }) => event.lang }),
        emit(({ event }) => ({ type: 'language.changed', lang: event.lang }) as const),
      ],
    },
  },
  states: {
    feed: {
      initial: 'starting',
      states: {
        starting: {
          invoke: {
            src: 'start',
            onDone: {
              target: 'deciding',
              actions: assign(({ event }) => ({ ...event.output, classCode: event.output.settings?.classCode ?? '' })),
            },
            // Without its casus library the page can still say the LRS could not be shown; it never goes blank.
            onError: { target: 'stopped', actions: assign({ failed: 'read' }) },
          },
          on: {
            'pause.toggled': { actions: 'togglePause' },
            // Kept until the start is done (which takes the config file's code, as before).
            'classCode.changed': { guard: 'validCode', actions: 'takeCode' },
          },
        },
        deciding: {
          always: [{ guard: 'paused', target: 'paused' }, { guard: 'canPoll', target: 'polling' }, { target: 'idle' }],
        },
        polling: {
          invoke: {
            src: 'poll',
            input: ({ context }) => {
              const from = since(context.statements);
              return { settings: context.settings as XapiSettings, classCode: context.classCode, ...(from ? { since: from } : {}) };
            },
            onDone: {
              target: 'waiting',
              actions: assign(({ context, event }) => ({
                ...take(context, event.output.found),
                updatedAt: event.output.at,
                failed: false as const,
              })),
            },
            onError: {
              target: 'waiting',
              actions: assign({
                failed: ({ event }) => (event.error instanceof LrsAnswerError && event.error.keyRefused ? 'key' : 'read'),
              }),
            },
          },
        },
        waiting: {
          after: { [POLL_MS]: 'polling' },
        },
        idle: {},
        paused: {},
        stopped: { on: { 'pause.toggled': { actions: 'togglePause' } } },
      },
      on: {
        // Pausing stops a running poll or wait; going on polls at once, with what it has.
        'pause.toggled': [
          { guard: 'paused', target: '.deciding', actions: 'togglePause' },
          { target: '.paused', actions: 'togglePause' },
        ],
        // From the region to its child: whatever ran (a poll, a wait) stops, and a fresh poll starts.
        'classCode.changed': { guard: 'validCode', target: '.deciding', actions: 'takeCode' },
      },
    },
    scenario: {
      initial: 'idle',
      states: {
        idle: { on: { 'casus.chosen': { target: 'loading', actions: assign({ scenarioId: ({ event }) => event.scenarioId }) } } },
        loading: {
          on: { 'casus.chosen': { target: 'loading', reenter: true, actions: assign({ scenarioId: ({ event }) => event.scenarioId }) } },
          invoke: {
            src: 'loadScenario',
            input: ({ context }) => ({ entries: context.entries, scenarioId: context.scenarioId ?? '' }),
            onDone: { target: 'idle', actions: assign({ scenario: ({ event }) => event.output }) },
            onError: { target: 'idle', actions: assign({ scenario: null }) },
          },
        },
      },
    },
  },
});
