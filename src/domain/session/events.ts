import type { Tally } from '../class/tally.ts';
import type { ReceiptLine } from '../costs/receipt.ts';
import type { Step } from '../play/route.ts';
import type { ValueKey } from '../scenario/model.ts';
import type { ScoreResult } from '../scoring/score.ts';
import type { SessionProgress } from './progress.ts';

/** What a player (or a replayed save) tells the session: dotted names, the same in machine, views, saves and tests. */
export type SessionEvent =
  /** `order`: the seed of this attempt's option order (choice-order.ts); absent in saves from before it: authored order. */
  | { readonly type: 'casus.begin'; readonly order?: number }
  /** In class mode the choice carries the room's tally for this moment, so it is saved and replayed with the log. */
  | { readonly type: 'choice.selected'; readonly optionId: string; readonly tally?: Tally }
  | { readonly type: 'kassabon.revealed' }
  | { readonly type: 'moment.continue' }
  | { readonly type: 'session.restart' }
  /** From the debrief: play again from decision `decision` (1-based) of this route, the earlier choices kept. */
  | { readonly type: 'session.branch'; readonly decision: number };

/**
 * What the session tells outside listeners (save, sound, LMS and xAPI reporters, postMessage) through
 * XState `emit`. Listeners subscribe with `actor.on(type, …)`; none of them diffs snapshots.
 */
export type SessionEmitted =
  | { readonly type: 'casus.begun'; readonly scenarioId: string }
  | { readonly type: 'moment.entered'; readonly momentId: string; readonly decision: number }
  | {
      readonly type: 'choice.made';
      readonly momentId: string;
      readonly optionId: string;
      readonly decision: number;
      readonly lineCount: number;
      /** The kassabon lines of this choice, as booked in the route's state. */
      readonly lines: readonly ReceiptLine[];
      readonly totalCents: number;
      readonly values: Readonly<Record<ValueKey, number>>;
    }
  | { readonly type: 'kassabon.line-printed'; readonly index: number }
  | { readonly type: 'kassabon.printed' }
  | {
      readonly type: 'casus.completed';
      readonly scenarioId: string;
      readonly endingId: string;
      readonly steps: readonly Step[];
      readonly score: ScoreResult;
    }
  | { readonly type: 'session.restarted' }
  | { readonly type: 'session.branched'; readonly decision: number }
  /** The event log grew (or was reset): what a save stores, with where the session now stands. */
  | { readonly type: 'log.changed'; readonly log: readonly SessionEvent[]; readonly progress: SessionProgress };
