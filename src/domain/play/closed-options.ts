import type { GameState, Option, Scenario } from '../scenario/model.ts';
import type { Text } from '../scenario/text.ts';
import { choicesOf } from './choices.ts';
import { isAvailable, passes } from './conditions.ts';
import { optionOf, type Step } from './route.ts';

/** Why a choice is shown but cannot be taken. */
export type ClosedReason =
  | { readonly kind: 'authored'; readonly text: Text }
  /** An earlier choice of this route set what the choice's requires rules out. */
  | { readonly kind: 'earlier'; readonly label: Text }
  /** Nothing on the route closed it: it needs something that has not happened (yet). */
  | { readonly kind: 'not-yet' };

export interface ClosedChoice {
  /** The authored option id (an argued option's, not one argument's). */
  readonly id: string;
  readonly label: Text;
  readonly reason: ClosedReason;
}

/** The last step of the route whose option set or added to one of the variables the option's failed conditions read. */
function closingStep(scenario: Scenario, option: Option, state: GameState, steps: readonly Step[]): Option | undefined {
  const failed = new Set(option.requires.filter((c) => !passes(state[c.variable], c.test)).map((c) => c.variable));
  for (let i = steps.length - 1; i >= 0; i--) {
    const taken = optionOf(scenario, steps[i]!);
    if ([...Object.keys(taken.set), ...Object.keys(taken.add)].some((name) => failed.has(name))) return taken;
  }
  return undefined;
}

/**
 * The choices of a moment that the route's state has closed and the author did not hide: shown disabled, with
 * a one-line reason (the author's, or the earlier choice that closed it).
 */
export function closedChoices(scenario: Scenario, options: readonly Option[], state: GameState, steps: readonly Step[]): ClosedChoice[] {
  return choicesOf(options.filter((o) => !isAvailable(o, state) && !o.hiddenWhenClosed)).map((choice) => {
    const option = choice.options[0]!;
    if (option.closedReason) return { id: choice.id, label: choice.label, reason: { kind: 'authored', text: option.closedReason } };
    const earlier = closingStep(scenario, option, state, steps);
    return { id: choice.id, label: choice.label, reason: earlier ? { kind: 'earlier', label: earlier.label } : { kind: 'not-yet' } };
  });
}
