import type { Text } from './text.ts';

/** The compiled, validated, read-only scenario the runtime plays. Money is integer cents. */

/** Enumerations, defined once: the schema, the checks and the views take their lists and types from here. */
export const FREQUENCIES = ['eenmalig', 'per_week', 'per_maand', 'per_jaar'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** How far a recurring cost runs when the file lets the game count (`until:`): to the next moment on that route, or to the horizon. */
export const UNTIL = ['volgend_moment', 'einde'] as const;
export type Until = (typeof UNTIL)[number];
/** The waardendriehoek, in the order the debrief lists it. */
export const VALUE_KEYS = ['legitimiteit', 'betrokkenheid', 'rendement'] as const;
export type ValueKey = (typeof VALUE_KEYS)[number];
export const TONES = ['goed', 'gemengd', 'zorgelijk'] as const;
export type Tone = (typeof TONES)[number];
/** Figures the household scene can draw. */
export const FIGURES = ['vrouw', 'man', 'jongen', 'meisje', 'kind', 'oudere'] as const;
export type Figure = (typeof FIGURES)[number];

/** How a cost counts (one rule everywhere, see costs/receipt.ts): kosten, uitkering and lening are costs to the payer when paid; an aflossing moves money from the payer to `to` and leaves the total alone; a kwijtschelding is shown and counts 0 (the loss was booked with the loan). */
export const COST_KINDS = ['kosten', 'uitkering', 'lening', 'aflossing', 'kwijtschelding'] as const;
export type CostKind = (typeof COST_KINDS)[number];
/** The four phases of the debrief (after the reflection models used in social-work education). */
export const REFLECTION_PHASES = ['gebeurd', 'gevoeld', 'betekenis', 'doen'] as const;
export type ReflectionPhase = (typeof REFLECTION_PHASES)[number];
/** Where the household is, as the stage draws it. */
export const SETTINGS = ['thuis', 'verhuisd', 'opvang', 'instelling', 'straat'] as const;
export type Setting = (typeof SETTINGS)[number];

/** What the audience of an onderbouwing decides about the maatwerk the trainee argued for. */
export const VERDICTS = ['toegekend', 'vertraagd', 'afgewezen'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type StateValue = boolean | number | string;
export type GameState = Readonly<Record<string, StateValue>>;

export interface SourceRef {
  readonly document: string;
  readonly line: number;
  readonly quote: string;
  /** The publication's title, when the file gives it (players read it on the kassabon). */
  readonly title?: string;
}

export interface CostItem {
  readonly item: Text;
  readonly amountCents: number;
  readonly frequency: Frequency;
  /** Periods in the frequency's unit; 1 for eenmalig. */
  readonly periods: number;
  readonly payer: string;
  readonly source?: SourceRef;
  /** Why the amount is an estimate, when no source gives it. */
  readonly estimate?: Text;
  /** The shared tariff the amount came from (`tariff: id`): a gemeente's tariff set may price it otherwise. */
  readonly tariff?: string;
  /** Absent: kosten. */
  readonly kind?: CostKind;
  /** The receiving pocket of an aflossing. */
  readonly to?: string;
  /** Booked only when these hold in the state before the option's own effects (a cost that depends on an earlier choice). */
  readonly requires?: readonly Condition[];
}

/** A text shown instead of the default when its conditions hold (first match wins). */
export interface TextVariant {
  readonly requires: readonly Condition[];
  readonly text: Text;
}

export type Comparison = { readonly op: 'eq' | 'ne'; readonly value: StateValue } | { readonly op: 'gte' | 'lte'; readonly value: number };

export interface Condition {
  readonly variable: string;
  readonly test: Comparison;
}

export interface ValueEffect {
  readonly delta: number;
  readonly reason: Text;
}

export interface Option {
  readonly id: string;
  readonly label: Text;
  readonly requires: readonly Condition[];
  readonly costs: readonly CostItem[];
  readonly values: Readonly<Record<ValueKey, ValueEffect>>;
  readonly set: GameState;
  readonly add: Readonly<Record<string, number>>;
  readonly consequence: Text;
  /** Checked against the state before this option's own effects. */
  readonly consequenceVariants?: readonly TextVariant[];
  /** Shown beside a closed option; absent: the game names the earlier choice that closed it. */
  readonly closedReason?: Text;
  /** Hidden rather than shown disabled when closed. */
  readonly hiddenWhenClosed?: boolean;
  readonly to: { readonly kind: 'moment' | 'ending'; readonly id: string };
  /** Set when this option is one argument for an option that must be argued (onderbouwing); see `Argued`. */
  readonly argued?: Argued;
}

/**
 * An authored option with an onderbouwing compiles to one option per argument, id `<option>~<argument>`, each with
 * the effects that argument leads to (granted: the option's, plus the argument's; refused: the `instead` option's,
 * plus the argument's). Analysis, scoring and saves see ordinary options; views group them by `optionId`.
 */
export interface Argued {
  /** The authored option, shown as one choice. */
  readonly optionId: string;
  readonly audience: Text;
  readonly question: Text;
  readonly argumentId: string;
  readonly argument: Text;
  readonly verdict: Verdict;
  readonly response: Text;
}

/** The separator between option and argument in a compiled id; authored ids never contain it. */
export const ARGUMENT_SEPARATOR = '~';

export interface Moment {
  readonly id: string;
  readonly title: Text;
  readonly month: number;
  readonly text: Text;
  readonly textVariants?: readonly TextVariant[];
  readonly stakes?: Text;
  readonly options: readonly Option[];
  /** For trainers only (trainer view, class mode); players never see it. */
  readonly facilitator?: FacilitatorNotes;
}

export interface FacilitatorNotes {
  readonly discuss: Text;
  readonly sourceSays?: Text;
  readonly prompt?: Text;
  readonly misconceptions?: Text;
  readonly goodAnswer?: Text;
  readonly minutes?: number;
}

export interface Ending {
  readonly id: string;
  /** What the ending assumes on arrival; the checker refuses a route that reaches it otherwise. */
  readonly requires: readonly Condition[];
  readonly title: Text;
  readonly text: Text;
  readonly textVariants?: readonly TextVariant[];
  readonly tone: Tone;
}

export interface HouseholdMember {
  readonly id: string;
  readonly name: string;
  readonly role: Text;
  /** At month 0. */
  readonly age: number;
  /** The casus month of the first birthday (1–12); absent: 12. */
  readonly birthdayMonth?: number;
  readonly note?: Text;
  readonly figure: Figure;
}

export interface Payer {
  readonly id: string;
  readonly name: Text;
  readonly basis?: Text;
}

export interface Scenario {
  readonly format: number;
  readonly id: string;
  /** Stable hash of the compiled content: a save made against other content is outdated. */
  readonly contentHash: string;
  readonly title: Text;
  readonly summary: Text;
  /** What the casus is about (e.g. schulden, wonen), for choosing one; empty when the file names none. */
  readonly themes: readonly Text[];
  readonly source: { readonly document: string; readonly title: string; readonly line: number };
  readonly horizonMonths: number;
  /** The date (YYYY-MM-DD) whose rules the casus reflects; absent in older formats. */
  readonly peildatum?: string;
  /** For trainers: what changed since the source, and what is uncertain. */
  readonly rulesNote?: Text;
  /** Big totals the source names, shown for reference and never counted. */
  readonly referenceTotals: readonly ReferenceTotal[];
  /** The stage's setting by state, first match wins; empty: always thuis. */
  readonly stage: readonly { readonly requires: readonly Condition[]; readonly setting: Setting }[];
  /** Estimated minutes for one playthrough with its debrief; absent when the file does not say. */
  readonly playingMinutes?: number;
  readonly payers: Readonly<Record<string, Payer>>;
  readonly household: readonly HouseholdMember[];
  readonly initialState: GameState;
  readonly start: string;
  readonly moments: Readonly<Record<string, Moment>>;
  readonly endings: Readonly<Record<string, Ending>>;
  readonly systeemroute: { readonly title: Text; readonly text: Text; readonly costs: readonly CostItem[] };
  /** Questions for the class discussion after playing, optionally tied to a value; empty when the file has none. */
  readonly reflection: readonly ReflectionQuestion[];
  /** The tariff set its shared tariffs are priced from, once one is applied (domain/costs/tariff-set.ts). */
  readonly tariffSet?: AppliedTariffSet;
}

/** Which tariff set priced a casus: the kassabon and the debrief name it. */
export interface AppliedTariffSet {
  readonly id: string;
  readonly title: Text;
  /** Tariffs the casus uses that the set does not price: they keep the standard amount. */
  readonly missing: readonly string[];
  /** How many distinct shared tariffs the casus uses at all. */
  readonly used: number;
}

export interface ReflectionQuestion {
  readonly question: Text;
  readonly value?: ValueKey;
  readonly phase?: ReflectionPhase;
  readonly challengesModel?: boolean;
}

export interface ReferenceTotal {
  readonly item: Text;
  readonly amountCents: number;
  readonly frequency: Frequency;
  readonly source: SourceRef;
}
