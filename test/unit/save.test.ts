import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { createSave, MIN_SAVE_FORMAT, readSave, restoreSave, SAVE_FORMAT } from '../../src/domain/session/save.ts';
import type { SessionEvent } from '../../src/domain/session/events.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { startSession } from './support/session.ts';

const scenario = minimalScenario();
const when = new Date('2026-11-23T10:00:00Z');

function play(events: readonly SessionEvent[]) {
  const actor = startSession(scenario, { lineDelayMs: 450 });
  for (const event of events) actor.send(event);
  return actor;
}

const begeleiding: SessionEvent[] = [
  { type: 'casus.begin' },
  { type: 'choice.selected', optionId: 'begeleiding' },
  { type: 'kassabon.revealed' },
];
const saveOf = (s: Scenario, events: readonly SessionEvent[]) =>
  JSON.stringify(createSave(s, play(events).getSnapshot().context.log, when));

/** A copy of the scenario with every moment's first option changed by `edit`. */
function edited(edit: (option: Scenario['moments'][string]['options'][number]) => object): Scenario {
  const moments = Object.fromEntries(
    Object.entries(scenario.moments).map(([id, m]) => [
      id,
      { ...m, options: m.options.map((o, i) => (i === 0 ? { ...o, ...edit(o) } : o)) },
    ]),
  );
  return { ...scenario, moments };
}

describe('saves', () => {
  it('resumes at the same moment with the same steps', () => {
    const restored = restoreSave(saveOf(scenario, begeleiding), scenario);
    expect(restored.kind).toBe('ok');
    if (restored.kind !== 'ok') return;
    const actor = startSession(scenario, { restored: restored.progress });
    expect(actor.getSnapshot().value).toBe('consequence');
    expect(actor.getSnapshot().context.steps).toEqual([{ momentId: 'intake', optionId: 'begeleiding' }]);
    actor.send({ type: 'moment.continue' });
    expect(actor.getSnapshot().context.momentId).toBe('evaluatie');
  });

  it('carries a progress summary for the title screen, so no casus must load to offer resuming', () => {
    const save = createSave(scenario, play([...begeleiding, { type: 'moment.continue' }]).getSnapshot().context.log, when);
    expect(save.progress).toEqual({ decision: 2, month: scenario.moments.evaluatie?.month, finished: false });
  });

  it('keeps the progress the session tells with each log, which is the progress a replay of that log finds', () => {
    // Every kind of transition that changes the log: begin, choose (printing, or at once when free), reveal, go on to
    // a moment or an ending, branch back from the debrief, restart.
    const actor = startSession(scenario, { lineDelayMs: 450 });
    const told: { log: readonly SessionEvent[]; progress: unknown }[] = [];
    actor.on('log.changed', ({ log, progress }) => told.push({ log, progress }));
    for (const event of [
      ...begeleiding,
      { type: 'moment.continue' },
      { type: 'choice.selected', optionId: scenario.moments.evaluatie!.options[0]!.id },
      { type: 'moment.continue' },
      { type: 'session.branch', decision: 1 },
      { type: 'choice.selected', optionId: 'niets' },
      { type: 'moment.continue' },
      { type: 'session.restart' },
    ] satisfies SessionEvent[])
      actor.send(event);
    expect(told.map((t) => t.log.at(-1)?.type ?? 'reset')).toEqual([
      'casus.begin',
      'choice.selected',
      'kassabon.revealed',
      'moment.continue',
      'choice.selected',
      'choice.selected', // free of cost: printed at once, not logged
      'moment.continue',
      'casus.begin', // the branch cut the log back to before the first choice
      'choice.selected',
      'choice.selected',
      'moment.continue',
      'reset',
    ]);
    for (const { log, progress } of told) expect(createSave(scenario, log, when).progress).toEqual(progress);
  });

  it('resumes after a choice that costs nothing (it skipped printing by itself)', () => {
    const actor = play([
      { type: 'casus.begin' },
      { type: 'choice.selected', optionId: 'niets' },
      { type: 'moment.continue' },
      { type: 'choice.selected', optionId: 'crisis' },
      { type: 'kassabon.revealed' },
    ]);
    const restored = restoreSave(JSON.stringify(createSave(scenario, actor.getSnapshot().context.log, when)), scenario);
    expect(restored.kind).toBe('ok');
    if (restored.kind !== 'ok') return;
    expect(restored.progress.phase).toBe('consequence');
    const { steps, log, momentId, printed } = actor.getSnapshot().context;
    expect(restored.progress).toMatchObject({ steps, log, momentId, printed });
  });

  it('resumes a save made while the kassabon was printing with the whole kassabon', () => {
    const restored = restoreSave(saveOf(scenario, begeleiding.slice(0, 2)), scenario);
    expect(restored.kind === 'ok' && restored.progress).toMatchObject({ phase: 'consequence', printed: 1 });
  });

  it('has nothing to offer without a save', () => {
    expect(restoreSave(null, scenario)).toEqual({ kind: 'none' });
  });

  describe('after the trainer edits the casus', () => {
    const saved = saveOf(scenario, begeleiding);

    it('survives a text fix: the learner resumes at the same moment', () => {
      const fixed = edited((o) => ({ label: { nl: `${o.label.nl} (verbeterd)` }, consequence: { nl: 'Andere tekst.' } }));
      expect(restoreSave(saved, fixed)).toMatchObject({ kind: 'ok', progress: { phase: 'consequence', momentId: 'intake' } });
    });

    it('survives an amount fix: the same route, and the kassabon shows the corrected amount', () => {
      const fixed = edited((o) => ({ costs: o.costs.map((c) => ({ ...c, amountCents: c.amountCents * 2 })) }));
      const restored = restoreSave(saved, fixed);
      expect(restored.kind).toBe('ok');
      if (restored.kind !== 'ok') return;
      const actor = startSession(fixed, { restored: restored.progress });
      expect(actor.getSnapshot().context.steps).toEqual([{ momentId: 'intake', optionId: 'begeleiding' }]);
      expect(actor.getSnapshot().context.scenario.moments.intake?.options[0]?.costs[0]?.amountCents).toBe(
        (scenario.moments.intake?.options[0]?.costs[0]?.amountCents ?? 0) * 2,
      );
    });

    it('gives the clear "outdated" message when a structural change makes the log unplayable', () => {
      const renamed = edited(() => ({ id: 'begeleiding-nieuw' }));
      expect(restoreSave(saved, renamed)).toMatchObject({ kind: 'invalid', reason: 'outdated' });
    });
  });

  describe('format window', () => {
    const log = play(begeleiding).getSnapshot().context.log;

    it(`reads the oldest compatible format (${MIN_SAVE_FORMAT}), whose content hash no longer matters`, () => {
      const v1 = JSON.stringify({ saveFormat: 1, scenarioId: scenario.id, contentHash: 'ffffffff', savedAt: when.toISOString(), log });
      expect(restoreSave(v1, scenario)).toMatchObject({ kind: 'ok', progress: { phase: 'consequence' } });
    });

    it(`refuses format ${MIN_SAVE_FORMAT - 1} as outdated`, () => {
      const raw = JSON.stringify({ ...createSave(scenario, log, when), saveFormat: MIN_SAVE_FORMAT - 1 });
      expect(restoreSave(raw, scenario)).toMatchObject({ kind: 'invalid', reason: 'outdated' });
    });

    it(`knows format ${SAVE_FORMAT + 1} as made by a newer build, also when its events are unknown here`, () => {
      const raw = JSON.stringify({ ...createSave(scenario, log, when), saveFormat: SAVE_FORMAT + 1 });
      expect(restoreSave(raw, scenario)).toMatchObject({ kind: 'invalid', reason: 'newer' });
      const future = JSON.stringify({ saveFormat: SAVE_FORMAT + 1, casus: scenario.id, log: [{ type: 'hint.asked' }] });
      expect(readSave(future)).toMatchObject({ problem: 'newer' });
    });
  });

  it.each([
    ['not JSON', '{"saveFormat":'],
    ['wrong shape', '{"hello":"world"}'],
    [
      'an event that cannot happen',
      JSON.stringify({
        ...createSave(scenario, [], when),
        log: [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'afronden' }],
      }),
    ],
    ['another casus', JSON.stringify({ ...createSave(scenario, [], when), scenarioId: 'andere-casus' })],
  ])('rejects %s as corrupt', (_name, raw) => {
    expect(restoreSave(raw, scenario)).toMatchObject({ kind: 'invalid', reason: 'corrupt' });
  });
});
