import { describe, expect, it } from 'vitest';
import { classRecords } from '../../src/app/class-live/class-records.ts';
import { queryStatements, type StoredStatement } from '../../src/app/class-live/lrs-query.ts';
import type { FetchLike } from '../../src/app/reporting/xapi/lrs-client.ts';
import { xapiSettings } from '../../src/app/reporting/xapi/xapi-config.ts';
import { classRegistration, randomUuid } from '../../src/app/reporting/xapi/xapi-ids.ts';
import { statementFor, type StatementContext } from '../../src/app/reporting/xapi/xapi-statement.ts';
import { vocabulary } from '../../src/app/reporting/xapi/xapi-vocabulary.ts';
import { choiceDistribution, percentage, traineesAt, type ChoiceRecord } from '../../src/domain/class/choice-distribution.ts';
import { loadScenarioFile } from './load-fixture.ts';

const scenario = loadScenarioFile('test/fixtures/scenarios/minimal-valid.yaml');
const BASE = 'https://spel.example.nl/kostenbewust/';

describe('choices per moment', () => {
  const record = (trainee: string, momentId: string, optionId: string, at: string): ChoiceRecord => ({ trainee, momentId, optionId, at });

  it('counts each trainee once per moment, with the latest choice there', () => {
    const distribution = choiceDistribution([
      record('a', 'm1', 'x', '2026-11-23T10:00:00Z'),
      record('b', 'm1', 'y', '2026-11-23T10:01:00Z'),
      record('a', 'm1', 'y', '2026-11-23T10:05:00Z'),
      record('c', 'm1', 'x', '2026-11-23T10:02:00Z'),
      record('a', 'm2', 'z', '2026-11-23T10:06:00Z'),
    ]);
    expect(Object.fromEntries(distribution.get('m1') ?? [])).toEqual({ y: 2, x: 1 });
    expect(Object.fromEntries(distribution.get('m2') ?? [])).toEqual({ z: 1 });
    expect(traineesAt(distribution, 'm1')).toBe(3);
    expect(traineesAt(distribution, 'nobody')).toBe(0);
    expect(distribution.has('nobody')).toBe(false);
  });

  it('does not depend on the order records arrive in', () => {
    const records = [record('a', 'm', 'x', '1'), record('a', 'm', 'y', '2'), record('b', 'm', 'x', '1')];
    expect(choiceDistribution(records)).toEqual(choiceDistribution([...records].reverse()));
  });

  it('rounds shares as people read them, and says 0 for nobody', () => {
    expect(percentage(1, 3)).toBe(33);
    expect(percentage(2, 3)).toBe(67);
    expect(percentage(0, 0)).toBe(0);
  });
});

describe("a class's statements read back", () => {
  const context = (pseudonym: string, at: string): StatementContext => {
    let n = 0;
    return {
      vocabulary: vocabulary(BASE), homePage: BASE, pseudonym, registration: classRegistration('k'), classCode: 'k',
      newId: () => randomUuid((count) => Uint8Array.from({ length: count }, () => (n += 37) % 256)), now: () => new Date(at),
    };
  };
  const [moment] = Object.values(scenario.moments);
  const [first, second] = moment?.options ?? [];

  it('become records: who started, who finished, and each choice with its moment and option', () => {
    const statements = [
      statementFor({ type: 'casus.begun', casusId: scenario.id }, scenario, context('speler-a', '2026-11-23T10:00:00Z')),
      statementFor({ type: 'choice.made', casusId: scenario.id, momentId: moment?.id ?? '', optionId: first?.id ?? '', decision: 1, lines: [], totalCents: 0, values: { legitimiteit: 0, betrokkenheid: 0, rendement: 0 } }, scenario, context('speler-a', '2026-11-23T10:01:00Z')),
      statementFor({ type: 'choice.made', casusId: scenario.id, momentId: moment?.id ?? '', optionId: second?.id ?? '', decision: 1, lines: [], totalCents: 0, values: { legitimiteit: 0, betrokkenheid: 0, rendement: 0 } }, scenario, context('speler-b', '2026-11-23T10:02:00Z')),
      statementFor({ type: 'casus.completed', casusId: scenario.id, endingId: 'e', scores: { legitimiteit: 50, betrokkenheid: 50, rendement: 50, balans: 50 }, totalCents: 0, systeemrouteCents: 0, route: [] }, scenario, context('speler-b', '2026-11-23T10:03:00Z')),
    ].filter((s) => s !== null);
    const records = classRecords(statements, vocabulary(BASE), scenario.id);
    expect([...records.started].sort()).toEqual(['speler-a', 'speler-b']);
    expect([...records.completed]).toEqual(['speler-b']);
    expect(records.choices).toEqual([
      { trainee: 'speler-a', momentId: moment?.id, optionId: first?.id, at: '2026-11-23T10:01:00.000Z' },
      { trainee: 'speler-b', momentId: moment?.id, optionId: second?.id, at: '2026-11-23T10:02:00.000Z' },
    ]);
    expect(classRecords(statements, vocabulary(BASE), 'andere-casus').choices).toEqual([]);
    expect(classRecords(statements, vocabulary('https://elders.example.nl/'), scenario.id).started.size).toBe(0);
  });
});

describe('the statements query', () => {
  it('asks by registration with the version header and credentials, and follows `more` to the end', async () => {
    const urls: string[] = [];
    const pages: Record<string, { statements: Partial<StoredStatement>[]; more: string }> = {
      first: { statements: [{ id: '1' }, { id: '2' }], more: '/xapi/statements?more=abc' },
      abc: { statements: [{ id: '3' }], more: '' },
    };
    const fetch: FetchLike = async (url, init) => {
      urls.push(url);
      expect(init.headers).toMatchObject({ 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${btoa('k:s')}` });
      const page = new URL(url).searchParams.get('more') ?? 'first';
      return { ok: true, status: 200, json: async () => pages[page] };
    };
    const settings = xapiSettings({ endpoint: 'https://lrs.example.nl/xapi/', auth: 'k:s' }, null)!;
    const found = await queryStatements(fetch, settings, { registration: classRegistration('k'), since: '2026-11-23T10:00:00.000Z' });
    expect(found.map((s) => s.id)).toEqual(['1', '2', '3']);
    expect(urls).toEqual([
      `https://lrs.example.nl/xapi/statements?registration=${classRegistration('k')}&since=2026-11-23T10%3A00%3A00.000Z`,
      'https://lrs.example.nl/xapi/statements?more=abc',
    ]);
  });

  it('throws when the LRS does not answer 200, so the view can say so', async () => {
    const settings = xapiSettings({ endpoint: 'https://lrs.example.nl/xapi/' }, null)!;
    await expect(queryStatements(async () => ({ ok: false, status: 401, json: async () => ({}) }), settings, { registration: 'r' })).rejects.toThrow(/401/);
  });
});
