import { describe, expect, it } from 'vitest';
import { putStatement, type FetchLike } from '../../src/app/reporting/xapi/lrs-client.ts';
import type { Report } from '../../src/app/reporting/reports.ts';
import {
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  statementQueue,
  type QueueStatus,
  type Timers,
} from '../../src/app/reporting/xapi/statement-queue.ts';
import { xapiSettings } from '../../src/app/reporting/xapi/xapi-config.ts';
import type { XapiStatement } from '../../src/app/reporting/xapi/xapi-statement.ts';
import { PSEUDONYM_KEY, pseudonymOf, xapiReporter } from '../../src/app/reporting/xapi/xapi-reporter.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { memoryStore } from './support/memory-store.ts';

const scenario = minimalScenario();

/** Timers the test runs by hand: no waiting, and every delay asked for is recorded. */
function manualTimers() {
  const pending: { run: () => void; ms: number }[] = [];
  const timers: Timers = {
    set: (run, ms) => (pending.push({ run, ms }), pending.at(-1)),
    clear: (h) => void pending.splice(pending.indexOf(h as never), 1),
  };
  const delays: number[] = [];
  return {
    timers,
    delays,
    async fire() {
      const next = pending.shift();
      if (!next) throw new Error('no timer pending');
      delays.push(next.ms);
      next.run();
      await settle();
    },
    count: () => pending.length,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An LRS that answers as told: up, down (network error) or with a status. */
function fakeLrs() {
  const received: { url: string; init: RequestInit; statement: XapiStatement }[] = [];
  let answer: number | 'offline' = 204;
  const fetch: FetchLike = async (url, init) => {
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    received.push({ url, init, statement: JSON.parse(String(init.body)) as XapiStatement });
    return { ok: answer >= 200 && answer < 300, status: answer, json: async () => ({}) };
  };
  return { fetch, received, set: (next: number | 'offline') => void (answer = next) };
}

const statement = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` }) as XapiStatement;

describe('the statement queue', () => {
  it('sends in order, keeps what failed in storage, backs off 2, 4, 8 s … up to a minute, and sends all when back', async () => {
    const store = memoryStore();
    const lrs = fakeLrs();
    const clock = manualTimers();
    const statuses: QueueStatus[] = [];
    const settings = xapiSettings({ endpoint: 'https://lrs.example.nl/xapi' }, null);
    if (!settings) throw new Error('no settings');
    const queue = statementQueue({
      store,
      key: 'q',
      send: (s) => putStatement(lrs.fetch, settings, s),
      timers: clock.timers,
      onStatus: (s) => statuses.push(s),
    });
    await queue.push(statement(1));
    expect(lrs.received.map((r) => r.statement.id)).toEqual([statement(1).id]);
    expect(lrs.received[0]?.url).toBe(`https://lrs.example.nl/xapi/statements?statementId=${statement(1).id}`);
    expect(lrs.received[0]?.init.headers).toMatchObject({ 'X-Experience-API-Version': '1.0.3' });

    lrs.set('offline');
    await queue.push(statement(2));
    await queue.push(statement(3));
    expect(JSON.parse(store.data.get('q') ?? '[]').map((s: XapiStatement) => s.id)).toEqual([statement(2).id, statement(3).id]);
    expect(statuses.at(-1)).toEqual({ waiting: 2, failing: true });
    for (let i = 0; i < 7; i++) await clock.fire();
    expect(clock.delays).toEqual([FIRST_RETRY_MS, 4000, 8000, 16000, 32000, MAX_RETRY_MS, MAX_RETRY_MS]);

    lrs.set(503);
    await clock.fire();
    expect(statuses.at(-1)).toEqual({ waiting: 2, failing: true });
    lrs.set(204);
    await queue.retryNow();
    expect(
      lrs.received
        .filter((r) => r.init.method === 'PUT')
        .map((r) => r.statement.id)
        .slice(-2),
    ).toEqual([statement(2).id, statement(3).id]);
    expect(statuses.at(-1)).toEqual({ waiting: 0, failing: false });
    expect(store.data.has('q')).toBe(false);
    expect(clock.count()).toBe(0);
  });

  it('sends what a previous visit left in storage', async () => {
    const store = memoryStore();
    store.set('q', JSON.stringify([statement(4), statement(5)]));
    const lrs = fakeLrs();
    const settings = xapiSettings({ endpoint: 'https://lrs.example.nl/xapi/' }, null)!;
    await statementQueue({ store, key: 'q', send: (s) => putStatement(lrs.fetch, settings, s) }).flush();
    expect(lrs.received.map((r) => r.statement.id)).toEqual([statement(4).id, statement(5).id]);
  });

  it('drops a statement the LRS refuses as invalid, and goes on with the next', async () => {
    const lrs = fakeLrs();
    const settings = xapiSettings({ endpoint: 'https://lrs.example.nl/xapi/' }, null)!;
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const queue = statementQueue({
        store: memoryStore(),
        key: 'q',
        send: (s) => putStatement(lrs.fetch, settings, s),
        timers: manualTimers().timers,
      });
      lrs.set(400);
      await queue.push(statement(6));
      lrs.set(204);
      await queue.push(statement(7));
      expect(queue.pending()).toEqual([]);
      expect(warnings).toHaveLength(1);
    } finally {
      console.warn = warn;
    }
  });

  it('keeps statements in memory when storage is full, and still sends them', async () => {
    const lrs = fakeLrs();
    const clock = manualTimers();
    const settings = xapiSettings({ endpoint: 'https://lrs.example.nl/xapi/' }, null)!;
    const queue = statementQueue({
      store: memoryStore({}, { refuse: true }),
      key: 'q',
      send: (s) => putStatement(lrs.fetch, settings, s),
      timers: clock.timers,
    });
    lrs.set('offline');
    await queue.push(statement(8));
    expect(queue.pending()).toHaveLength(1);
    lrs.set(204);
    await clock.fire();
    expect(lrs.received.map((r) => r.statement.id)).toEqual([statement(8).id]);
  });

  it('keeps at most `limit` statements, the newest', async () => {
    const lrs = fakeLrs();
    lrs.set('offline');
    const queue = statementQueue({ store: memoryStore(), key: 'q', send: async () => 'retry', timers: manualTimers().timers, limit: 3 });
    for (let n = 1; n <= 5; n++) await queue.push(statement(n));
    expect(queue.pending().map((s) => s.id)).toEqual([3, 4, 5].map((n) => statement(n).id));
  });
});

describe('the xAPI reporter', () => {
  const begun: Report = { type: 'casus.begun', casusId: scenario.id };

  it('sends nothing at all without settings', async () => {
    let requests = 0;
    const store = memoryStore();
    const reporter = xapiReporter({
      settings: Promise.resolve(null),
      baseUrl: 'https://spel.example.nl/',
      store,
      clock: { now: () => new Date() },
      fetch: async () => {
        requests++;
        return { ok: true, status: 204, json: async () => ({}) };
      },
      random: (n) => new Uint8Array(n),
    });
    reporter.report(begun, scenario);
    expect(await reporter.started).toBeNull();
    reporter.report(begun, scenario);
    await settle();
    expect(requests).toBe(0);
    expect(store.data.size).toBe(0);
  });

  it('holds reports that come before the settings, then sends them in order under one kept pseudonym', async () => {
    const lrs = fakeLrs();
    const store = memoryStore();
    let resolve: (value: ReturnType<typeof xapiSettings>) => void = () => undefined;
    let n = 0;
    const reporter = xapiReporter({
      settings: new Promise((r) => (resolve = r)),
      baseUrl: 'https://spel.example.nl/',
      store,
      clock: { now: () => new Date('2026-11-23T09:00:00Z') },
      fetch: lrs.fetch,
      random: (count) => Uint8Array.from({ length: count }, () => n++ % 256),
    });
    reporter.report(begun, scenario);
    reporter.report({ type: 'moment.entered', casusId: scenario.id, momentId: scenario.start, decision: 1, month: 0 }, scenario);
    expect(lrs.received).toHaveLength(0);
    resolve(xapiSettings({ endpoint: 'https://lrs.example.nl/xapi/', auth: 'k:s', klas: 'klas 1' }, null));
    await reporter.started;
    await settle();
    expect(lrs.received.map((r) => r.statement.verb.id)).toEqual(['http://adlnet.gov/expapi/verbs/launched']);
    expect(lrs.received[0]?.init.headers).toMatchObject({ Authorization: `Basic ${btoa('k:s')}` });
    expect(lrs.received[0]?.statement.actor.account.name).toBe(store.data.get(PSEUDONYM_KEY));
  });
});

describe('a reporter whose code loads later', () => {
  it('hands over what was reported meanwhile, in order, and drops it when the reporter is not wanted', async () => {
    const { deferredReporter } = await import('../../src/app/reporting/deferred-reporter.ts');
    const got: string[] = [];
    type Later = { name: string; report: (r: Report) => void };
    let start: (r: Later | null) => void = () => undefined;
    const deferred = deferredReporter('later', new Promise<Later | null>((resolve) => (start = resolve)));
    deferred.report({ type: 'casus.begun', casusId: 'a' }, scenario);
    deferred.report({ type: 'casus.begun', casusId: 'b' }, scenario);
    start({ name: 'later', report: (r) => got.push(r.type === 'casus.begun' ? r.casusId : r.type) });
    await deferred.ready;
    deferred.report({ type: 'casus.begun', casusId: 'c' }, scenario);
    expect(got).toEqual(['a', 'b', 'c']);

    const unwanted = deferredReporter('off', Promise.resolve(null));
    unwanted.report({ type: 'casus.begun', casusId: 'a' }, scenario);
    expect(await unwanted.ready).toBeNull();
    expect(() => unwanted.report({ type: 'casus.begun', casusId: 'b' }, scenario)).not.toThrow();
  });
});

describe('the pseudonym', () => {
  it('is made once per browser and kept; a damaged one is replaced', () => {
    const store = memoryStore();
    let n = 0;
    const random = (count: number) => Uint8Array.from({ length: count }, () => n++);
    const first = pseudonymOf(store, random);
    expect(first).toMatch(/^speler-[a-z2-9]{12}$/);
    expect(pseudonymOf(store, random)).toBe(first);
    store.set(PSEUDONYM_KEY, 'Jan Jansen <jan@example.nl>');
    expect(pseudonymOf(store, random)).toMatch(/^speler-[a-z2-9]{12}$/);
  });
});
