import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioBytes } from '../../src/authoring/load-bytes.ts';
import { loadPayerCatalogue } from '../../src/authoring/catalogues/payer-catalogue.ts';
import { totalCents } from '../../src/domain/costs/receipt.ts';
import { stateAfter, stepLines } from '../../src/domain/play/route.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { decodeSuspendData, encodeSuspendData } from '../../src/app/reporting/scorm/suspend-data.ts';

const dir = join(import.meta.dirname, '../fixtures/scenarios');
const { payers } = loadPayerCatalogue(readFileSync(join(dir, 'gedeeld/betalers.yaml'), 'utf8'), 'gedeeld/betalers.yaml');
const loaded = loadScenarioBytes(readFileSync(join(dir, 'valid-argue.yaml')), 'valid-argue.yaml', { payers });
const scenario = loaded.scenario as Scenario;

describe('onderbouwing (an option argued to an audience)', () => {
  it('compiles to one option per argument, in place of the authored option', () => {
    expect(scenario.moments.intake!.options.map((o) => o.id)).toEqual([
      'maatwerk~drie-waarden',
      'maatwerk~zielig',
      'maatwerk~regel-is-regel',
      'standaard',
    ]);
    const granted = scenario.moments.intake!.options[0]!;
    expect(granted.argued).toMatchObject({ optionId: 'maatwerk', argumentId: 'drie-waarden', verdict: 'toegekend' });
    expect(granted.label).toEqual({ nl: 'Een maatwerkbudget' });
  });

  it('adds a granted argument’s value shifts to the option’s own', () => {
    const granted = scenario.moments.intake!.options[0]!;
    expect(granted.values.legitimiteit.delta).toBe(10);
    expect(granted.values.legitimiteit.reason).toEqual({ nl: 'Art. 18 geeft ruimte. Goed onderbouwd maatwerk.' });
    expect(granted.values.betrokkenheid.delta).toBe(10);
    expect(granted.to).toEqual({ kind: 'moment', id: 'evaluatie' });
  });

  it('puts the cost of a delay on the kassabon next to the maatwerk itself', () => {
    const delayed = stepLines(scenario, { momentId: 'intake', optionId: 'maatwerk~zielig' }, scenario.initialState);
    expect(delayed.map((l) => l.cost.item.nl)).toEqual(['Maatwerkbudget', 'Een maand langer wachten']);
    expect(totalCents(delayed)).toBe(250_000);
  });

  it('follows the instead option on refusal, with the argument’s own effects on top', () => {
    const refused = scenario.moments.intake!.options[2]!;
    expect(totalCents(stepLines(scenario, { momentId: 'intake', optionId: refused.id }, scenario.initialState))).toBe(600_000);
    expect(refused.values.legitimiteit.delta).toBe(0);
    expect(refused.consequence).toEqual({ nl: 'Het loopt volgens de regels.' });
    expect(stateAfter(scenario, [{ momentId: 'intake', optionId: refused.id }])).toMatchObject({ boos: true });
  });

  it('keeps an argued choice in an LMS save (suspend_data)', () => {
    const log = [{ type: 'casus.begin' } as const, { type: 'choice.selected', optionId: 'maatwerk~zielig' } as const];
    expect(decodeSuspendData(encodeSuspendData('onderbouwing', log))?.log).toEqual(log);
  });
});
