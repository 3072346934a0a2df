import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { describe, expect, it } from 'vitest';
import type { SessionActor } from '../../src/app/app-machine.ts';
import { bindReporting } from '../../src/app/reporting/reporter.ts';
import { connect, type LmsConnection } from '../../src/app/reporting/scorm/scorm-api.ts';
import { scormReporter } from '../../src/app/reporting/scorm/scorm-reporter.ts';
import { SCORM12_SUSPEND_LIMIT, decodeSuspendData, encodeSuspendData } from '../../src/app/reporting/scorm/suspend-data.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import type { SessionEvent } from '../../src/domain/session/events.ts';
import { checkFolder } from './checked-folder.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { startSession } from './support/session.ts';

// The package's types declare a default export; its ES module exports the classes by name.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };

const scenario = minimalScenario();
const clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const quiet = { logLevel: 5 } as never;
/** The runtime's data as the LMS would store it (write-only elements such as exit are readable only here). */
interface StoredCmi {
  core?: { exit: string };
  exit?: string;
  interactions: Record<string, { id: string; type: string; student_response?: string; learner_response?: string; description?: string }>;
  objectives: Record<string, { id: string; score: { raw: string } }>;
}
const stored = (api: { cmi: unknown }) => JSON.parse(JSON.stringify(api.cmi)) as StoredCmi;

/** The longest suspend_data any route of a casus can write: an upper bound that ignores `requires`. */
function longestSuspendData(scenario: Scenario): number {
  const memo = new Map<string, number>();
  const longest = (momentId: string): number => {
    const known = memo.get(momentId);
    if (known !== undefined) return known;
    const moment = scenario.moments[momentId];
    const best = Math.max(...(moment?.options ?? []).map((o) => `.*${o.id}.r.c`.length + (o.to.kind === 'moment' ? longest(o.to.id) : 0)));
    memo.set(momentId, best);
    return best;
  };
  return `k1:${scenario.id}:b`.length + longest(scenario.start);
}

function play(lms: LmsConnection) {
  const actor = startSession(scenario) as unknown as SessionActor;
  const reporter = scormReporter(lms, clock);
  bindReporting(actor, [reporter]);
  actor.send({ type: 'casus.begin' });
  for (const optionId of ['begeleiding', 'afronden']) {
    actor.send({ type: 'choice.selected', optionId });
    actor.send({ type: 'kassabon.revealed' });
    actor.send({ type: 'moment.continue' });
  }
  reporter.close?.();
  return actor;
}

describe('suspend_data', () => {
  it('round-trips a session log compactly', () => {
    const log: SessionEvent[] = [
      { type: 'casus.begin' },
      { type: 'choice.selected', optionId: 'keuken_tafel-2' },
      { type: 'kassabon.revealed' },
      { type: 'moment.continue' },
    ];
    const data = encodeSuspendData('twee-zonen', log);
    expect(data).toBe('k1:twee-zonen:b.*keuken_tafel-2.r.c');
    expect(decodeSuspendData(data)).toEqual({ scenarioId: 'twee-zonen', log });
    expect(decodeSuspendData('k1:twee-zonen:')).toEqual({ scenarioId: 'twee-zonen', log: [] });
  });

  it.each(['', 'rubbish', 'k2:x:b', 'k1:X Y:b', 'k1:x:b.q', 'k1:x:b:c', 'k1:x:*'])(
    'leaves what this build did not write alone: %j',
    (data) => {
      expect(decodeSuspendData(data)).toBeNull();
    },
  );

  it.each(
    checkFolder()
      .files.filter((f) => f.scenario)
      .map((f) => [f.file, f.scenario as Scenario] as const),
  )('fits SCORM 1.2 for the longest route of %s', (_file, scenario) => {
    const length = longestSuspendData(scenario);
    console.log(`suspend_data upper bound for ${scenario.id}: ${length} of ${SCORM12_SUSPEND_LIMIT} characters`);
    expect(length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
  });
});

describe('the SCORM reporter against the scorm-again runtime', () => {
  it('SCORM 1.2: interactions, status, score, objectives and suspend_data', () => {
    const api = new Scorm12API(quiet);
    const lms = connect(api, 'scorm12');
    if (!lms) throw new Error('no connection');
    const actor = play(lms);
    const cmi = api.cmi;
    expect(cmi.core.lesson_status).toBe('completed');
    expect(Number(cmi.core.score.raw)).toBeGreaterThanOrEqual(0);
    expect(cmi.core.score.max).toBe('100');
    expect(Object.values(stored(api).interactions).map((i) => [i.id, i.type, i.student_response])).toEqual([
      [`${scenario.id}.intake`, 'choice', 'begeleiding'],
      [`${scenario.id}.evaluatie`, 'choice', 'afronden'],
    ]);
    const objectives = Object.values(stored(api).objectives);
    expect(objectives.map((o) => o.id)).toEqual(['legitimiteit', 'betrokkenheid', 'rendement', 'balans']);
    expect(objectives[3]?.score.raw).toBe(cmi.core.score.raw);
    expect(decodeSuspendData(cmi.suspend_data)?.log).toEqual(actor.getSnapshot().context.log);
    expect(stored(api).core?.exit).toBe('');
  });

  it('SCORM 2004: completion, scaled score, interaction descriptions with the value deltas', () => {
    const api = new Scorm2004API(quiet);
    const lms = connect(api, 'scorm2004');
    if (!lms) throw new Error('no connection');
    play(lms);
    const cmi = api.cmi;
    expect(cmi.completion_status).toBe('completed');
    expect(Number(cmi.score.scaled)).toBeCloseTo(Number(cmi.score.raw) / 100);
    const first = Object.values(stored(api).interactions)[0];
    expect(first?.description).toMatch(/^legitimiteit [+-]?\d+; betrokkenheid [+-]?\d+; rendement [+-]?\d+; kassabon 180000 cent$/);
    expect(first?.learner_response).toBe('begeleiding');
    expect(Object.values(stored(api).objectives).map((o) => o.id)).toEqual(['legitimiteit', 'betrokkenheid', 'rendement', 'balans']);
    expect(stored(api).exit).toBe('normal');
  });

  it('marks an unfinished attempt incomplete and suspends it', () => {
    const api = new Scorm12API(quiet);
    const lms = connect(api, 'scorm12');
    if (!lms) throw new Error('no connection');
    const actor = startSession(scenario) as unknown as SessionActor;
    const reporter = scormReporter(lms, clock);
    bindReporting(actor, [reporter]);
    actor.send({ type: 'casus.begin' });
    actor.send({ type: 'choice.selected', optionId: 'begeleiding' });
    reporter.close?.();
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(stored(api).core?.exit).toBe('suspend');
    expect(decodeSuspendData(api.cmi.suspend_data)).toEqual({
      scenarioId: scenario.id,
      log: [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'begeleiding' }],
    });
  });
});
