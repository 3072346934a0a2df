import { describe, expect, it } from 'vitest';
import { classRecords } from '../../src/app/class-live/class-records.ts';
import { followMore, queryStatements } from '../../src/app/class-live/lrs-query.ts';
import { readStatement, unreadableKey, type ClassStatement } from '../../src/app/class-live/statement-reading.ts';
import type { FetchLike } from '../../src/app/reporting/xapi/lrs-client.ts';
import { xapiSettings } from '../../src/app/reporting/xapi/xapi-config.ts';
import { classRegistration, randomUuid } from '../../src/app/reporting/xapi/xapi-ids.ts';
import { statementFor, type StatementContext, type XapiStatement } from '../../src/app/reporting/xapi/xapi-statement.ts';
import { vocabulary } from '../../src/app/reporting/xapi/xapi-vocabulary.ts';
import { choiceDistribution, percentage, traineesAt, type ChoiceRecord } from '../../src/domain/class/choice-distribution.ts';
import { minimalScenario } from './support/scenario-builder.ts';

const scenario = minimalScenario();
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
      vocabulary: vocabulary(BASE),
      homePage: BASE,
      pseudonym,
      registration: classRegistration('k'),
      classCode: 'k',
      newId: () => randomUuid((count) => Uint8Array.from({ length: count }, () => (n += 37) % 256)),
      now: () => new Date(at),
    };
  };
  const [moment] = Object.values(scenario.moments);
  const [first, second] = moment?.options ?? [];
  const values = { legitimiteit: 0, betrokkenheid: 0, rendement: 0 };
  const begun = (who: string, at: string) => statementFor({ type: 'casus.begun', casusId: scenario.id }, scenario, context(who, at))!;
  const chose = (who: string, optionId: string, at: string) =>
    statementFor(
      { type: 'choice.made', casusId: scenario.id, momentId: moment?.id ?? '', optionId, decision: 1, lines: [], totalCents: 0, values },
      scenario,
      context(who, at),
    )!;
  const finished = (who: string, at: string) =>
    statementFor(
      {
        type: 'casus.completed',
        casusId: scenario.id,
        endingId: 'e',
        scores: { legitimiteit: 50, betrokkenheid: 50, rendement: 50, balans: 50 },
        totalCents: 0,
        systeemrouteCents: 0,
        route: [],
      },
      scenario,
      context(who, at),
    )!;
  /** As the LRS returns them (with `stored`), then read as the view reads them. */
  const read = (statements: readonly XapiStatement[]): ClassStatement[] =>
    statements.map((s) => readStatement(JSON.parse(JSON.stringify({ ...s, stored: s.timestamp })))).filter((s) => s !== null);

  it('become records: who started, who finished, and each choice with its moment and option', () => {
    const statements = read([
      begun('speler-a', '2026-11-23T10:00:00Z'),
      chose('speler-a', first?.id ?? '', '2026-11-23T10:01:00Z'),
      begun('speler-b', '2026-11-23T10:01:30Z'),
      chose('speler-b', second?.id ?? '', '2026-11-23T10:02:00Z'),
      finished('speler-b', '2026-11-23T10:03:00Z'),
    ]);
    expect(statements).toHaveLength(5);
    const records = classRecords(statements, vocabulary(BASE), scenario.id, classRegistration('k'));
    expect([...records.started].sort()).toEqual(['speler-a', 'speler-b']);
    expect([...records.completed]).toEqual(['speler-b']);
    expect(records.choices).toEqual([
      { trainee: 'speler-a', momentId: moment?.id, optionId: first?.id, at: '2026-11-23T10:01:00.000Z' },
      { trainee: 'speler-b', momentId: moment?.id, optionId: second?.id, at: '2026-11-23T10:02:00.000Z' },
    ]);
    expect(records.unreadable).toBe(0);
    expect(records.withoutStart.size).toBe(0);
    expect(classRecords(statements, vocabulary(BASE), 'andere-casus').choices).toEqual([]);
    expect(classRecords(statements, vocabulary('https://elders.example.nl/'), scenario.id).started.size).toBe(0);
    // Another class's registration (an LRS that ignores the query) counts for nothing here.
    expect(classRecords(statements, vocabulary(BASE), scenario.id, classRegistration('andere klas')).started.size).toBe(0);
  });

  it('leaves pseudonyms that choose or finish without a start out of the numbers, and counts them apart', () => {
    const statements = read([
      begun('speler-a', '2026-11-23T10:00:00Z'),
      chose('speler-a', first?.id ?? '', '2026-11-23T10:01:00Z'),
      ...Array.from({ length: 500 }, (_, i) => chose(`verzonnen-${i}`, second?.id ?? '', '2026-11-23T10:02:00Z')),
      finished('verzonnen-0', '2026-11-23T10:03:00Z'),
    ]);
    const records = classRecords(statements, vocabulary(BASE), scenario.id, classRegistration('k'));
    expect([...records.started]).toEqual(['speler-a']);
    expect(records.completed.size).toBe(0);
    expect(records.withoutStart.size).toBe(500);
    expect(records.choices.map((c) => c.trainee)).toEqual(['speler-a']);
  });

  it('skips and counts a moment IRI it cannot decode (a trailing %FF threw and froze the view) or that is not one the game writes', () => {
    const base = chose('speler-a', first?.id ?? '', '2026-11-23T10:01:00Z');
    const prefix = vocabulary(BASE).moment(scenario.id, '');
    const hostile = ['%FF', 'a%', '%E0%A4%A', 'a/b', 'a b', '', `${moment?.id ?? ''}%FF`].map((tail, i) => ({
      ...base,
      id: randomUuid(() => new Uint8Array(16).fill(i + 1)),
      object: { ...base.object, id: `${prefix}${tail}` },
    }));
    const noResponse = { ...base, id: randomUuid(() => new Uint8Array(16).fill(99)), result: {} };
    const statements = read([begun('speler-a', '2026-11-23T10:00:00Z'), ...hostile, noResponse, base]);
    expect(statements).toHaveLength(hostile.length + 3);
    const records = classRecords(statements, vocabulary(BASE), scenario.id, classRegistration('k'));
    expect(records.unreadable).toBe(hostile.length + 1);
    expect(records.choices).toHaveLength(1);
  });
});

describe('a statement read from the LRS', () => {
  const good = {
    id: '3f1c2b9a-1d2e-4f00-8a00-0123456789ab',
    actor: { objectType: 'Agent', account: { homePage: BASE, name: 'speler-abcdefghijkm' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
    object: { id: `${BASE}xapi/casus/c/moment/m` },
    context: { registration: classRegistration('k') },
    result: { response: 'o' },
    timestamp: '2026-11-23T10:00:00Z',
    stored: '2026-11-23T10:00:01Z',
  };

  it('keeps only the fields the view counts with', () => {
    expect(readStatement(good)).toEqual({
      id: good.id,
      trainee: 'speler-abcdefghijkm',
      verb: good.verb.id,
      object: good.object.id,
      registration: classRegistration('k'),
      response: 'o',
      at: good.timestamp,
      stored: good.stored,
    });
  });

  it('returns null, never throws, for any hostile shape', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      0,
      'statement',
      [],
      true,
      {},
      { ...good, id: 42 },
      { ...good, id: 'not-a-uuid' },
      { ...good, id: undefined },
      { ...good, actor: null },
      { ...good, actor: { mbox: 'mailto:a@b.nl' } },
      { ...good, actor: { account: { name: 7 } } },
      { ...good, actor: { account: { name: '' } } },
      { ...good, actor: { account: { name: 'x'.repeat(201) } } },
      { ...good, verb: 'answered' },
      { ...good, verb: { id: ['a'] } },
      { ...good, object: { id: null } },
      { ...good, object: { id: 'x'.repeat(2001) } },
      { ...good, context: 'k' },
      { ...good, context: { registration: 'klas' } },
      { ...good, context: { registration: 5 } },
      { ...good, result: { response: { toString: 'x' } } },
      { ...good, result: 'o' },
      { ...good, timestamp: 'gisteren' },
      { ...good, timestamp: 12 },
      { ...good, stored: 'nooit' },
      { ...good, stored: '9'.repeat(100) },
      { ...good, stored: '+300000-01-01T00:00:00Z' },
    ];
    for (const raw of hostile) expect(() => readStatement(raw), JSON.stringify(raw)).not.toThrow();
    expect(hostile.map((raw) => readStatement(raw))).toEqual(hostile.map(() => null));
  });

  it('recognises an unreadable statement again by its id, else by its (capped) content', () => {
    expect(unreadableKey({ id: 'x', verb: 1 })).toBe(unreadableKey({ id: 'x', verb: 2 }));
    expect(unreadableKey({ verb: 1 })).not.toBe(unreadableKey({ verb: 2 }));
    expect(unreadableKey(null)).toBe('json:null');
    expect(unreadableKey(undefined)).toBe('json:undefined');
    expect(unreadableKey({ junk: 'x'.repeat(1_000_000) }).length).toBeLessThanOrEqual(4005);
  });
});

describe('the statements query', () => {
  it('asks by registration with the version header and credentials, and follows `more` to the end', async () => {
    const urls: string[] = [];
    const pages: Record<string, { statements: { id: string }[]; more: string }> = {
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
    expect(found).toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
    expect(urls).toEqual([
      `https://lrs.example.nl/xapi/statements?registration=${classRegistration('k')}&since=2026-11-23T10%3A00%3A00.000Z`,
      'https://lrs.example.nl/xapi/statements?more=abc',
    ]);
  });

  it('throws when the LRS does not answer 200, so the view can say so', async () => {
    const settings = xapiSettings({ endpoint: 'https://lrs.example.nl/xapi/' }, null)!;
    await expect(
      queryStatements(async () => ({ ok: false, status: 401, json: async () => ({}) }), settings, { registration: 'r' }),
    ).rejects.toThrow(/401/);
  });

  const settings = xapiSettings({ endpoint: 'https://lrs.example.nl/xapi/', auth: 'k:s' }, null)!;
  const answering =
    (body: unknown): FetchLike =>
    async () => ({ ok: true, status: 200, json: async () => body });

  it('throws (so the view says it and polls on) for a body that is not a statement result', async () => {
    for (const body of [
      null,
      'x',
      [],
      {},
      { statements: 'x' },
      { statements: {} },
      { statements: [], more: 5 },
      { statements: [], more: {} },
    ]) {
      await expect(queryStatements(answering(body), settings, { registration: 'r' }), JSON.stringify(body)).rejects.toThrow(/LRS answered/);
    }
    await expect(
      queryStatements(
        async () => ({
          ok: true,
          status: 200,
          json: async () => {
            throw new SyntaxError('Unexpected token');
          },
        }),
        settings,
        { registration: 'r' },
      ),
    ).rejects.toThrow(SyntaxError);
  });

  it('never follows `more` outside the endpoint: the key goes nowhere else', async () => {
    const urls: string[] = [];
    const fetch: FetchLike = async (url) => {
      urls.push(url);
      return {
        ok: true,
        status: 200,
        json: async () => ({ statements: [{ id: 'a' }], more: 'https://elders.example.nl/xapi/statements?more=1' }),
      };
    };
    await expect(queryStatements(fetch, settings, { registration: 'r' })).rejects.toThrow(/outside its endpoint/);
    expect(urls).toHaveLength(1);
    expect(followMore('/xapi/statements?more=2', settings.endpoint)).toBe('https://lrs.example.nl/xapi/statements?more=2');
    expect(followMore('statements?more=2', settings.endpoint)).toBe('https://lrs.example.nl/xapi/statements?more=2');
    for (const more of [
      '/evil/statements',
      '/xapi/../evil/',
      '/xapi%2F..%2F../evil',
      '//elders.example.nl/xapi/',
      'http://lrs.example.nl/xapi/statements',
      'https://lrs.example.nl.evil.nl/xapi/',
      'https://lrs.example.nl:8443/xapi/',
    ]) {
      expect(followMore(more, settings.endpoint), more).toBeNull();
    }
  });
});
