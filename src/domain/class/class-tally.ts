import { choicesOf } from '../play/choices.ts';
import type { Moment, Option } from '../scenario/model.ts';
import type { SessionEvent } from '../session/events.ts';

/**
 * How many people in the room chose each choice of one moment, by the authored option id (class mode). An option
 * that must be argued (onderbouwing) is one choice: the room votes on it, the argument is picked after.
 */
import type { Tally } from './tally.ts';

export type { Tally } from './tally.ts';

/** The most a tally may count for one option: a lecture hall, not a typo of 1e9. */
export const MAX_TALLY = 9999;

/** What the room's tally asks the class to do. */
export type ClassPick =
  | { readonly kind: 'majority'; readonly optionId: string }
  /** Two or more options share the highest count: the trainer picks. */
  | { readonly kind: 'tie'; readonly optionIds: readonly string[] }
  /** Nobody counted yet. */
  | { readonly kind: 'empty' };

/** The choice (authored option) a compiled option belongs to: itself, or the option it is an argument for. */
export const choiceIdOf = (option: Option): string => option.argued?.optionId ?? option.id;

/** The ids a tally of this moment may count: its choices, whether or not the route's state offers them now. */
export const tallyIdsOf = (moment: Moment): string[] => choicesOf(moment.options).map((choice) => choice.id);

export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TALLY;

/** A tally that counts only these options, each a whole number 0…MAX_TALLY. */
export function isValidTally(tally: unknown, optionIds: readonly string[]): tally is Tally {
  if (typeof tally !== 'object' || tally === null || Array.isArray(tally)) return false;
  return Object.entries(tally).every(([id, count]) => optionIds.includes(id) && isCount(count));
}

export function tallyTotal(tally: Tally): number {
  return Object.values(tally).reduce((sum, count) => sum + count, 0);
}

/** The option most of the room chose, a tie among the highest, or nothing counted; options keep their order. */
export function majority(tally: Tally, optionIds: readonly string[]): ClassPick {
  const top = Math.max(0, ...optionIds.map((id) => tally[id] ?? 0));
  if (top === 0) return { kind: 'empty' };
  const leaders = optionIds.filter((id) => (tally[id] ?? 0) === top);
  return leaders.length === 1 ? { kind: 'majority', optionId: leaders[0]! } : { kind: 'tie', optionIds: leaders };
}

export interface TallyShare {
  readonly optionId: string;
  readonly count: number;
  /** 0…1 of everyone counted at this moment; 0 when nobody was counted. */
  readonly share: number;
}

/** Every option of the moment with its count and share, in the moment's order (options nobody chose included). */
export function distribution(tally: Tally, optionIds: readonly string[]): TallyShare[] {
  const total = optionIds.reduce((sum, id) => sum + (tally[id] ?? 0), 0);
  return optionIds.map((optionId) => {
    const count = tally[optionId] ?? 0;
    return { optionId, count, share: total === 0 ? 0 : count / total };
  });
}

/**
 * The class's tally per decision of the route, read from the session's event log (the n-th choice carries the
 * tally of decision n): undefined where the choice was made without one.
 */
export function classTallies(log: readonly SessionEvent[]): (Tally | undefined)[] {
  return log.filter((event) => event.type === 'choice.selected').map((event) => event.tally);
}
