/** A check that did not answer: out of time (after `seconds`), or the checking worker broke. Said calmly, the page goes on. */
export interface StoppedCheck {
  readonly kind: 'stopped';
  readonly file: string;
  readonly reason: 'time' | 'failed';
  readonly seconds?: number;
}

/**
 * What a panel shows about a trainer's own file (a casus, a tariff set): nothing yet, a check in progress, a check
 * that was stopped, or the outcome, whose details (`Outcome`) depend on what the file holds.
 */
export type CheckState<Outcome extends object> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly file: string }
  | StoppedCheck
  | ({ readonly kind: 'checked'; readonly file: string } & Outcome);
