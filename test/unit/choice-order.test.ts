import { describe, expect, it } from 'vitest';
import { choicesOf } from '../../src/domain/play/choices.ts';
import { attemptOrderSeed, classOrderSeed, orderedOptions } from '../../src/domain/play/choice-order.ts';
import { closedChoices } from '../../src/domain/play/closed-options.ts';
import { stateAfter } from '../../src/domain/play/route.ts';
import { createSave, restoreSave } from '../../src/domain/session/save.ts';
import { orderSeedOf, sessionView } from '../../src/domain/session/selectors.ts';
import { decodeSuspendData, encodeSuspendData } from '../../src/app/reporting/scorm/suspend-data.ts';
import { loadScenarioFile } from './load-fixture.ts';
import { checkFolder } from './checked-folder.ts';

const twee = loadScenarioFile('scenarios/twee-zonen.yaml');
const fixture = loadScenarioFile('test/fixtures/scenarios/valid-format-3.yaml');
const ids = (momentId: string, seed: number | undefined) =>
  choicesOf(orderedOptions(twee.moments[momentId]!.options, seed, momentId)).map((c) => c.id);

describe('the order a player sees options in', () => {
  it('is the authored order without a seed, and a permutation of it with one', () => {
    const authored = choicesOf(twee.moments[twee.start]!.options).map((c) => c.id);
    expect(ids(twee.start, undefined)).toEqual(authored);
    for (let seed = 0; seed < 50; seed++) expect([...ids(twee.start, seed)].sort()).toEqual([...authored].sort());
  });
  it('is the same for the same seed and differs between seeds: no position is always the right answer', () => {
    expect(ids(twee.start, 1234)).toEqual(ids(twee.start, 1234));
    const firsts = new Set(Array.from({ length: 40 }, (_, seed) => ids(twee.start, seed)[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });
  it('shuffles an onderbouwing’s arguments among themselves and keeps them together', () => {
    const argued = Object.values(twee.moments).find((m) => m.options.some((o) => o.argued))!;
    const orders = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const choices = choicesOf(orderedOptions(argued.options, seed, argued.id));
      const withArguments = choices.find((c) => c.argue)!;
      expect(withArguments.options.every((o) => o.argued?.optionId === withArguments.id)).toBe(true);
      orders.add(withArguments.options.map((o) => o.argued!.argumentId).join(','));
    }
    expect(orders.size).toBeGreaterThan(1);
  });
  it('gives one class one order: the seed follows from the class code and the casus', () => {
    expect(classOrderSeed('groep-3b', 'twee-zonen')).toBe(classOrderSeed('groep-3b', 'twee-zonen'));
    expect(classOrderSeed('groep-3b', 'twee-zonen')).not.toBe(classOrderSeed('groep-3c', 'twee-zonen'));
    expect(attemptOrderSeed(() => 0.5)).toBe(Math.floor(0.5 * 0xffffffff));
  });
  it('is kept in the save and in SCORM suspend data, so a reload, a resume or a branch shows the same order', () => {
    const log = [{ type: 'casus.begin', order: 987654321 }] as const;
    expect(orderSeedOf(log)).toBe(987654321);
    const save = createSave(twee, log, new Date(0));
    const restored = restoreSave(JSON.stringify(save), twee);
    expect(restored.kind).toBe('ok');
    if (restored.kind === 'ok') expect(orderSeedOf(restored.progress.log)).toBe(987654321);
    expect(decodeSuspendData(encodeSuspendData('twee-zonen', log))?.log).toEqual(log);
    expect(decodeSuspendData('k1:twee-zonen:b')?.log).toEqual([{ type: 'casus.begin' }]);
  });
  it('shows the session’s options in the attempt’s order', () => {
    const context = {
      scenario: twee,
      lineDelayMs: 0,
      momentId: twee.start,
      endingId: null,
      steps: [],
      printed: 0,
      log: [{ type: 'casus.begin', order: 42 }] as const,
      resumeAt: 'deciding' as const,
    };
    const view = sessionView(twee, 'deciding', context);
    expect(choicesOf(view.options).map((c) => c.id)).toEqual(ids(twee.start, 42));
  });
});

describe('a choice the route has closed', () => {
  it('keeps the reason of an argued choice whatever its arguments lead to (a refused argument takes another option’s effects)', () => {
    const huis = checkFolder().files.find((f) => f.scenario?.id === 'huisuitzetting')!.scenario!;
    const moment = huis.moments.corporatie!;
    const steps = [{ momentId: 'signaal', optionId: 'afwachten' }];
    for (let seed = 0; seed < 10; seed++) {
      const closed = closedChoices(huis, orderedOptions(moment.options, seed, moment.id), stateAfter(huis, steps), steps).find(
        (c) => c.id === 'toeslag-en-regeling',
      );
      expect(closed?.reason).toMatchObject({ kind: 'authored' });
    }
  });
  it('is shown with the author’s reason, or hidden when the author says so', () => {
    const evaluatie = fixture.moments.evaluatie!;
    const closed = closedChoices(fixture, evaluatie.options, fixture.initialState, [{ momentId: 'intake', optionId: 'niets' }]);
    expect(closed.map((c) => [c.id, c.reason.kind])).toEqual([['afronden', 'authored']]);
  });
  it('names the earlier choice that closed it when the author gives no reason', () => {
    const steps = [{ momentId: 'intake', optionId: 'lenen' }];
    const state = stateAfter(fixture, steps);
    const option = {
      ...fixture.moments.evaluatie!.options[2]!,
      requires: [{ variable: 'verhuisd', test: { op: 'eq' as const, value: false } }],
    };
    const closed = closedChoices(fixture, [option], state, steps);
    expect(closed).toEqual([
      { id: 'crisis', label: option.label, reason: { kind: 'earlier', label: fixture.moments.intake!.options[0]!.label } },
    ]);
    const untouched = closedChoices(
      fixture,
      [{ ...option, requires: [{ variable: 'lening', test: { op: 'eq' as const, value: 'x' } }] }],
      fixture.initialState,
      [],
    );
    expect(untouched[0]!.reason).toEqual({ kind: 'not-yet' });
  });
});
