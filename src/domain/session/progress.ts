import type { Scenario } from '../scenario/model.ts';

/** Where a session stands, kept in its save for the title screen's resume offer (no casus needs loading for it). */
export interface SessionProgress {
  /** The decision the player is at: the steps taken, plus the one being made. */
  readonly decision: number;
  readonly month: number;
  readonly finished: boolean;
}

/** The progress of a session whose context this is; `deciding` when a choice is open. */
export function progressOf(
  context: { readonly scenario: Scenario; readonly steps: readonly unknown[]; readonly momentId: string; readonly endingId: string | null },
  deciding: boolean,
): SessionProgress {
  return {
    decision: context.steps.length + (deciding ? 1 : 0),
    month: context.scenario.moments[context.momentId]?.month ?? 0,
    finished: context.endingId !== null,
  };
}
