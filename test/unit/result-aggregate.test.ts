import { describe, expect, it } from 'vitest';
import { choiceIdOf, tallyIdsOf } from '../../src/domain/class/class-tally.ts';
import { aggregateResults, spreadOf } from '../../src/domain/class/result-aggregate.ts';
import { allRoutes } from '../../src/domain/play/route-analysis.ts';
import { checkAgainstScenario, parseResultFile, resultIdentity, type ImportedResult } from '../../src/domain/class/result-file.ts';
import { resultRecord } from '../../src/domain/debrief/result-export.ts';
import { optionOf, type CompleteRoute, type Step } from '../../src/domain/play/route.ts';
import { scoreRoute } from '../../src/domain/scoring/score.ts';
import { checkFolder } from './checked-folder.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { startSession } from './support/session.ts';

const scenario = minimalScenario();
const route = (...pairs: [string, string][]): Step[] => pairs.map(([momentId, optionId]) => ({ momentId, optionId }));
const A = route(['intake', 'begeleiding'], ['evaluatie', 'afronden']);
const B = route(['intake', 'begeleiding'], ['evaluatie', 'crisis']);
const C = route(['intake', 'niets'], ['evaluatie', 'crisis']);

/** A result file as the debrief's download writes it. */
const file = (steps: Step[], ending: string, at = '2026-11-23T10:00:00.000Z') =>
  JSON.stringify(resultRecord(scenario, steps, ending, at), null, 2);

function imported(text: string): ImportedResult {
  const parsed = parseResultFile(text);
  if (parsed.kind !== 'ok') throw new Error(parsed.reason);
  return parsed.result;
}

describe('reading result files', () => {
  it('reads a downloaded result and finds it a route of its casus', () => {
    const result = imported(file(A, 'goed'));
    expect(result).toMatchObject({ casusId: 'minimaal', contentHash: scenario.contentHash, endingId: 'goed', steps: A });
    expect(checkAgainstScenario(result, scenario)).toBeNull();
  });

  it('names why a file is skipped: not JSON, another kind, a newer version, missing fields', () => {
    const record = JSON.parse(file(A, 'goed')) as Record<string, unknown>;
    expect(parseResultFile('{"kind": ')).toMatchObject({ kind: 'problem', reason: 'not-json' });
    expect(parseResultFile('[1,2]')).toMatchObject({ reason: 'foreign' });
    expect(parseResultFile(JSON.stringify({ ...record, kind: 'h5p-result' }))).toMatchObject({ reason: 'foreign' });
    expect(parseResultFile(JSON.stringify({ ...record, version: 2 }))).toEqual({ kind: 'problem', reason: 'newer-version', version: 2 });
    expect(parseResultFile(JSON.stringify({ ...record, steps: 'A' }))).toMatchObject({ reason: 'malformed' });
    expect(parseResultFile(JSON.stringify({ ...record, casusId: undefined }))).toMatchObject({ reason: 'malformed' });
    expect(parseResultFile(`\uFEFF${file(A, 'goed')}`)).toMatchObject({ kind: 'ok' });
  });

  it('skips a result of another casus, of other content, or with choices that are no route', () => {
    const result = imported(file(A, 'goed'));
    expect(checkAgainstScenario({ ...result, casusId: 'onbekend' }, undefined)).toEqual({
      reason: 'unknown-casus',
      scenarioId: 'onbekend',
    });
    expect(checkAgainstScenario({ ...result, contentHash: 'ffffffff' }, scenario)).toEqual({
      reason: 'other-content',
      scenarioId: 'minimaal',
    });
    // afronden needs the help chosen first: not available after 'niets'.
    expect(checkAgainstScenario({ ...result, steps: route(['intake', 'niets'], ['evaluatie', 'afronden']) }, scenario)).toMatchObject({
      reason: 'not-a-route',
    });
    expect(checkAgainstScenario({ ...result, endingId: 'zorgelijk' }, scenario)).toMatchObject({ reason: 'not-a-route' });
    expect(checkAgainstScenario({ ...result, steps: A.slice(0, 1) }, scenario)).toMatchObject({ reason: 'not-a-route' });
    expect(checkAgainstScenario({ ...result, steps: [...A, ...A] }, scenario)).toMatchObject({ reason: 'not-a-route' });
  });

  it('recognises the same result loaded twice', () => {
    expect(resultIdentity(imported(file(A, 'goed')))).toBe(resultIdentity(imported(file(A, 'goed'))));
    expect(resultIdentity(imported(file(A, 'goed')))).not.toBe(resultIdentity(imported(file(A, 'goed', '2026-11-23T11:00:00.000Z'))));
  });
});

describe('aggregating a group', () => {
  const results = [imported(file(A, 'goed')), imported(file(B, 'zorgelijk')), imported(file(C, 'zorgelijk'))];
  const group = aggregateResults(scenario, results);

  it('counts per moment who chose what, out of those who reached it', () => {
    expect(group.count).toBe(3);
    expect(group.moments).toEqual([
      {
        momentId: 'intake',
        reached: 3,
        options: [
          { optionId: 'begeleiding', count: 2, share: 2 / 3 },
          { optionId: 'niets', count: 1, share: 1 / 3 },
        ],
      },
      {
        momentId: 'evaluatie',
        reached: 3,
        options: [
          { optionId: 'afronden', count: 1, share: 1 / 3 },
          { optionId: 'crisis', count: 2, share: 2 / 3 },
        ],
      },
    ]);
    expect(group.endings).toEqual([
      { endingId: 'goed', count: 1 },
      { endingId: 'zorgelijk', count: 2 },
    ]);
  });

  it('gives the spread of total cost and of the three values, recomputed from the casus', () => {
    // A: 6 × € 300; B: that plus 2 weeks × € 1.250,50; C: the 2 weeks only.
    expect(group.totalCents).toEqual({ min: 180_000, median: 250_100, max: 430_100 });
    const overall = [A, B, C].map((steps) => scoreRoute(scenario, steps).overall).sort((a, b) => a - b);
    expect(group.values.overall).toEqual({ min: overall[0], median: overall[1], max: overall[2] });
    for (const key of ['legitimiteit', 'betrokkenheid', 'rendement'] as const) {
      const spread = group.values[key];
      expect(spread.min).toBeLessThanOrEqual(spread.median);
      expect(spread.median).toBeLessThanOrEqual(spread.max);
    }
  });

  it('projects the median route against the systeemroute over 1, 30 and 300 households, and sums the group', () => {
    expect(group.systeemCents).toBe(5_520_000);
    expect(group.scaleUp).toEqual([
      { households: 1, savedCents: 5_520_000 - 250_100 },
      { households: 30, savedCents: (5_520_000 - 250_100) * 30 },
      { households: 300, savedCents: (5_520_000 - 250_100) * 300 },
    ]);
    expect(group.groupSavedCents).toBe(3 * 5_520_000 - (180_000 + 430_100 + 250_100));
  });
});

describe('spread', () => {
  it('takes the middle value, or the rounded mean of the middle two', () => {
    expect(spreadOf([5])).toEqual({ min: 5, median: 5, max: 5 });
    expect(spreadOf([9, 1, 4])).toEqual({ min: 1, median: 4, max: 9 });
    expect(spreadOf([1, 2, 4, 10])).toEqual({ min: 1, median: 3, max: 10 });
    expect(spreadOf([1, 2])).toEqual({ min: 1, median: 2, max: 2 });
    expect(() => spreadOf([])).toThrow();
  });
});

describe('an argued option (onderbouwing) is one choice', () => {
  const argued = checkFolder()
    .files.map((f) => f.scenario)
    .find((s) => s && Object.values(s.moments).some((m) => m.options.some((o) => o.argued)))!;
  const routes = allRoutes(argued, 5000);
  // Two routes that first part ways on an argument of the same argued option.
  const pair = (() => {
    for (const a of routes) {
      const i = a.steps.findIndex((s) => optionOf(argued, s).argued);
      if (i < 0) continue;
      const arguedFor = optionOf(argued, a.steps[i]!).argued!.optionId;
      const b = routes.find(
        (r) =>
          r.steps.length > i &&
          r.steps.slice(0, i).every((s, k) => s.optionId === a.steps[k]!.optionId) &&
          r.steps[i]!.optionId !== a.steps[i]!.optionId &&
          optionOf(argued, r.steps[i]!).argued?.optionId === arguedFor,
      );
      if (b) return { a, b, i, arguedFor, momentId: a.steps[i]!.momentId };
    }
    throw new Error('no casus with two arguments for one option on reachable routes');
  })();
  const asResult = (route: CompleteRoute, at: string): ImportedResult => ({
    casusId: argued.id,
    contentHash: argued.contentHash,
    completedAt: at,
    endingId: route.endingId,
    steps: route.steps,
  });

  it('counts two different arguments for the same option once each under that option', () => {
    const group = aggregateResults(argued, [asResult(pair.a, 'a'), asResult(pair.b, 'b')]);
    const moment = group.moments.find((m) => m.momentId === pair.momentId)!;
    expect(moment.options.find((o) => o.optionId === pair.arguedFor)).toMatchObject({ count: 2, share: 1 });
    expect(moment.options.map((o) => o.optionId)).toEqual(tallyIdsOf(argued.moments[pair.momentId]!));
    expect(tallyIdsOf(argued.moments[pair.momentId]!).length).toBeLessThan(argued.moments[pair.momentId]!.options.length);
  });

  it('lets a class tally count the argued option by its own id, and refuses the compiled argument ids', () => {
    const actor = startSession(argued);
    actor.send({ type: 'casus.begin' });
    for (const step of pair.a.steps.slice(0, pair.i)) {
      actor.send({ type: 'choice.selected', optionId: step.optionId });
      actor.send({ type: 'kassabon.revealed' });
      actor.send({ type: 'moment.continue' });
    }
    const optionId = pair.a.steps[pair.i]!.optionId;
    actor.send({ type: 'choice.selected', optionId, tally: { [optionId]: 4 } });
    expect(actor.getSnapshot().value).toBe('deciding');
    actor.send({ type: 'choice.selected', optionId, tally: { [pair.arguedFor]: 4 } });
    expect(actor.getSnapshot().context.steps.at(-1)).toEqual({ momentId: pair.momentId, optionId });
    expect(choiceIdOf(optionOf(argued, { momentId: pair.momentId, optionId }))).toBe(pair.arguedFor);
  });
});
