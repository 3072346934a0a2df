import { fnv1a } from '../../../src/domain/scenario/fnv1a.ts';
import type { Condition, CostItem, Ending, Moment, Option, Scenario, ValueEffect, ValueKey } from '../../../src/domain/scenario/model.ts';
import type { Text } from '../../../src/domain/scenario/text.ts';

/**
 * Compiled casussen made in code, for domain tests (as Twine 2's `fakeStory()`): no YAML, no compiler, so a test of
 * the session, the costs or the scoring imports only the domain. Each builder gives what the compiler would give for
 * the same file; `minimalCasus()` is exactly the compiled test/fixtures/scenarios/minimal-valid.yaml (checked in
 * scenario-fixtures.test.ts, the one place that pays for the compiler).
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const text = (nl: string, en?: string): Text => (en === undefined ? { nl } : { nl, en });

/** A value effect per value of the waardendriehoek: `[legitimiteit, betrokkenheid, rendement]` deltas with their reasons. */
export function values(...effects: readonly [delta: number, reason: string][]): Record<ValueKey, ValueEffect> {
  const [l = [0, 'l'], b = [0, 'b'], r = [0, 'r']] = effects;
  return {
    legitimiteit: { delta: l[0], reason: text(l[1]) },
    betrokkenheid: { delta: b[0], reason: text(b[1]) },
    rendement: { delta: r[0], reason: text(r[1]) },
  };
}

/** `variable == value`, as `requires: { variable: value }` compiles. */
export const equals = (variable: string, value: boolean | number | string): Condition => ({ variable, test: { op: 'eq', value } });

/** A cost line as the compiler makes it from euros (`amount`) and periods. */
export function cost(item: Text | string, euros: number, partial: Partial<Mutable<CostItem>> = {}): CostItem {
  return {
    item: typeof item === 'string' ? text(item) : item,
    amountCents: Math.round(euros * 100),
    frequency: 'eenmalig',
    periods: 1,
    payer: 'gemeente-wmo',
    ...partial,
  };
}

/** An option leading to a moment (`next`) or an ending (`ending`). */
export function option(id: string, to: { next: string } | { ending: string }, partial: Partial<Mutable<Option>> = {}): Option {
  return {
    id,
    label: text(id),
    requires: [],
    costs: [],
    values: values(),
    set: {},
    add: {},
    consequence: text(`Na ${id}.`),
    to: 'next' in to ? { kind: 'moment', id: to.next } : { kind: 'ending', id: to.ending },
    ...partial,
  };
}

export function moment(id: string, options: readonly Option[], partial: Partial<Mutable<Moment>> = {}): Moment {
  return { id, title: text(id), month: 0, text: text(`Moment ${id}.`), options, ...partial };
}

export function ending(id: string, partial: Partial<Mutable<Ending>> = {}): Ending {
  return { id, requires: [], title: text(id), text: text(`Einde ${id}.`), tone: 'goed', ...partial };
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): Record<string, T> =>
  Object.fromEntries(items.map((item) => [item.id, item]));

/**
 * A compiled casus from its moments and endings (the first moment starts it); everything else as minimal-valid.yaml
 * has it unless given. The content hash is computed as the compiler does, over the body.
 */
export function scenario(
  parts: { moments: readonly Moment[]; endings: readonly Ending[] } & Partial<
    Omit<Mutable<Scenario>, 'moments' | 'endings' | 'contentHash'>
  >,
): Scenario {
  const { moments, endings, ...rest } = parts;
  const body: Omit<Scenario, 'contentHash'> = {
    format: 3,
    id: 'minimaal',
    title: text('Minimale casus'),
    summary: text('Een kleine casus om de lader te testen.', 'A small case to test the loader.'),
    themes: [],
    source: { document: '002', title: 'Doen wat nodig is', line: 897 },
    horizonMonths: 12,
    referenceTotals: [],
    stage: [],
    payers: {
      'gemeente-wmo': { id: 'gemeente-wmo', name: text('Gemeente (Wmo)') },
      huishouden: { id: 'huishouden', name: text('Huishouden') },
    },
    household: [{ id: 'moeder', name: 'Sandra', role: text('moeder'), age: 44, figure: 'vrouw' }],
    initialState: {},
    start: moments[0]!.id,
    moments: byId(moments),
    endings: byId(endings),
    systeemroute: {
      title: text('Standaardroute'),
      text: text('Begeleid wonen.'),
      costs: [
        cost('Begeleid wonen', 4600, {
          frequency: 'per_maand',
          periods: 12,
          source: { document: '002', line: 900, quote: 'begeleid wonen' },
        }),
      ],
    },
    reflection: [],
    ...rest,
  };
  return { ...body, contentHash: fnv1a(JSON.stringify(body)) };
}

/**
 * minimal-valid.yaml in code: Sandra asks for help (intake: begeleiding sets hulp, or niets), half a year later
 * (evaluatie: afronden needs hulp → goed, or crisis → zorgelijk).
 */
export function minimalScenario(): Scenario {
  return scenario({
    initialState: { hulp: false },
    moments: [
      moment(
        'intake',
        [
          option(
            'begeleiding',
            { next: 'evaluatie' },
            {
              label: text('Ambulante begeleiding'),
              costs: [
                cost('Ambulante begeleiding', 300, {
                  frequency: 'per_maand',
                  periods: 6,
                  source: { document: '002', line: 905, quote: 'ambulante begeleiding' },
                }),
              ],
              values: values([5, 'Past binnen de Wmo.'], [10, 'Sandra doet zelf mee.'], [5, 'Licht en snel.']),
              set: { hulp: true },
              consequence: text('Het gaat beter.'),
            },
          ),
          option(
            'niets',
            { next: 'evaluatie' },
            {
              label: text('Niets doen'),
              values: values([-5, 'Zorgplicht.'], [-10, 'Sandra haakt af.'], [0, 'Geen kosten nu.']),
              consequence: text('Het gaat slechter.'),
            },
          ),
        ],
        { title: text('Intake'), text: text('Sandra vraagt hulp.') },
      ),
      moment(
        'evaluatie',
        [
          option(
            'afronden',
            { ending: 'goed' },
            {
              label: text('Afronden'),
              requires: [equals('hulp', true)],
              values: values([0, 'Netjes.'], [5, 'Zelfstandig.'], [5, 'Geen kosten meer.']),
              consequence: text('Klaar.'),
            },
          ),
          option(
            'crisis',
            { ending: 'zorgelijk' },
            {
              label: text('Crisisopvang'),
              costs: [
                cost(text('Crisisopvang', 'Crisis shelter'), 1250.5, {
                  frequency: 'per_week',
                  periods: 2,
                  estimate: text('Schatting voor de test van de lader.'),
                }),
              ],
              values: values([0, 'Noodzakelijk.'], [-5, 'Overgenomen.'], [-10, 'Duur.']),
              consequence: text('Opvang.'),
            },
          ),
        ],
        { title: text('Evaluatie'), month: 6, text: text('Een half jaar later.') },
      ),
    ],
    endings: [
      ending('goed', { title: text('Goed'), text: text('Het gaat goed.'), tone: 'goed' }),
      ending('zorgelijk', { title: text('Zorgelijk'), text: text('Het gaat niet goed.'), tone: 'zorgelijk' }),
    ],
  });
}
