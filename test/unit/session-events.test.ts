import { describe, expect, it } from 'vitest';
import type { SessionEmitted } from '../../src/domain/session/events.ts';
import type { RestoredProgress } from '../../src/domain/session/session-machine.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { startSession } from './support/session.ts';

const scenario = minimalScenario();

function recorded(restored?: RestoredProgress) {
  const actor = startSession(scenario, { lineDelayMs: 450, ...(restored ? { restored } : {}) });
  const events: SessionEmitted[] = [];
  actor.on('*', (event) => events.push(event));
  return { actor, events, types: () => events.map((e) => e.type) };
}

describe('events the session emits for outside listeners', () => {
  it('tells begin, moment, choice (with its kassabon and value effects), print and log changes in order', () => {
    const { actor, events, types } = recorded();
    actor.send({ type: 'casus.begin' });
    actor.send({ type: 'choice.selected', optionId: 'begeleiding' });
    actor.send({ type: 'kassabon.revealed' });
    expect(types()).toEqual([
      'casus.begun',
      'moment.entered',
      'log.changed',
      'choice.made',
      'log.changed',
      'kassabon.printed',
      'log.changed',
    ]);
    const choice = events.find((e) => e.type === 'choice.made');
    expect(choice).toMatchObject({ momentId: 'intake', optionId: 'begeleiding', decision: 1, lineCount: 1, totalCents: 180_000 });
    expect(Object.keys(choice && 'values' in choice ? choice.values : {})).toEqual(['legitimiteit', 'betrokkenheid', 'rendement']);
    const lastLog = events.filter((e) => e.type === 'log.changed').at(-1);
    expect(lastLog && 'log' in lastLog ? lastLog.log : []).toEqual(actor.getSnapshot().context.log);
  });

  it('tells the completed casus with its ending and scores', () => {
    const { actor, events } = recorded();
    actor.send({ type: 'casus.begin' });
    for (const optionId of ['begeleiding', 'afronden']) {
      actor.send({ type: 'choice.selected', optionId });
      actor.send({ type: 'kassabon.revealed' });
      actor.send({ type: 'moment.continue' });
    }
    const completed = events.find((e) => e.type === 'casus.completed');
    expect(completed).toMatchObject({ scenarioId: scenario.id, steps: [{ optionId: 'begeleiding' }, { optionId: 'afronden' }] });
    expect(completed && 'score' in completed ? completed.score.overall : -1).toBeGreaterThanOrEqual(0);
  });

  it('emits nothing when a restored session starts where its save left off', () => {
    const { actor, types } = recorded({
      phase: 'deciding',
      momentId: 'evaluatie',
      endingId: null,
      steps: [{ momentId: 'intake', optionId: 'begeleiding' }],
      printed: 1,
      log: [],
    });
    expect(actor.getSnapshot().value).toBe('deciding');
    expect(types()).toEqual([]);
  });
});
