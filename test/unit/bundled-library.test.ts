import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { checkFolder } from './casus-files.ts';

// What the library a hogeschool builds a course on must hold (issue "Echte casuïstiek"): the cases of
// ../shared/CONTEXT.md each as a casus, and arguing maatwerk practised in at least half of them.
const scenarios: Scenario[] = checkFolder().files.flatMap((file) => (file.scenario ? [file.scenario] : []));

const CASES: Record<string, string> = {
  'kinderopvang-verrekend': 'kinderopvangtoeslag verrekend / maatwerkbudget (Zaanstad)',
  scooterboetes: 'scooterboetes and CJIB with parenting support',
  'fouten-van-instanties': 'fouten van instanties and a failing bewindvoerder',
  'overzicht-kwijt': 'overzicht kwijt (food bank, revolving credit)',
  'bewindvoering-of-budgetbeheer': 'bewindvoering versus budgetbeheer',
  'achttien-pgb': '18-/18+ with a PGB',
  huisuitzetting: 'dreigende huisuitzetting versus maatschappelijke opvang',
  kostendelersnorm: 'kostendelersnorm with a carer niece',
  kamerverhuur: 'kamerverhuur to repay debts',
  'gezin-van-80000': 'the € 80.000-a-year family (Voorbeeldcasus 1)',
  vroegsignalering: 'schulden found only after 2.5 years (vroegsignalering)',
  'twee-zonen': 'Twee zonen (Voorbeeldcasus 2)',
};

describe('the bundled library', () => {
  it.each(Object.entries(CASES))('has a casus for %s (%s)', (id) => {
    expect(scenarios.map((s) => s.id)).toContain(id);
  });

  it('asks for an onderbouwing in at least 6 casussen', () => {
    const arguing = scenarios.filter((s) => Object.values(s.moments).some((m) => m.options.some((o) => o.argued)));
    expect(arguing.length).toBeGreaterThanOrEqual(6);
  });
});
