import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cheapestCompleteRoute } from '../../src/domain/play/cheapest-complete.ts';
import { bestRoute, cheapestRoute, dearestRoute } from '../../src/domain/play/route-analysis.ts';
import { VALUE_KEYS, type Scenario } from '../../src/domain/scenario/model.ts';
import { scoreRoute, systeemrouteCents } from '../../src/domain/scoring/score.ts';
import { checkFolder, root } from './checked-folder.ts';
import { SCENARIO_TABLE, scenarioTable } from '../../src/authoring/docs/casus-table.ts';
import { blockIn } from '../../src/authoring/docs/generated-block.ts';
import { join } from 'node:path';

// What the library a hogeschool builds a course on must hold (issue "Echte casuïstiek"): the cases of
// ../shared/CONTEXT.md each as a casus, and arguing maatwerk practised in at least half of them.
const folder = checkFolder();
const scenarios: Scenario[] = folder.files.flatMap((file) => (file.scenario ? [file.scenario] : []));
const best = (s: Scenario) => scoreRoute(s, bestRoute(s).steps);

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
  'geen-adres-geen-inkomen': 'no address, no income (Opstartpakket Wonen)',
  'algemene-voorziening': 'a general provision for 8.000 versus maatwerk for 800',
  'zzp-armoedeval': 'a zzp’er, toeslagen after a divorce and the armoedeval with a beslag',
  'niet-kunnen-of-niet-willen': 'niet-kunners treated as niet-willers, and the modelburger',
};

describe('the bundled library', () => {
  it.each(Object.entries(CASES))('has a casus for %s (%s)', (id) => {
    expect(scenarios.map((s) => s.id)).toContain(id);
  });

  it('holds sixteen or more casussen, every one written in the current format (3), with a peildatum', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(16);
    const older = folder.files.filter((file) => !/^format: 3$/m.test(readFileSync(file.file, 'utf8'))).map((file) => file.file);
    expect(older).toEqual([]);
    expect(scenarios.filter((s) => !s.peildatum).map((s) => s.id)).toEqual([]);
  });

  it('states every ending’s assumptions and reads every variable it sets: no SC101, SC102, SC104 or SC105 anywhere', () => {
    const found = folder.files.flatMap((file) =>
      file.diagnostics.filter((d) => ['SC101', 'SC102', 'SC104', 'SC105'].includes(d.code)).map((d) => `${file.file}:${d.line} ${d.code}`),
    );
    expect(found).toEqual([]);
  });

  it('makes the granted argument the longest in at most half of the onderbouwingen, and all arguments of one comparable in length, so length gives nothing away', () => {
    const groups = scenarios.flatMap((s) =>
      Object.values(s.moments).flatMap((m) => {
        const byChoice = new Map<string, { verdict: string; length: number }[]>();
        for (const o of m.options)
          if (o.argued)
            byChoice.set(o.argued.optionId, [
              ...(byChoice.get(o.argued.optionId) ?? []),
              { verdict: o.argued.verdict, length: o.argued.argument.nl.length },
            ]);
        return [...byChoice.entries()].map(([id, args]) => ({ id: `${s.id}/${m.id}/${id}`, args }));
      }),
    );
    const grantedLongest = groups.filter(({ args }) => {
      const longest = Math.max(...args.map((a) => a.length));
      return args.some((a) => a.verdict === 'toegekend' && a.length === longest);
    });
    expect(groups.length).toBeGreaterThan(0);
    expect(grantedLongest.length * 2, grantedLongest.map((g) => g.id).join(', ')).toBeLessThanOrEqual(groups.length);
    // Nor does any other length: the arguments of one onderbouwing are of comparable length.
    const uneven = groups.filter(({ args }) => Math.max(...args.map((a) => a.length)) > 1.5 * Math.min(...args.map((a) => a.length)));
    expect(uneven.map((g) => g.id)).toEqual([]);
  });

  it('has real trade-offs: in 3+ casussen doing what is needed costs more than the systeemroute, in 4+ the best route takes a real risk (a value below 70)', () => {
    const dearer = scenarios.filter((s) => best(s).routeCents > systeemrouteCents(s)).map((s) => s.id);
    const risky = scenarios.filter((s) => VALUE_KEYS.some((key) => best(s).values[key] < 70)).map((s) => s.id);
    expect(dearer.length, `dearer than the systeemroute: ${dearer.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(risky.length, `a value below 70: ${risky.join(', ')}`).toBeGreaterThanOrEqual(4);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: the cheapest complete route scores at least 10 below the best; always-cheapest and overdoing it lose',
    (_id, s) => {
      const cheapest = cheapestCompleteRoute(s);
      expect(cheapest).not.toBeNull();
      expect(scoreRoute(s, cheapest!.steps).overall).toBeLessThanOrEqual(best(s).overall - 10);
      expect(scoreRoute(s, cheapestRoute(s).steps).overall).toBeLessThan(best(s).overall);
      expect(scoreRoute(s, dearestRoute(s).steps).overall).toBeLessThan(best(s).overall);
    },
  );

  it('is listed in the README’s casus table as the files stand (run `npm run docs:casussen`)', () => {
    expect(
      blockIn(readFileSync(join(root, 'README.md'), 'utf8'), SCENARIO_TABLE),
      'the README casus table is out of date: run `npm run docs:casussen`',
    ).toBe(scenarioTable(scenarios));
  });

  it('cites a figure from a City Deal example only in the casus built on that example; elsewhere it is an estimate that says where it comes from', () => {
    // A passage of document 002 or 003 is one example (a family, a person); document 004's averages describe a whole city.
    const NEAR = 60;
    const borrowed = scenarios.flatMap((s) =>
      [...Object.values(s.moments).flatMap((m) => m.options.flatMap((o) => o.costs)), ...s.systeemroute.costs]
        .filter((c) => c.source && c.source.document !== '004')
        .filter((c) => c.source!.document !== s.source.document || Math.abs(c.source!.line - s.source.line) > NEAR)
        .map((c) => `${s.id}: ${c.item.nl} cites ${c.source!.document} r. ${c.source!.line}`),
    );
    expect(borrowed).toEqual([]);
  });

  it('asks for an onderbouwing in at least 6 casussen', () => {
    const arguing = scenarios.filter((s) => Object.values(s.moments).some((m) => m.options.some((o) => o.argued)));
    expect(arguing.length).toBeGreaterThanOrEqual(6);
  });
});
