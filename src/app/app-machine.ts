import { assign, setup } from 'xstate';
import type { Lang } from '../domain/scenario/text.ts';

export type SaveNotice = 'corrupt' | 'outdated' | null;

export interface AppContext {
  readonly lang: Lang;
  readonly sound: boolean;
  readonly scenarioId: string | null;
  /** Whether to resume the stored session of scenarioId. */
  readonly resume: boolean;
  /** A save that could not be used, to tell the player once. */
  readonly saveNotice: SaveNotice;
  readonly error: string | null;
}

export type AppEvent =
  | { type: 'assets.ready' }
  | { type: 'language.changed'; lang: Lang }
  | { type: 'sound.toggled' }
  | { type: 'casus.open'; scenarioId: string; resume: boolean }
  | { type: 'save.rejected'; notice: Exclude<SaveNotice, null> }
  | { type: 'notice.dismissed' }
  | { type: 'casus.close' }
  | { type: 'app.failed'; message: string };

/** Screens around the sessions: loading → title ⇄ playing, and an error screen reachable from anywhere. */
export const appMachine = setup({
  types: { context: {} as AppContext, events: {} as AppEvent, input: {} as { lang: Lang; sound: boolean } },
}).createMachine({
  id: 'app',
  context: ({ input }) => ({ lang: input.lang, sound: input.sound, scenarioId: null, resume: false, saveNotice: null, error: null }),
  initial: 'loading',
  on: {
    'language.changed': { actions: assign({ lang: ({ event }) => event.lang }) },
    'sound.toggled': { actions: assign({ sound: ({ context }) => !context.sound }) },
    'app.failed': { target: '.error', actions: assign({ error: ({ event }) => event.message }) },
    'save.rejected': { actions: assign({ saveNotice: ({ event }) => event.notice }) },
    'notice.dismissed': { actions: assign({ saveNotice: null }) },
  },
  states: {
    loading: { on: { 'assets.ready': 'title' } },
    title: {
      on: {
        'casus.open': {
          target: 'playing',
          actions: assign({ scenarioId: ({ event }) => event.scenarioId, resume: ({ event }) => event.resume }),
        },
      },
    },
    playing: { on: { 'casus.close': { target: 'title', actions: assign({ scenarioId: null, resume: false }) } } },
    error: {},
  },
});
