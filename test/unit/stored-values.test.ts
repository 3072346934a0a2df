import * as scorm12 from 'scorm-again/scorm12';
import { describe, expect, it } from 'vitest';
import { latestCheck, type CheckTimers, type CheckWorker } from '../../src/app/bounded-check.ts';
import { storedAttempts } from '../../src/app/attempt-store.ts';
import { keptOwnEntry, OWN_SCENARIO_KEY, type OwnFileCheck } from '../../src/app/own-scenario.ts';
import { advanceOf, reconcileLmsResume } from '../../src/app/reporting/scorm/lms-resume.ts';
import { connect } from '../../src/app/reporting/scorm/scorm-api.ts';
import { scormReporter } from '../../src/app/reporting/scorm/scorm-reporter.ts';
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../../src/app/reporting/scorm/suspend-data.ts';
import { clearSave, resumeOffer } from '../../src/app/save-store.ts';
import { readSettings } from '../../src/app/settings.ts';
import { QUARANTINE_PREFIX, readStored, setAside } from '../../src/app/stored-value.ts';
import { keptOwnTariffs } from '../../src/app/tariff-choice.ts';
import { summarise } from '../../src/domain/scenario/scenario-summary.ts';
import type { SessionEvent } from '../../src/domain/session/events.ts';
import { createSave, SAVE_FORMAT } from '../../src/domain/session/save.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { memoryStore } from './support/memory-store.ts';

const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const scenario = minimalScenario();
const now = new Date('2026-12-06T10:00:00Z');

/** A worker that answers only when the test says so, and remembers being terminated. */
class FakeWorker implements CheckWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

/** Timers the test fires by hand. */
function manualTimers(): CheckTimers & { fire: () => void; pending: () => number } {
  const waiting = new Map<number, () => void>();
  let next = 0;
  return {
    set: (callback) => {
      waiting.set(++next, callback);
      return next;
    },
    clear: (handle) => void waiting.delete(handle as number),
    fire: () => [...waiting.values()].forEach((callback) => callback()),
    pending: () => waiting.size,
  };
}

describe('the bounded, cancellable own-file check', () => {
  it('shows only the newest file: choosing another terminates the check before it, and its late answer is ignored', async () => {
    const workers: FakeWorker[] = [];
    const timers = manualTimers();
    const checks = latestCheck<string>({ spawn: () => workers[workers.push(new FakeWorker()) - 1]!, timers });
    const first = checks.run({ file: 'hostile.yaml' });
    const second = checks.run({ file: 'valid.yaml' });
    expect(workers[0]?.terminated).toBe(true);
    expect(await first).toEqual({ kind: 'cancelled' });
    workers[0]?.answer('hostile result'); // a message already on its way when it was ended
    workers[1]?.answer('valid result');
    expect(await second).toEqual({ kind: 'done', result: 'valid result' });
    expect(workers[1]?.terminated).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('ends a check that runs out of its budget in a calm outcome and a terminated worker', async () => {
    const worker = new FakeWorker();
    const timers = manualTimers();
    const checks = latestCheck<string>({ spawn: () => worker, timers, budgetMs: 250 });
    const outcome = checks.run({ file: 'slow.yaml' });
    timers.fire();
    expect(await outcome).toEqual({ kind: 'timeout', budgetMs: 250 });
    expect(worker.terminated).toBe(true);
    worker.answer('too late');
    expect(await outcome).toEqual({ kind: 'timeout', budgetMs: 250 });
  });

  it('turns a broken worker, or one that cannot start, into a failed outcome instead of an error screen', async () => {
    const worker = new FakeWorker();
    const timers = manualTimers();
    const broken = latestCheck<string>({ spawn: () => worker, timers }).run({});
    worker.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent);
    expect(await broken).toEqual({ kind: 'failed', detail: 'out of memory' });
    expect(worker.terminated).toBe(true);
    const unstartable = latestCheck<string>({
      spawn: () => {
        throw new Error('no workers here');
      },
      timers,
    }).run({});
    expect(await unstartable).toEqual({ kind: 'failed', detail: 'no workers here' });
  });
});

describe('stored values are parsed on read; a bad one is set aside, never a crash', () => {
  const schema = { safeParse: (v: unknown) => (typeof v === 'number' ? { success: true as const, data: v } : { success: false as const }) };

  it('moves unreadable JSON and a value that fails its schema to the quarantine key', () => {
    const store = memoryStore({ a: '{ not json', b: '"text"', c: '7' });
    expect(readStored(store, 'a', schema)).toEqual({ kind: 'setAside' });
    expect(readStored(store, 'b', schema)).toEqual({ kind: 'setAside' });
    expect(readStored(store, 'c', schema)).toEqual({ kind: 'ok', value: 7 });
    expect(readStored(store, 'd', schema)).toEqual({ kind: 'none' });
    expect(Object.fromEntries(store.data)).toEqual({
      [`${QUARANTINE_PREFIX}a`]: '{ not json',
      [`${QUARANTINE_PREFIX}b`]: '"text"',
      c: '7',
    });
  });

  it('leaves an entry in place when storage refuses the copy: it is ignored on every read, never lost', () => {
    const store = memoryStore({ a: '{ not json' }, { refuse: true });
    setAside(store, 'a', '{ not json');
    expect(store.data.get('a')).toBe('{ not json');
    expect(readStored(store, 'a', schema)).toEqual({ kind: 'setAside' });
  });

  it.each([
    ['not JSON', '{ kapot'],
    ['no summary', JSON.stringify({ file: 'x.yaml', text: 'id: x' })],
    ['a summary without title', JSON.stringify({ file: 'x.yaml', text: 'id: x', summary: { id: 'eigen-x' } })],
    ['a summary that is not an own casus', JSON.stringify({ file: 'x.yaml', text: 'id: x', summary: summarise(scenario) })],
  ])('sets aside a kept own casus with %s, and offers none', (_, raw) => {
    const store = memoryStore({ [OWN_SCENARIO_KEY]: raw });
    expect(
      keptOwnEntry(store, () => {
        throw new Error('no check on reading');
      }),
    ).toEqual({ entry: null, setAside: true });
    expect(store.data.get(`${QUARANTINE_PREFIX}${OWN_SCENARIO_KEY}`)).toBe(raw);
    expect(store.data.has(OWN_SCENARIO_KEY)).toBe(false);
  });

  it('offers a well-formed kept own casus, re-checked in a bounded worker only when it is opened', async () => {
    const summary = summarise({ ...scenario, id: `eigen-${scenario.id}` });
    const store = memoryStore({ [OWN_SCENARIO_KEY]: JSON.stringify({ file: 'mijn.yaml', text: 'id: minimaal', summary }) });
    const worker = new FakeWorker();
    const kept = keptOwnEntry(store, () => worker);
    expect(kept.setAside).toBe(false);
    expect(kept.entry?.summary.id).toBe(`eigen-${scenario.id}`);
    const loading = kept.entry!.load();
    expect(worker.received).toEqual([{ blob: expect.any(Blob), file: 'mijn.yaml' }]);
    worker.answer({ file: 'mijn.yaml', scenario, diagnostics: [], source: '' } satisfies OwnFileCheck);
    expect((await loading).id).toBe(`eigen-${scenario.id}`);
  });

  it('sets aside settings, attempts and own tariffs that do not read, and says so', () => {
    const store = memoryStore({ settings: '[', 'attempts:x': '{"version":1,"attempts":"many"}', 'own-tariffs': 'null!' });
    const told: string[] = [];
    expect(readSettings(store, () => told.push('settings'))).toEqual({
      lang: 'nl',
      sound: true,
      themes: [],
      tariffs: 'standaard',
      introSeen: false,
    });
    expect(storedAttempts(store, 'x', () => told.push('attempts'))).toEqual([]);
    expect(keptOwnTariffs(store, () => told.push('tariffs'))).toBeNull();
    expect(told).toEqual(['settings', 'attempts', 'tariffs']);
    expect([...store.data.keys()].sort()).toEqual(['quarantaine:attempts:x', 'quarantaine:own-tariffs', 'quarantaine:settings']);
  });
});

describe('saves never vanish', () => {
  const log: SessionEvent[] = [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'begeleiding' }];
  const newer = JSON.stringify({ ...createSave(scenario, log, now), saveFormat: SAVE_FORMAT + 1 });

  it('keeps a save from a newer build where it is, and sets it aside (not deletes it) when the casus starts afresh', () => {
    const store = memoryStore({ [`save:${scenario.id}`]: newer });
    expect(resumeOffer(store, scenario.id)).toEqual({ kind: 'rejected', reason: 'newer' });
    expect(store.data.get(`save:${scenario.id}`)).toBe(newer);
    clearSave(store, scenario.id);
    expect(Object.fromEntries(store.data)).toEqual({ [`quarantaine:save:${scenario.id}`]: newer });
  });

  it('sets a damaged save aside instead of deleting it; a fresh start removes an ordinary save', () => {
    const store = memoryStore({ [`save:${scenario.id}`]: '{ kapot', 'save:ander': JSON.stringify(createSave(scenario, log, now)) });
    expect(resumeOffer(store, scenario.id)).toEqual({ kind: 'rejected', reason: 'corrupt' });
    expect(store.data.get(`quarantaine:save:${scenario.id}`)).toBe('{ kapot');
    clearSave(store, 'ander');
    expect(store.data.has('save:ander')).toBe(false);
  });
});

describe('the LMS resume state and the browser save: the further one wins', () => {
  const behind: SessionEvent[] = [{ type: 'casus.begin' }];
  const ahead: SessionEvent[] = [
    { type: 'casus.begin' },
    { type: 'choice.selected', optionId: 'begeleiding' },
    { type: 'kassabon.revealed' },
  ];
  const saveOf = (log: SessionEvent[]) => JSON.stringify(createSave(scenario, log, now));
  const key = `save:${scenario.id}`;

  it('measures progress by choices, then events', () => {
    expect(advanceOf(ahead)).toEqual([1, 3]);
    expect(advanceOf(behind)).toEqual([0, 1]);
  });

  it('restores the LMS state into a browser without a save, silently', () => {
    const store = memoryStore();
    expect(reconcileLmsResume(encodeSuspendData(scenario.id, ahead), { store, now })).toEqual({ kind: 'lms', ahead: false });
    expect(JSON.parse(store.data.get(key)!).log).toEqual(ahead);
  });

  it('uses the LMS state when it got further, and sets the browser save aside', () => {
    const store = memoryStore({ [key]: saveOf(behind) });
    expect(reconcileLmsResume(encodeSuspendData(scenario.id, ahead), { store, now })).toEqual({ kind: 'lms', ahead: true });
    expect(JSON.parse(store.data.get(key)!).log).toEqual(ahead);
    expect(JSON.parse(store.data.get(`quarantaine:${key}`)!).log).toEqual(behind);
  });

  it('keeps the browser save when the LMS state is older, and hands it back for the LMS', () => {
    const store = memoryStore({ [key]: saveOf(ahead) });
    expect(reconcileLmsResume(encodeSuspendData(scenario.id, behind), { store, now })).toEqual({
      kind: 'browser',
      scenarioId: scenario.id,
      log: ahead,
    });
    expect(JSON.parse(store.data.get(key)!).log).toEqual(ahead);
  });

  it('says nothing when both hold the same progress', () => {
    const store = memoryStore({ [key]: saveOf(ahead) });
    expect(reconcileLmsResume(encodeSuspendData(scenario.id, ahead), { store, now })).toEqual({ kind: 'ignored' });
  });

  it("never writes an own casus's save, nor another casus than the one launched", () => {
    const store = memoryStore();
    expect(reconcileLmsResume(encodeSuspendData('eigen-mijn', ahead), { store, now })).toEqual({ kind: 'ignored' });
    expect(reconcileLmsResume(encodeSuspendData('ander', ahead), { store, now, launched: scenario.id })).toEqual({ kind: 'ignored' });
    expect(reconcileLmsResume('k1:own-casus:b', { store, now })).toMatchObject({ kind: 'lms' });
    expect([...store.data.keys()]).toEqual(['save:own-casus']);
  });

  it('SCORM 1.2: a resume state over 4096 characters is not written, and the player is told once', () => {
    const api = new Scorm12API({ logLevel: 5 } as never);
    const lms = connect(api, 'scorm12');
    if (!lms) throw new Error('no connection');
    let told = 0;
    const reporter = scormReporter(lms, { now: () => now }, { onSuspendTooLong: () => told++ });
    const short: SessionEvent[] = [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'begeleiding' }];
    const long: SessionEvent[] = [
      { type: 'casus.begin' },
      ...Array.from({ length: 400 }, () => ({ type: 'choice.selected' as const, optionId: 'een-lange-keuze' })),
    ];
    expect(encodeSuspendData(scenario.id, long).length).toBeGreaterThan(SCORM12_SUSPEND_LIMIT);
    reporter.report({ type: 'progress.changed', casusId: scenario.id, log: short }, scenario);
    reporter.report({ type: 'progress.changed', casusId: scenario.id, log: long }, scenario);
    reporter.report({ type: 'progress.changed', casusId: scenario.id, log: long }, scenario);
    expect(told).toBe(1);
    expect(decodeSuspendData(api.cmi.suspend_data)?.log).toEqual(short);
  });
});
