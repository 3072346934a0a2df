import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createSave, restoreSave, SAVE_FORMAT } from '../../src/domain/session/save.ts';
import { createSessionMachine } from '../../src/domain/session/session-machine.ts';
import { loadScenarioFile } from './load-fixture.ts';

const scenario = loadScenarioFile('test/fixtures/scenarios/minimal-valid.yaml');
const machine = createSessionMachine(scenario);
const when = new Date('2026-11-23T10:00:00Z');

function playedSave(): string {
  const actor = createActor(machine).start();
  actor.send({ type: 'casus.begin' });
  actor.send({ type: 'choice.selected', optionId: 'begeleiding' });
  actor.send({ type: 'kassabon.revealed' });
  return JSON.stringify(createSave(scenario, actor.getSnapshot().context.log, when));
}

describe('saves', () => {
  it('resumes at the same moment with the same steps', () => {
    const restored = restoreSave(playedSave(), scenario, machine);
    expect(restored.kind).toBe('ok');
    if (restored.kind !== 'ok') return;
    const actor = createActor(machine, { snapshot: restored.snapshot }).start();
    expect(actor.getSnapshot().value).toBe('consequence');
    expect(actor.getSnapshot().context.steps).toEqual([{ momentId: 'intake', optionId: 'begeleiding' }]);
    actor.send({ type: 'moment.continue' });
    expect(actor.getSnapshot().context.momentId).toBe('evaluatie');
  });

  it('resumes after a choice that costs nothing (it skipped printing by itself)', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'casus.begin' });
    actor.send({ type: 'choice.selected', optionId: 'niets' }); // no costs
    actor.send({ type: 'moment.continue' });
    actor.send({ type: 'choice.selected', optionId: 'crisis' });
    actor.send({ type: 'kassabon.revealed' });
    const restored = restoreSave(JSON.stringify(createSave(scenario, actor.getSnapshot().context.log, when)), scenario, machine);
    expect(restored.kind).toBe('ok');
    if (restored.kind !== 'ok') return;
    expect(restored.snapshot.value).toBe('consequence');
    expect(restored.snapshot.context).toEqual(actor.getSnapshot().context);
  });

  it('resumes a save made while the kassabon was printing with the whole kassabon', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'casus.begin' });
    actor.send({ type: 'choice.selected', optionId: 'begeleiding' }); // printing, nothing printed yet
    const restored = restoreSave(JSON.stringify(createSave(scenario, actor.getSnapshot().context.log, when)), scenario, machine);
    expect(restored.kind).toBe('ok');
    if (restored.kind !== 'ok') return;
    expect(restored.snapshot.value).toBe('consequence');
    expect(restored.snapshot.context.printed).toBe(1);
  });

  it('has nothing to offer without a save', () => {
    expect(restoreSave(null, scenario, machine)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"saveFormat":', 'corrupt'],
    ['wrong shape', '{"hello":"world"}', 'corrupt'],
    ['an event that cannot happen', JSON.stringify({ saveFormat: SAVE_FORMAT, scenarioId: scenario.id, contentHash: scenario.contentHash, savedAt: when.toISOString(), log: [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'afronden' }] }), 'corrupt'],
    ['another save format', JSON.stringify({ saveFormat: 0, scenarioId: scenario.id, contentHash: scenario.contentHash, savedAt: when.toISOString(), log: [] }), 'outdated'],
    ['a changed scenario', JSON.stringify({ saveFormat: SAVE_FORMAT, scenarioId: scenario.id, contentHash: 'ffffffff', savedAt: when.toISOString(), log: [] }), 'outdated'],
  ])('rejects %s', (_name, raw, reason) => {
    const restored = restoreSave(raw, scenario, machine);
    expect(restored.kind).toBe('invalid');
    if (restored.kind === 'invalid') expect(restored.reason).toBe(reason);
  });
});
