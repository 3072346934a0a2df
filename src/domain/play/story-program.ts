import { countedCents, receiptLine } from '../costs/receipt.ts';
import {
  VALUE_KEYS,
  type Comparison,
  type GameState,
  type Moment,
  type Option,
  type Scenario,
  type StateValue,
  type ValueKey,
} from '../scenario/model.ts';
import { systeemrouteCents } from '../scoring/score.ts';
import { effectOn, passes } from './conditions.ts';
import { liveVariables, type Liveness } from './live-variables.ts';

/**
 * The scenario compiled for the story analysis: moments and endings by index, each option's own cost and
 * value deltas, and states projected onto the live variables (see live-variables.ts) as plain arrays.
 * Conditions and state transitions are compiled per moment on first use, so work and memory follow the
 * part of the story the analysis actually walks.
 */

/** Where an option leads, as one number: a moment's index (≥ 0) or an ending (≤ −2); −1 is "not open". */
export const CLOSED = -1;
export const toEnding = (ending: number): number => -2 - ending;
export const endingOf = (target: number): number => -2 - target;
export const isEnding = (target: number): boolean => target <= -2;

/** A state as the analysis keeps it: the values of the moment's live variables, in `live(m)` order. */
export type Values = readonly StateValue[];

export interface ProgramOption {
  readonly option: Option;
  readonly target: number;
  /** The option's own costs over the horizon, as on the kassabon: those it books whatever the state. */
  readonly cents: number;
  /** Costs booked only in some states (`requires` on a cost), with their conditions by variable name. */
  readonly conditional: readonly { readonly requires: Option['requires']; readonly cents: number }[];
  readonly deltas: Readonly<Record<ValueKey, number>>;
}

export interface ProgramMoment {
  readonly moment: Moment;
  readonly options: readonly ProgramOption[];
}

interface Condition {
  readonly at: number;
  readonly test: Comparison;
}

/** How one option turns the state at its moment into the state at its target moment. */
interface Transition {
  /** Per live variable of the target: the position of its value in the source state, or −1. */
  readonly from: Int32Array;
  /** Positions (in the target's state) an option sets or adds to. */
  readonly changed: readonly { readonly at: number; readonly variable: string }[];
}

export interface StoryProgram {
  readonly scenario: Scenario;
  readonly moments: readonly ProgramMoment[];
  readonly momentIndex: ReadonlyMap<string, number>;
  readonly endingIds: readonly string[];
  readonly start: number;
  readonly startValues: Values;
  readonly liveness: Liveness;
  readonly systeemCents: number;
  /** Compiled conditions per moment and option; filled on first use. */
  readonly conditions: (readonly (readonly Condition[])[] | undefined)[];
  /** Compiled transitions per moment and option; filled on first use. */
  readonly transitions: ((Transition | undefined)[] | undefined)[];
}

function programOption(
  scenario: Scenario,
  moment: Moment,
  option: Option,
  momentIndex: ReadonlyMap<string, number>,
  endingIndex: ReadonlyMap<string, number>,
): ProgramOption {
  const target = option.to.kind === 'moment' ? (momentIndex.get(option.to.id) ?? CLOSED) : toEnding(endingIndex.get(option.to.id) ?? 0);
  const deltas = Object.fromEntries(VALUE_KEYS.map((key) => [key, option.values[key].delta])) as Record<ValueKey, number>;
  const booked = (cost: Option['costs'][number]) =>
    countedCents(receiptLine(cost, { momentId: moment.id, optionId: option.id, month: moment.month }, scenario.horizonMonths));
  const cents = option.costs.filter((c) => c.requires === undefined).reduce((sum, c) => sum + booked(c), 0);
  const conditional = option.costs.flatMap((c) => (c.requires === undefined ? [] : [{ requires: c.requires, cents: booked(c) }]));
  return { option, target, cents, conditional, deltas };
}

/** Compiled conditions of the conditional costs per moment and option; filled on first use. */
const costConditions = new WeakMap<StoryProgram, (readonly (readonly (readonly Condition[])[])[] | undefined)[]>();

/** What option `o` of moment `m` books in state `values` (the moment's live variables): its fixed costs and the conditional ones that hold. */
export function centsAt(program: StoryProgram, m: number, o: number, values: Values): number {
  const option = program.moments[m]!.options[o]!;
  if (option.conditional.length === 0) return option.cents;
  const perMoment = costConditions.get(program) ?? [];
  costConditions.set(program, perMoment);
  const live = program.liveness.live(m);
  const compiled = (perMoment[m] ??= program.moments[m]!.options.map((p) =>
    p.conditional.map((c) =>
      c.requires.map((r) => ({ at: positionIn(live, program.liveness.indexOf.get(r.variable) ?? -1), test: r.test })),
    ),
  ));
  let cents = option.cents;
  compiled[o]!.forEach((conditions, i) => {
    if (conditions.every(({ at, test }) => passes(at < 0 ? undefined : values[at], test))) cents += option.conditional[i]!.cents;
  });
  return cents;
}

export function compileProgram(scenario: Scenario): StoryProgram {
  const list = Object.values(scenario.moments);
  const momentIndex = new Map(list.map((m, i) => [m.id, i]));
  const endingIds = Object.keys(scenario.endings);
  const endingIndex = new Map(endingIds.map((id, i) => [id, i]));
  const moments = list.map((moment) => ({
    moment,
    options: moment.options.map((o) => programOption(scenario, moment, o, momentIndex, endingIndex)),
  }));
  const liveness = liveVariables(scenario, list, momentIndex);
  const start = momentIndex.get(scenario.start) ?? 0;
  const startValues = Array.from(liveness.live(start), (v) => scenario.initialState[liveness.variables[v]!]!);
  return {
    scenario,
    moments,
    momentIndex,
    endingIds,
    start,
    startValues,
    liveness,
    systeemCents: systeemrouteCents(scenario),
    conditions: [],
    transitions: [],
  };
}

/** Position of variable `v` in a sorted live list, or −1. */
function positionIn(live: Int32Array, v: number): number {
  let low = 0;
  let high = live.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const here = live[mid]!;
    if (here === v) return mid;
    if (here < v) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function conditionsAt(program: StoryProgram, m: number): readonly (readonly Condition[])[] {
  const known = program.conditions[m];
  if (known) return known;
  const live = program.liveness.live(m);
  const compiled = program.moments[m]!.options.map(({ option }) =>
    option.requires.map((c) => ({ at: positionIn(live, program.liveness.indexOf.get(c.variable) ?? -1), test: c.test })),
  );
  program.conditions[m] = compiled;
  return compiled;
}

/** Whether option `o` of moment `m` is open in state `values` (the moment's live variables). */
export function isOpen(program: StoryProgram, m: number, o: number, values: Values): boolean {
  for (const { at, test } of conditionsAt(program, m)[o]!) if (!passes(at < 0 ? undefined : values[at], test)) return false;
  return true;
}

function transitionOf(program: StoryProgram, m: number, o: number): Transition {
  const row = (program.transitions[m] ??= []);
  const known = row[o];
  if (known) return known;
  const { option, target } = program.moments[m]!.options[o]!;
  const { live, variables } = program.liveness;
  const source = live(m);
  const destination = live(target);
  const from = new Int32Array(destination.length);
  const changed: { at: number; variable: string }[] = [];
  destination.forEach((v, at) => {
    const variable = variables[v]!;
    from[at] = positionIn(source, v);
    if (Object.hasOwn(option.set, variable) || Object.hasOwn(option.add, variable)) changed.push({ at, variable });
  });
  const compiled = { from, changed };
  row[o] = compiled;
  return compiled;
}

/** The state on arriving at option `o`'s target moment, from state `values` at moment `m`. */
export function advance(program: StoryProgram, m: number, o: number, values: Values): StateValue[] {
  const { from, changed } = transitionOf(program, m, o);
  const next: StateValue[] = new Array<StateValue>(from.length);
  for (let at = 0; at < from.length; at++) next[at] = values[from[at]!]!;
  const option = program.moments[m]!.options[o]!.option;
  for (const { at, variable } of changed) {
    const value = effectOn(option, variable, from[at]! < 0 ? undefined : values[from[at]!]);
    if (value !== undefined) next[at] = value;
  }
  return next;
}

/**
 * A key that tells states of one moment apart. Each position holds one variable, whose values are all of
 * the kind `state:` declares (the checker refuses others, SC017), and names cannot hold a comma: so the
 * values joined by commas never mix up two states.
 */
export function stateKey(values: Values): string {
  return values.join(',');
}

/** The variables moment `m`'s own options read, with their values in `values`: what a message shows. */
export function readState(program: StoryProgram, m: number, values: Values): GameState {
  const { live, variables } = program.liveness;
  const read = new Set(program.moments[m]!.moment.options.flatMap((o) => o.requires.map((c) => c.variable)));
  const shown: Record<string, StateValue> = {};
  live(m).forEach((v, at) => {
    const name = variables[v]!;
    if (read.has(name)) shown[name] = values[at]!;
  });
  return shown;
}
