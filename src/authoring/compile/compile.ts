import type { Text } from '../../domain/scenario/text.ts';
import { contentHash } from './content-hash.ts';
import { eurosToCents } from '../../domain/scenario/money.ts';
import {
  ARGUMENT_SEPARATOR,
  VALUE_KEYS,
  type Comparison,
  type Condition,
  type CostItem,
  type TextVariant,
  type Moment,
  type Option,
  type Scenario,
  type ValueKey,
} from '../../domain/scenario/model.ts';
import type { ConditionSource, CostItemSource, LocalizedTextSource, OptionSource, ScenarioSource } from '../schema/schema.ts';

/** `"…"` or `{ nl, en }` → the model's Text. */
export function compileText(source: LocalizedTextSource): Text {
  return text(source);
}

function text(source: LocalizedTextSource): Text {
  return typeof source === 'string' ? { nl: source } : source.en ? { nl: source.nl, en: source.en } : { nl: source.nl };
}

function costItem(source: CostItemSource): CostItem {
  return {
    item: text(source.item),
    amountCents: eurosToCents(source.amount) ?? Math.round(source.amount * 100),
    frequency: source.frequency,
    periods: source.frequency === 'eenmalig' ? 1 : (source.duration ?? 1),
    payer: source.payer,
    ...(source.source ? { source: source.source } : {}),
    ...(source.estimate
      ? { estimate: text(typeof source.estimate === 'object' && 'reason' in source.estimate ? source.estimate.reason : source.estimate) }
      : {}),
    ...(source.tariff ? { tariff: source.tariff } : {}),
    ...(source.kind && source.kind !== 'kosten' ? { kind: source.kind } : {}),
    ...(source.to ? { to: source.to } : {}),
    ...(source.requires && Object.keys(source.requires).length > 0 ? { requires: conditions(source.requires) } : {}),
  };
}

function variants(source: readonly { requires: ConditionSource; text: LocalizedTextSource }[] | undefined): TextVariant[] | undefined {
  return source?.map((v) => ({ requires: conditions(v.requires), text: text(v.text) }));
}

function conditions(source: ConditionSource | undefined): Condition[] {
  return Object.entries(source ?? {}).flatMap(([variable, test]): Condition[] => {
    if (typeof test !== 'object') return [{ variable, test: { op: 'eq', value: test } }];
    const comparisons: Comparison[] = [];
    if (test.eq !== undefined) comparisons.push({ op: 'eq', value: test.eq });
    if (test.ne !== undefined) comparisons.push({ op: 'ne', value: test.ne });
    if (test.gte !== undefined) comparisons.push({ op: 'gte', value: test.gte });
    if (test.lte !== undefined) comparisons.push({ op: 'lte', value: test.lte });
    return comparisons.map((c) => ({ variable, test: c }));
  });
}

function valueEffects(source: OptionSource['values']): Option['values'] {
  return Object.fromEntries(VALUE_KEYS.map((key) => [key, { delta: source[key].delta, reason: text(source[key].reason) }])) as Record<
    ValueKey,
    Option['values'][ValueKey]
  >;
}

function option(source: OptionSource): Option {
  return {
    id: source.id,
    label: text(source.label),
    requires: conditions(source.requires),
    costs: source.costs.map(costItem),
    values: valueEffects(source.values),
    set: source.set ?? {},
    add: source.add ?? {},
    consequence: text(source.consequence),
    ...(source.consequence_variants ? { consequenceVariants: variants(source.consequence_variants)! } : {}),
    ...(source.closed_reason ? { closedReason: text(source.closed_reason) } : {}),
    ...(source.hidden_when_closed ? { hiddenWhenClosed: true } : {}),
    to: source.ending ? { kind: 'ending', id: source.ending } : { kind: 'moment', id: source.next ?? '' },
  };
}

type ArgumentSource = NonNullable<OptionSource['argue']>['arguments'][number];

/**
 * One option per argument (see `Argued`): the effects the verdict leads to — the option's own, or on refusal
 * the `instead` option's — with the argument's costs, value shifts and state added.
 */
function argued(source: OptionSource, argue: NonNullable<OptionSource['argue']>, siblings: readonly OptionSource[]): Option[] {
  return argue.arguments.map((argument: ArgumentSource) => {
    const base = argument.verdict === 'afgewezen' ? siblings.find((o) => o.id === argument.instead) : source;
    const effects = option(base ?? source);
    const values = Object.fromEntries(
      VALUE_KEYS.map((key) => {
        const extra = argument.values?.[key];
        const own = effects.values[key];
        return [key, extra ? { delta: own.delta + extra.delta, reason: joined(own.reason, text(extra.reason)) } : own];
      }),
    ) as Record<ValueKey, Option['values'][ValueKey]>;
    // Whether the choice is open, and why not, belongs to the choice as written, whatever the verdict leads to.
    const consequences: { -readonly [K in keyof Option]?: Option[K] } = { ...effects };
    delete consequences.closedReason;
    delete consequences.hiddenWhenClosed;
    return {
      ...(consequences as Option),
      ...(source.closed_reason ? { closedReason: text(source.closed_reason) } : {}),
      ...(source.hidden_when_closed ? { hiddenWhenClosed: true } : {}),
      id: `${source.id}${ARGUMENT_SEPARATOR}${argument.id}`,
      label: text(source.label),
      requires: conditions(source.requires),
      costs: [...effects.costs, ...argument.costs.map(costItem)],
      values,
      set: { ...effects.set, ...argument.set },
      add: sumCounts(effects.add, argument.add ?? {}),
      argued: {
        optionId: source.id,
        audience: text(argue.audience),
        question: text(argue.question),
        argumentId: argument.id,
        argument: text(argument.label),
        verdict: argument.verdict,
        response: text(argument.response),
      },
    };
  });
}

/** Two reasons as one: the option's, then what the argument adds (English only when both have it). */
function joined(first: Text, second: Text): Text {
  const nl = `${first.nl} ${second.nl}`;
  return first.en && second.en ? { nl, en: `${first.en} ${second.en}` } : { nl };
}

function sumCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, value] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

function options(sources: readonly OptionSource[]): Option[] {
  return sources.flatMap((source) => (source.argue ? argued(source, source.argue, sources) : [option(source)]));
}

/** Turns a validated source (no errors from checks) into the read-only runtime model. */
export function compile(source: ScenarioSource): Scenario {
  const moments = Object.fromEntries(
    Object.entries(source.moments).map(([id, m]): [string, Moment] => [
      id,
      {
        id,
        title: text(m.title),
        month: m.month,
        text: text(m.text),
        ...(m.text_variants ? { textVariants: variants(m.text_variants)! } : {}),
        ...(m.stakes ? { stakes: text(m.stakes) } : {}),
        options: options(m.options),
        ...(m.facilitator
          ? {
              facilitator: {
                discuss: text(m.facilitator.discuss),
                ...(m.facilitator.source_says ? { sourceSays: text(m.facilitator.source_says) } : {}),
                ...(m.facilitator.prompt ? { prompt: text(m.facilitator.prompt) } : {}),
                ...(m.facilitator.misconceptions ? { misconceptions: text(m.facilitator.misconceptions) } : {}),
                ...(m.facilitator.good_answer ? { goodAnswer: text(m.facilitator.good_answer) } : {}),
                ...(m.facilitator.minutes ? { minutes: m.facilitator.minutes } : {}),
              },
            }
          : {}),
      },
    ]),
  );
  const body = {
    format: source.format,
    id: source.id,
    title: text(source.title),
    summary: text(source.summary),
    themes: (source.themes ?? []).map(text),
    source: source.source,
    horizonMonths: source.horizon_months,
    ...(source.playing_minutes ? { playingMinutes: source.playing_minutes } : {}),
    ...(source.peildatum ? { peildatum: source.peildatum } : {}),
    ...(source.rules_note ? { rulesNote: text(source.rules_note) } : {}),
    referenceTotals: (source.reference_totals ?? []).map((r) => ({
      item: text(r.item),
      amountCents: eurosToCents(r.amount) ?? Math.round(r.amount * 100),
      frequency: r.frequency,
      source: r.source,
    })),
    stage: (source.stage ?? []).map((s) => ({ requires: conditions(s.requires), setting: s.setting })),
    payers: Object.fromEntries(
      Object.entries(source.payers).map(([id, p]) => [id, { id, name: text(p.name), ...(p.basis ? { basis: text(p.basis) } : {}) }]),
    ),
    household: source.household.map((h) => ({
      id: h.id,
      name: h.name,
      role: text(h.role),
      age: h.age,
      ...(h.birthday_month ? { birthdayMonth: h.birthday_month } : {}),
      figure: h.figure,
      ...(h.note ? { note: text(h.note) } : {}),
    })),
    initialState: source.state,
    start: source.start,
    moments,
    endings: Object.fromEntries(
      Object.entries(source.endings).map(([id, e]) => [
        id,
        {
          id,
          requires: conditions(e.requires),
          title: text(e.title),
          text: text(e.text),
          ...(e.text_variants ? { textVariants: variants(e.text_variants)! } : {}),
          tone: e.tone,
        },
      ]),
    ),
    systeemroute: {
      title: text(source.systeemroute.title),
      text: text(source.systeemroute.text),
      costs: source.systeemroute.costs.map(costItem),
    },
    reflection: (source.reflection ?? []).map((r) => ({
      question: text(r.question),
      ...(r.value ? { value: r.value } : {}),
      ...(r.phase ? { phase: r.phase } : {}),
      ...(r.challenges_model ? { challengesModel: true } : {}),
    })),
  };
  return { ...body, contentHash: contentHash(body) };
}
