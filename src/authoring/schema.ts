import { z } from 'zod';

/**
 * The authored scenario format (YAML in `scenarios/`), version 1.
 * Strict objects everywhere: an unknown key is an error, which catches typos.
 * Cross-references (next moment, payer ids, state variables) are checked after
 * this schema by `check-references.ts`, so that every problem is reported at once.
 */
export const SCENARIO_FORMAT = 1;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { message: 'slug' });

/** Text a player reads: Dutch required, English optional. A bare string means Dutch. */
export const localizedText = z.union([
  z.string().min(1),
  z.strictObject({ nl: z.string().min(1), en: z.string().min(1).optional() }),
]);

export const frequency = z.enum(['eenmalig', 'per_week', 'per_maand', 'per_jaar']);

const sourceRef = z.strictObject({
  /** Which seed document, e.g. "002" for "Doen wat nodig is". */
  document: z.string().min(1),
  /** Line in the source text where the passage starts. */
  line: z.number().int().positive(),
  /** The passage, quoted (short). */
  quote: z.string().min(1),
});

/** Why this amount is an estimate and how it was arrived at (shown to players); `estimate: "…"` is short for `{ reason: "…" }`. */
const estimate = z.union([localizedText, z.strictObject({ reason: localizedText })]);

export const costItem = z
  .strictObject({
    item: localizedText,
    /** Amount in euros per period, at most two decimals (stored as integer cents). */
    amount: z.number().nonnegative().max(10_000_000),
    frequency,
    /** Number of periods (weeks, months or years, after the frequency). Omit for eenmalig. */
    duration: z.number().int().positive().optional(),
    payer: slug,
    source: sourceRef.optional(),
    estimate: estimate.optional(),
  });

const stateValue = z.union([z.boolean(), z.number().int(), slug]);

const comparison = z.strictObject({
  eq: stateValue.optional(),
  ne: stateValue.optional(),
  gte: z.number().int().optional(),
  lte: z.number().int().optional(),
});

/** Every entry must hold: `{ var: value }` or `{ var: { gte: 2 } }`. */
export const condition = z.record(slug, z.union([stateValue, comparison]));

const valueEffect = z.strictObject({
  delta: z.number().int().min(-30).max(30),
  reason: localizedText,
});

export const valueEffects = z.strictObject({
  legitimiteit: valueEffect,
  betrokkenheid: valueEffect,
  rendement: valueEffect,
});

export const option = z.strictObject({
  id: slug,
  label: localizedText,
  requires: condition.optional(),
  costs: z.array(costItem).default([]),
  values: valueEffects,
  set: z.record(slug, stateValue).optional(),
  add: z.record(slug, z.number().int()).optional(),
  consequence: localizedText,
  next: slug.optional(),
  ending: slug.optional(),
});

export const moment = z.strictObject({
  title: localizedText,
  /** Month in the casus timeline at which this moment happens (0 = start). */
  month: z.number().int().nonnegative().default(0),
  text: localizedText,
  stakes: localizedText.optional(),
  options: z.array(option).min(2).max(4),
});

export const ending = z.strictObject({
  title: localizedText,
  text: localizedText,
  tone: z.enum(['goed', 'gemengd', 'zorgelijk']),
});

export const householdMember = z.strictObject({
  id: slug,
  name: z.string().min(1),
  role: localizedText,
  age: z.number().int().nonnegative().max(120),
  note: localizedText.optional(),
  /** Figure drawn in the household scene. */
  figure: z.enum(['vrouw', 'man', 'jongen', 'meisje', 'kind', 'oudere']),
});

export const payer = z.strictObject({
  name: localizedText,
  /** The law or arrangement it pays under, shown on the receipt. */
  basis: localizedText.optional(),
});

export const scenarioSource = z.strictObject({
  document: z.string().min(1),
  title: z.string().min(1),
  line: z.number().int().positive(),
});

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  id: slug,
  title: localizedText,
  summary: localizedText,
  source: scenarioSource,
  horizon_months: z.number().int().min(1).max(120),
  /** The casus's own payers; cost items may also name payers from the shared catalogue. */
  payers: z.record(slug, payer).default({}),
  household: z.array(householdMember).min(1),
  state: z.record(slug, stateValue).default({}),
  start: slug,
  moments: z.record(slug, moment),
  endings: z.record(slug, ending),
  systeemroute: z.strictObject({
    title: localizedText,
    text: localizedText,
    costs: z.array(costItem).min(1),
  }),
});

export type ScenarioSource = z.infer<typeof scenarioSchema>;
export type LocalizedTextSource = z.infer<typeof localizedText>;
export type CostItemSource = z.infer<typeof costItem>;
export type OptionSource = z.infer<typeof option>;
export type ConditionSource = z.infer<typeof condition>;
export type StateValue = z.infer<typeof stateValue>;
