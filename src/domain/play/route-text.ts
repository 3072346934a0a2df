import { fillAgesIn } from '../scenario/ages.ts';
import type { Condition, GameState, Moment, Option, Scenario, Setting, TextVariant } from '../scenario/model.ts';
import type { Text } from '../scenario/text.ts';
import { passes } from './conditions.ts';

/** Texts that follow the route: the first variant whose conditions hold, else the default; ages filled for the month. */
export const holdsAll = (conditions: readonly Condition[], state: GameState): boolean =>
  conditions.every((c) => passes(state[c.variable], c.test));

function chosen(base: Text, variants: readonly TextVariant[] | undefined, state: GameState): Text {
  return variants?.find((v) => holdsAll(v.requires, state))?.text ?? base;
}

/** A moment's text on arrival with `state`. */
export function momentText(scenario: Scenario, moment: Moment, state: GameState): Text {
  return fillAgesIn(chosen(moment.text, moment.textVariants, state), scenario, moment.month);
}

/** What follows an option, for the state before its own effects. */
export function consequenceText(scenario: Scenario, moment: Moment, option: Option, stateBefore: GameState): Text {
  return fillAgesIn(chosen(option.consequence, option.consequenceVariants, stateBefore), scenario, moment.month);
}

/** An ending's text on arrival with `state`, ages as at the horizon. */
export function endingText(scenario: Scenario, endingId: string, state: GameState): Text {
  const ending = scenario.endings[endingId]!;
  return fillAgesIn(chosen(ending.text, ending.textVariants, state), scenario, scenario.horizonMonths);
}

/** Any other player text shown at `month` (titles, stakes, notes): ages filled. */
export function textAt(scenario: Scenario, text: Text, month: number): Text {
  return fillAgesIn(text, scenario, month);
}

/** The setting the stage draws for `state`: the first stage entry that holds, else thuis. */
export function settingFor(scenario: Scenario, state: GameState): Setting {
  return scenario.stage.find((entry) => holdsAll(entry.requires, state))?.setting ?? 'thuis';
}
