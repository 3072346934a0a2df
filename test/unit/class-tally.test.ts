import { describe, expect, it } from 'vitest';
import { classTallies, distribution, isValidTally, majority, MAX_TALLY, tallyTotal } from '../../src/domain/class/class-tally.ts';
import { phaseOf, sessionView } from '../../src/domain/session/selectors.ts';
import { createSave, restoreSave } from '../../src/domain/session/save.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { startSession } from './support/session.ts';

const options = ['a', 'b', 'c'];

describe('class tally', () => {
  it('follows the option most of the room chose', () => {
    expect(majority({ a: 3, b: 11, c: 4 }, options)).toEqual({ kind: 'majority', optionId: 'b' });
    expect(majority({ c: 1 }, options)).toEqual({ kind: 'majority', optionId: 'c' });
  });

  it("leaves a tie among the highest to the trainer, in the moment's order", () => {
    expect(majority({ c: 5, a: 5, b: 2 }, options)).toEqual({ kind: 'tie', optionIds: ['a', 'c'] });
    expect(majority({ a: 4, b: 4, c: 4 }, options)).toEqual({ kind: 'tie', optionIds: ['a', 'b', 'c'] });
  });

  it('says nothing was counted when every count is zero or missing', () => {
    expect(majority({}, options)).toEqual({ kind: 'empty' });
    expect(majority({ a: 0, b: 0 }, options)).toEqual({ kind: 'empty' });
  });

  it('ignores counts for options that are not on offer', () => {
    expect(majority({ x: 40, a: 1 }, options)).toEqual({ kind: 'majority', optionId: 'a' });
  });

  it('gives every option its share, zero-count options included', () => {
    expect(distribution({ a: 1, c: 3 }, options)).toEqual([
      { optionId: 'a', count: 1, share: 0.25 },
      { optionId: 'b', count: 0, share: 0 },
      { optionId: 'c', count: 3, share: 0.75 },
    ]);
    expect(distribution({}, options).map((s) => s.share)).toEqual([0, 0, 0]);
    expect(tallyTotal({ a: 1, c: 3 })).toBe(4);
  });

  it("accepts only whole counts 0…MAX_TALLY for the moment's own options", () => {
    expect(isValidTally({ a: 0, b: MAX_TALLY }, options)).toBe(true);
    expect(isValidTally({ a: -1 }, options)).toBe(false);
    expect(isValidTally({ a: 1.5 }, options)).toBe(false);
    expect(isValidTally({ a: MAX_TALLY + 1 }, options)).toBe(false);
    expect(isValidTally({ z: 1 }, options)).toBe(false);
    expect(isValidTally([1], options)).toBe(false);
    expect(isValidTally(null, options)).toBe(false);
  });
});

describe('a class session', () => {
  const scenario = minimalScenario();

  function classRoute() {
    const actor = startSession(scenario);
    actor.send({ type: 'casus.begin' });
    actor.send({ type: 'choice.selected', optionId: 'begeleiding', tally: { begeleiding: 12, niets: 7 } });
    actor.send({ type: 'kassabon.revealed' });
    actor.send({ type: 'moment.continue' });
    return actor;
  }

  it('keeps the tally of each decision in its log, and the view reads it per decision', () => {
    const actor = classRoute();
    actor.send({ type: 'choice.selected', optionId: 'afronden' });
    const { value, context } = actor.getSnapshot();
    expect(classTallies(context.log)).toEqual([{ begeleiding: 12, niets: 7 }, undefined]);
    expect(sessionView(scenario, phaseOf(value), context).tallies).toEqual([{ begeleiding: 12, niets: 7 }, undefined]);
  });

  it('refuses a choice whose tally counts an option the moment does not have', () => {
    const actor = startSession(scenario);
    actor.send({ type: 'casus.begin' });
    actor.send({ type: 'choice.selected', optionId: 'begeleiding', tally: { afronden: 3 } });
    expect(actor.getSnapshot().value).toBe('deciding');
    actor.send({ type: 'choice.selected', optionId: 'begeleiding', tally: { begeleiding: -2 } });
    expect(actor.getSnapshot().value).toBe('deciding');
  });

  it('saves the tally with the log, so a reload shows the same distribution', () => {
    const save = JSON.stringify(createSave(scenario, classRoute().getSnapshot().context.log, new Date('2026-11-23T10:00:00Z')));
    const restored = restoreSave(save, scenario);
    expect(restored.kind).toBe('ok');
    if (restored.kind !== 'ok') return;
    expect(classTallies(restored.progress.log)).toEqual([{ begeleiding: 12, niets: 7 }]);
  });

  it('forgets the tallies after the decision the debrief branches back to', () => {
    const actor = classRoute();
    actor.send({ type: 'choice.selected', optionId: 'afronden', tally: { afronden: 9, crisis: 1 } });
    actor.send({ type: 'kassabon.revealed' });
    actor.send({ type: 'moment.continue' });
    expect(actor.getSnapshot().value).toBe('debrief');
    actor.send({ type: 'session.branch', decision: 2 });
    expect(classTallies(actor.getSnapshot().context.log)).toEqual([{ begeleiding: 12, niets: 7 }]);
  });
});
