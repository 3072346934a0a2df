import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { systeemrouteLines } from '../../src/domain/costs/systeemroute.ts';
import { totalCents } from '../../src/domain/costs/receipt.ts';
import { allRoutes, bestRoute, cheapestRoute, dearestRoute, type CompleteRoute } from '../../src/domain/play/route-analysis.ts';
import { availableOptions, stateAfter, stepLines } from '../../src/domain/play/route.ts';
import {
  REFLECTION_PHASES,
  VALUE_KEYS,
  type CostItem,
  type GameState,
  type Option,
  type Scenario,
} from '../../src/domain/scenario/model.ts';
import { quoteHasFigure } from '../../src/authoring/check/check-format-3.ts';
import { scoreRoute } from '../../src/domain/scoring/score.ts';
import { progressPart, saveRoundTrip } from './save-round-trip.ts';
import { progressOf, type SessionProgress } from '../../src/domain/session/progress.ts';
import type { SessionEvent } from '../../src/domain/session/events.ts';
import { holds } from './support/holds.ts';
import { startSession } from './support/session.ts';
import type { SessionContext } from '../../src/domain/session/session-machine.ts';

/**
 * What holds for every casus, whoever wrote it. Each property is a plain function of the compiled casus, so
 * the same list runs over every file in scenarios/ (every-casus.test.ts) and over a trainer's copy
 * (copied-casus.test.ts). Properties of one particular casus belong in that casus's own test.
 */
export type ScenarioProperty = readonly [name: string, check: (scenario: Scenario) => void];

function allCosts(scenario: Scenario): CostItem[] {
  return [...Object.values(scenario.moments).flatMap((m) => m.options.flatMap((o) => o.costs)), ...scenario.systeemroute.costs];
}

/** Every authored text in the compiled casus: anything shaped { nl, en? }. */
function texts(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => texts(v, found));
  else if (value !== null && typeof value === 'object') {
    if ('nl' in value) found.push(value);
    else Object.values(value).forEach((v) => texts(v, found));
  }
  return found;
}

/**
 * Options that make a moment a no-brainer: at least as good as every other option on hand on all three values,
 * and no dearer than any of them. Checked for every set of options a player can meet at a moment (requires
 * differ by state), as "moment: option (beats a, b)".
 */
export function dominatingOptions(scenario: Scenario): string[] {
  const found = new Set<string>();
  const cents = (momentId: string, option: Option, state: GameState) =>
    totalCents(stepLines(scenario, { momentId, optionId: option.id }, state));
  for (const route of allRoutes(scenario)) {
    route.steps.forEach((step, index) => {
      const state = stateAfter(scenario, route.steps.slice(0, index));
      const options = availableOptions(scenario, step.momentId, state);
      for (const a of options) {
        // The arguments of one argued option are a second choice with an intended answer: they are weighed against
        // the other options of the moment, not against each other.
        const sameChoice = (b: Option) => a.argued !== undefined && b.argued?.optionId === a.argued.optionId;
        const others = options.filter((b) => b !== a && !sameChoice(b));
        const dominates =
          others.length > 0 &&
          others.every(
            (b) =>
              VALUE_KEYS.every((key) => a.values[key].delta >= b.values[key].delta) &&
              cents(step.momentId, a, state) <= cents(step.momentId, b, state),
          );
        if (dominates) found.add(`${step.momentId}: ${a.id} (beats ${others.map((b) => b.id).join(', ')})`);
      }
    });
  }
  return [...found];
}

export const scenarioProperties: readonly ScenarioProperty[] = [
  [
    'has at least 4 moments and 3 endings, and every ending is reached by some route',
    (scenario) => {
      expect(Object.keys(scenario.moments).length).toBeGreaterThanOrEqual(4);
      expect(Object.keys(scenario.endings).length).toBeGreaterThanOrEqual(3);
      expect(new Set(allRoutes(scenario).map((r) => r.endingId))).toEqual(new Set(Object.keys(scenario.endings)));
    },
  ],
  [
    'asks at least 4 decisions on every route and names its themes in Dutch and English',
    (scenario) => {
      const short = allRoutes(scenario).filter((route) => route.steps.length < 4);
      expect(short.map((route) => route.steps.map((s) => s.optionId).join(' → '))).toEqual([]);
      expect(scenario.themes.length).toBeGreaterThan(0);
      expect(scenario.themes.filter((theme) => !theme.en)).toEqual([]);
    },
  ],
  [
    'cites a source or gives an estimate for every amount',
    (scenario) => {
      const unsourced = allCosts(scenario).filter((cost) => cost.source === undefined && cost.estimate === undefined);
      expect(unsourced.map((cost) => cost.item.nl)).toEqual([]);
    },
  ],
  [
    'carries every payer its kassabon names, with a Dutch name (the runtime has no catalogue)',
    (scenario) => {
      const missing = allCosts(scenario).filter((cost) => !scenario.payers[cost.payer]?.name.nl);
      expect(missing.map((cost) => cost.payer)).toEqual([]);
    },
  ],
  [
    'has Dutch in every text',
    (scenario) => {
      const all = texts(scenario);
      expect(all.length).toBeGreaterThan(0);
      const withoutDutch = all.filter(
        (text) => typeof (text as { nl?: unknown }).nl !== 'string' || (text as { nl: string }).nl.trim() === '',
      );
      expect(withoutDutch).toEqual([]);
    },
  ],
  [
    'has a systeemroute that costs something',
    (scenario) => {
      expect(totalCents(systeemrouteLines(scenario))).toBeGreaterThan(0);
    },
  ],
  [
    'rewards balance over thrift: always the cheapest option scores lower than the best route',
    (scenario) => {
      const thrifty = scoreRoute(scenario, cheapestRoute(scenario).steps);
      const best = scoreRoute(scenario, bestRoute(scenario).steps);
      expect(thrifty.overall).toBeLessThan(best.overall);
    },
  ],
  [
    'does not reward overdoing it: always the dearest option costs more than the best route and scores lower',
    (scenario) => {
      const dearest = scoreRoute(scenario, dearestRoute(scenario).steps);
      const best = scoreRoute(scenario, bestRoute(scenario).steps);
      expect(dearest.routeCents).toBeGreaterThan(best.routeCents);
      expect(dearest.overall).toBeLessThan(best.overall);
    },
  ],
  [
    'has no option that beats the others of its moment on all three values at no extra cost',
    (scenario) => {
      expect(dominatingOptions(scenario)).toEqual([]);
    },
  ],
  [
    'lets every value go down somewhere',
    (scenario) => {
      const options = Object.values(scenario.moments).flatMap((m) => m.options);
      const neverDown = VALUE_KEYS.filter((key) => !options.some((o) => o.values[key].delta < 0));
      expect(neverDown).toEqual([]);
    },
  ],
  [
    'has an English version of every text',
    (scenario) => {
      const withoutEnglish = texts(scenario).filter(
        (text) => typeof (text as { en?: unknown }).en !== 'string' || (text as { en: string }).en.trim() === '',
      );
      expect(withoutEnglish.map((text) => (text as { nl: string }).nl.slice(0, 60))).toEqual([]);
    },
  ],
  [
    'states its playing time and asks 4 to 8 reflection questions in the four phases of a debriefing, one of them challenging the model',
    (scenario) => {
      expect(scenario.playingMinutes).toBeGreaterThanOrEqual(5);
      expect(scenario.reflection.length).toBeGreaterThanOrEqual(4);
      expect(scenario.reflection.length).toBeLessThanOrEqual(8);
      expect(REFLECTION_PHASES.filter((phase) => !scenario.reflection.some((q) => q.phase === phase))).toEqual([]);
      expect(scenario.reflection.some((q) => q.challengesModel)).toBe(true);
    },
  ],
  [
    'gives the trainer notes at every moment: what to discuss, what the source says happened, the misconceptions, a good answer and a time',
    (scenario) => {
      const without = Object.values(scenario.moments).filter((m) => {
        const f = m.facilitator;
        return !f?.discuss || !f.sourceSays || !f.misconceptions || !f.goodAnswer || !f.minutes;
      });
      expect(without.map((m) => m.id)).toEqual([]);
    },
  ],
  [
    'says which date its rules reflect',
    (scenario) => {
      expect(scenario.peildatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  ],
  [
    'quotes every figure it cites: a sourced amount and a reference total stand in their own quote',
    (scenario) => {
      const cited = [
        ...allCosts(scenario).flatMap((c) => (c.source ? [{ cents: c.amountCents, quote: c.source.quote }] : [])),
        ...scenario.referenceTotals.map((r) => ({ cents: r.amountCents, quote: r.source.quote })),
      ];
      expect(cited.filter((c) => !quoteHasFigure(c.quote, c.cents / 100)).map((c) => `${c.cents / 100}: ${c.quote}`)).toEqual([]);
    },
  ],
  [
    'lets a sound argument get further than a weak one in every onderbouwing',
    (scenario) => {
      const groups = new Map<string, Option[]>();
      for (const moment of Object.values(scenario.moments)) {
        for (const option of moment.options) {
          if (!option.argued) continue;
          const key = `${moment.id}/${option.argued.optionId}`;
          groups.set(key, [...(groups.get(key) ?? []), option]);
        }
      }
      const weak: string[] = [];
      for (const [key, options] of groups) {
        const granted = options.filter((o) => o.argued!.verdict === 'toegekend');
        const sound = Math.max(...granted.map((o) => o.values.legitimiteit.delta));
        for (const other of options.filter((o) => o.argued!.verdict !== 'toegekend')) {
          if (other.values.legitimiteit.delta >= sound)
            weak.push(`${key}: ${other.argued!.argumentId} (${other.argued!.verdict}) has legitimiteit as high as granted`);
        }
      }
      expect(weak).toEqual([]);
    },
  ],
];

/** A route's name in test output: its choices in order. */
export const routeName = (route: CompleteRoute): string => route.steps.map((s) => s.optionId).join(' → ');

/**
 * The session plays the route to the debrief at its ending; after every step the save restores to the same
 * context; every value ends within 0–100. A step whose choices so far are in `checked` had its save checked on an
 * earlier route with the same beginning (the session is deterministic: the same choices give the same context), so
 * its round trip is not repeated; the route's own steps are added to it.
 */
export function playRoute(scenario: Scenario, route: CompleteRoute, checked: Set<string> = new Set()): void {
  const actor = startSession(scenario);
  let told: SessionProgress | undefined;
  actor.on('log.changed', ({ progress }) => (told = progress));
  // What the session tells with each log is where it stands after the event (what the browser saves).
  const send = (event: SessionEvent) => {
    actor.send(event);
    const now = actor.getSnapshot();
    const live = progressOf(now.context, now.matches('deciding'));
    holds(isDeepStrictEqual(told, live), () => expect(told, `progress told after ${event.type}`).toEqual(live));
  };
  send({ type: 'casus.begin' });
  let prefix = '';
  for (const step of route.steps) {
    const at = actor.getSnapshot();
    holds(at.value === 'deciding' && at.context.momentId === step.momentId, () => {
      expect(at.value).toBe('deciding');
      expect(at.context.momentId).toBe(step.momentId);
    });
    send({ type: 'choice.selected', optionId: step.optionId });
    if (actor.getSnapshot().matches('revealing')) send({ type: 'kassabon.revealed' });
    prefix += `${step.optionId}\n`;
    if (!checked.has(prefix)) {
      restoresTo(scenario, actor.getSnapshot().context, told);
      checked.add(prefix);
    }
    send({ type: 'moment.continue' });
  }
  const end = actor.getSnapshot();
  holds(end.value === 'debrief' && end.context.endingId === route.endingId, () => {
    expect(end.value).toBe('debrief');
    expect(end.context.endingId).toBe(route.endingId);
  });
  restoresTo(scenario, end.context, told);
  const score = scoreRoute(scenario, route.steps);
  const values = [...Object.values(score.values), score.overall];
  holds(
    values.every((value) => value >= 0 && value <= 100),
    () => expect(values.filter((value) => value < 0 || value > 100)).toEqual([]),
  );
}

/** A save of this context restores to the same progress (see save-round-trip.ts). */
function restoresTo(scenario: Scenario, context: SessionContext, progress: SessionProgress | undefined): void {
  const restored = saveRoundTrip(scenario, context, progress);
  const live = progressPart(context);
  holds(isDeepStrictEqual(restored, live), () => expect(restored).toEqual(live));
}

/**
 * Plays every given route (see `playRoute`) in one test; the first route that fails names itself, its number and
 * its choices in the failure, with the assertion's own message and diff kept.
 */
export function playRoutes(scenario: Scenario, routes: readonly CompleteRoute[]): void {
  const checked = new Set<string>();
  routes.forEach((route, index) => {
    try {
      playRoute(scenario, route, checked);
    } catch (error) {
      if (error instanceof Error) {
        error.message = `route ${index + 1} of ${routes.length} (${routeName(route)} ⇒ ${route.endingId}) fails: ${error.message}`;
      }
      throw error;
    }
  });
}
