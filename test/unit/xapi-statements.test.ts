import { describe, expect, it } from 'vitest';
import type { SessionActor } from '../../src/app/app-machine.ts';
import { parseLaunchParams } from '../../src/app/launch-params.ts';
import { bindReporting } from '../../src/app/reporting/reporter.ts';
import type { Report } from '../../src/app/reporting/reports.ts';
import { authorizationHeader, readConfigFile, xapiSettings } from '../../src/app/reporting/xapi/xapi-config.ts';
import { classRegistration, isUuid, randomPseudonym, randomUuid, type RandomBytes } from '../../src/app/reporting/xapi/xapi-ids.ts';
import { statementFor, type StatementContext, type XapiStatement } from '../../src/app/reporting/xapi/xapi-statement.ts';
import { vocabulary } from '../../src/app/reporting/xapi/xapi-vocabulary.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { statementProblems } from '../support/validate-statement.mjs';
import { checkFolder } from './checked-folder.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { startSession } from './support/session.ts';

const BASE = 'https://hogeschool.example.nl/spellen/kostenbewust/';
const scenario = minimalScenario();

/** Deterministic "random" bytes: the tests decide what chance gives. */
function seededRandom(seed = 1): RandomBytes {
  let state = seed;
  return (count) => Uint8Array.from({ length: count }, () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24);
}

function contextFor(overrides: Partial<StatementContext> = {}): StatementContext {
  const random = seededRandom();
  return {
    vocabulary: vocabulary(BASE),
    homePage: BASE,
    pseudonym: randomPseudonym(random),
    registration: classRegistration('Klas 3A'),
    classCode: 'klas-3a',
    newId: () => randomUuid(random),
    now: () => new Date('2026-11-23T10:00:00.000Z'),
    ...overrides,
  };
}

/** Every report of one playthrough along `choices`, as the reporting port hands them out. */
function reportsOf(scenario: Scenario, choices: (options: readonly string[]) => string = (options) => options[0] ?? ''): Report[] {
  const reports: Report[] = [];
  const actor = startSession(scenario) as unknown as SessionActor;
  bindReporting(actor, [{ name: 'test', report: (r) => reports.push(r) }]);
  actor.send({ type: 'casus.begin' });
  for (let guard = 0; guard < 50 && !reports.some((r) => r.type === 'casus.completed'); guard++) {
    const { context } = actor.getSnapshot();
    const moment = scenario.moments[context.momentId];
    const options = moment?.options.map((o) => o.id) ?? [];
    for (const optionId of [choices(options), ...options]) {
      actor.send({ type: 'choice.selected', optionId });
      if (actor.getSnapshot().context.steps.length > context.steps.length) break;
    }
    actor.send({ type: 'kassabon.revealed' });
    actor.send({ type: 'moment.continue' });
  }
  return reports;
}

const statementsOf = (scenario: Scenario, context = contextFor()) =>
  reportsOf(scenario)
    .map((r) => statementFor(r, scenario, context))
    .filter((s): s is XapiStatement => s !== null);

describe('xAPI statements', () => {
  it('says launched, then answered per choice, then completed, each a valid xAPI 1.0.3 statement', () => {
    const statements = statementsOf(scenario);
    expect(statements.map((s) => s.verb.id.split('/').pop())).toEqual(['launched', 'answered', 'answered', 'completed']);
    for (const statement of statements) expect(statementProblems(statement), statement.verb.id).toEqual([]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(statements.every((s) => isUuid(s.id) && s.version === '1.0.3' && s.timestamp === '2026-11-23T10:00:00.000Z')).toBe(true);
  });

  it('makes the moment the object of a choice, with the option as response and kassabon and deltas as extensions', () => {
    const [, choice] = statementsOf(scenario);
    const report = reportsOf(scenario).find((r) => r.type === 'choice.made');
    if (report?.type !== 'choice.made' || !choice) throw new Error('no choice');
    expect(choice.object.id).toBe(`${BASE}xapi/casus/${scenario.id}/moment/${report.momentId}`);
    expect(choice.object.definition?.interactionType).toBe('choice');
    expect(choice.object.definition?.choices?.map((c) => c.id)).toEqual(scenario.moments[report.momentId]?.options.map((o) => o.id));
    expect(choice.context.contextActivities?.parent[0]?.id).toBe(`${BASE}xapi/casus/${scenario.id}`);
    expect(choice.result?.response).toBe(report.optionId);
    expect(choice.result?.extensions).toEqual({
      [`${BASE}xapi/extensies/kassabon-totaal-cent`]: report.totalCents,
      [`${BASE}xapi/extensies/delta-legitimiteit`]: report.values.legitimiteit,
      [`${BASE}xapi/extensies/delta-betrokkenheid`]: report.values.betrokkenheid,
      [`${BASE}xapi/extensies/delta-rendement`]: report.values.rendement,
    });
  });

  it('scores completion with the balansscore (scaled = balans / 100) and keeps the three values', () => {
    const completed = statementsOf(scenario).at(-1);
    const report = reportsOf(scenario).find((r) => r.type === 'casus.completed');
    if (report?.type !== 'casus.completed' || !completed) throw new Error('not completed');
    expect(completed.result?.completion).toBe(true);
    expect(completed.result?.score).toEqual({ scaled: report.scores.balans / 100, raw: report.scores.balans, min: 0, max: 100 });
    for (const key of ['legitimiteit', 'betrokkenheid', 'rendement', 'balans'] as const) {
      expect(completed.result?.extensions?.[`${BASE}xapi/extensies/score-${key}`]).toBe(report.scores[key]);
    }
    expect(completed.result?.extensions?.[`${BASE}xapi/extensies/route-totaal-cent`]).toBe(report.totalCents);
  });

  it('names the trainee by a pseudonymous account only, never a name or e-mail address', () => {
    for (const statement of statementsOf(scenario)) {
      expect(Object.keys(statement.actor).sort()).toEqual(['account', 'objectType']);
      expect(statement.actor.account).toEqual({ homePage: BASE, name: expect.stringMatching(/^speler-[a-z2-9]{12}$/) });
    }
  });

  it('puts a class in one registration, and leaves it out without a class code', () => {
    const [launched] = statementsOf(scenario);
    expect(launched?.context.registration).toBe(classRegistration('klas-3a'));
    const noClass: StatementContext = { ...contextFor(), registration: undefined, classCode: undefined } as unknown as StatementContext;
    expect(statementsOf(scenario, noClass)[0]?.context).toEqual({ platform: 'Kostenbewust Interveniëren' });
  });

  it('writes valid statements for every route step of every bundled casus', () => {
    for (const { scenario: bundled } of checkFolder().files) {
      if (!bundled) continue;
      for (const pick of [(o: readonly string[]) => o[0] ?? '', (o: readonly string[]) => o.at(-1) ?? '']) {
        const statements = reportsOf(bundled, pick)
          .map((r) => statementFor(r, bundled, contextFor()))
          .filter((s) => s !== null);
        expect(statements.at(-1)?.verb.id, bundled.id).toMatch(/completed$/);
        for (const statement of statements) expect(statementProblems(statement), `${bundled.id} ${statement.object.id}`).toEqual([]);
      }
    }
  });
});

describe('class registration and pseudonyms', () => {
  it('derives the same UUID for the same class code however it is typed, and different ones for other classes', () => {
    const a = classRegistration('Klas 3A');
    expect(isUuid(a)).toBe(true);
    expect(classRegistration(' klas   3a ')).toBe(a);
    expect(classRegistration('klas-3a')).toBe(a);
    expect(classRegistration('klas-3b')).not.toBe(a);
    expect(a[14]).toBe('8');
  });

  it('uses a UUID given as the class code as it is', () => {
    const uuid = '6f1c2b8e-4d2a-4f7e-9a1b-2c3d4e5f6a7b';
    expect(classRegistration(uuid.toUpperCase())).toBe(uuid);
  });

  it('makes random version 4 UUIDs and pseudonyms', () => {
    const random = seededRandom(7);
    const ids = Array.from({ length: 50 }, () => randomUuid(random));
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(50);
    expect(randomPseudonym(random)).not.toBe(randomPseudonym(random));
  });
});

describe('xAPI settings', () => {
  it('is off without an endpoint, whatever else is given', () => {
    expect(xapiSettings({ klas: 'klas-3a', auth: 'a:b' }, null)).toBeNull();
    expect(xapiSettings({}, readConfigFile({ xapi: null }))).toBeNull();
    expect(xapiSettings({}, readConfigFile({}))).toBeNull();
  });

  it('reads the link, then the config file, field by field', () => {
    const file = readConfigFile({ xapi: { endpoint: 'https://lrs.example.nl/xapi', auth: 'sleutel:geheim', klas: 'Groep 1' } });
    expect(xapiSettings({}, file)).toEqual({
      endpoint: 'https://lrs.example.nl/xapi/',
      authorization: `Basic ${btoa('sleutel:geheim')}`,
      classCode: 'groep-1',
      registration: classRegistration('groep-1'),
    });
    expect(xapiSettings({ klas: 'Groep 2' }, file)?.classCode).toBe('groep-2');
  });

  it('ignores a config file it does not understand', () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(readConfigFile({ xapi: { endpoint: 'ftp://lrs.example.nl', wachtwoord: 'x' } })).toBeNull();
      expect(readConfigFile('nonsense')).toBeNull();
    } finally {
      console.warn = warn;
    }
  });

  it('takes a whole Basic header as it is', () => {
    expect(authorizationHeader('Basic abc=')).toBe('Basic abc=');
  });

  it('reads lrs, lrsauth and klas from the link, and drops values it does not understand', () => {
    expect(parseLaunchParams('?lrs=https://lrs.example.nl/xapi/&lrsauth=k:s&klas=Klas%203A')).toEqual({
      lrs: 'https://lrs.example.nl/xapi/',
      lrsauth: 'k:s',
      klas: 'Klas 3A',
      ignored: [],
    });
    expect(parseLaunchParams('?lrs=javascript:alert(1)&lrsauth=x&klas=%3Cscript%3E').ignored).toEqual(['lrs', 'lrsauth', 'klas']);
    expect(parseLaunchParams('?lrs=https://sleutel:geheim@lrs.example.nl/').ignored).toEqual(['lrs']);
  });
});
