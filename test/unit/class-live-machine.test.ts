import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import {
  classLiveMachine,
  POLL_MS,
  type ClassLiveStart,
  type PollAnswer,
  type PollInput,
} from '../../src/app/class-live/class-live-machine.ts';
import { LrsAnswerError } from '../../src/app/class-live/lrs-query.ts';
import { xapiSettings } from '../../src/app/reporting/xapi/xapi-config.ts';

// The class overview's polling without a browser or real time: the LRS is a provided actor, time a simulated clock.
const settings = { ...xapiSettings({ endpoint: 'https://lrs.example.nl/xapi/', auth: 'k:s' }, null)!, classCode: 'groep-a' };
const statement = (n: number, stored: string) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  actor: { account: { name: `p${n}` } },
  verb: { id: 'https://example/verb' },
  object: { id: 'https://example/object' },
  stored,
});

function later<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function live(start: Partial<ClassLiveStart> = {}) {
  const polls: { input: PollInput; answer: ReturnType<typeof later<PollAnswer>> }[] = [];
  const machine = classLiveMachine.provide({
    actors: {
      start: fromPromise<ClassLiveStart>(() =>
        Promise.resolve({ entries: [], settings, refused: false, scenarioId: null, scenario: null, ...start }),
      ),
      poll: fromPromise<PollAnswer, PollInput>(({ input }) => {
        const answer = later<PollAnswer>();
        polls.push({ input, answer });
        return answer.promise;
      }),
    },
  });
  const clock = new SimulatedClock();
  const actor = createActor(machine, { input: { lang: 'nl' }, clock }).start();
  return { actor, polls, clock };
}

const at = new Date('2026-12-06T10:00:00Z');

describe('class overview machine', () => {
  it('polls the LRS with the class code from the config, takes what it finds, and polls again after a while from a little before the newest', async () => {
    const { actor, polls, clock } = live();
    await waitFor(actor, (s) => s.matches({ feed: 'polling' }));
    expect(polls).toHaveLength(1);
    expect(polls[0]!.input).toEqual({ settings, classCode: 'groep-a' });
    polls[0]!.answer.resolve({ found: [statement(1, '2026-12-06T09:59:00.000Z'), { hostile: true }], at });
    await waitFor(actor, (s) => s.matches({ feed: 'waiting' }));
    expect(actor.getSnapshot().context).toMatchObject({ updatedAt: at, failed: false });
    expect(actor.getSnapshot().context.statements.size).toBe(1);
    expect(actor.getSnapshot().context.unreadable.size).toBe(1);
    clock.increment(POLL_MS - 1);
    expect(polls).toHaveLength(1);
    clock.increment(1);
    expect(polls).toHaveLength(2);
    expect(polls[1]!.input.since).toBe('2026-12-06T09:58:55.000Z');
  });

  it('says a refused key, and goes on polling', async () => {
    const { actor, polls, clock } = live();
    await waitFor(actor, (s) => s.matches({ feed: 'polling' }));
    polls[0]!.answer.reject(new LrsAnswerError(401));
    await waitFor(actor, (s) => s.matches({ feed: 'waiting' }));
    expect(actor.getSnapshot().context.failed).toBe('key');
    clock.increment(POLL_MS);
    polls[1]!.answer.reject(new Error('off-line'));
    await waitFor(actor, (s) => s.context.failed === 'read');
  });

  it('starts from nothing with a new class code: the running poll is stopped and its answer never counts', async () => {
    const { actor, polls } = live();
    await waitFor(actor, (s) => s.matches({ feed: 'polling' }));
    actor.send({ type: 'classCode.changed', code: '  Groep B ' });
    expect(polls).toHaveLength(2);
    expect(polls[1]!.input.classCode).toBe('groep-b');
    polls[0]!.answer.resolve({ found: [statement(1, '2026-12-06T09:59:00.000Z')], at });
    polls[1]!.answer.resolve({ found: [], at });
    await waitFor(actor, (s) => s.matches({ feed: 'waiting' }));
    expect(actor.getSnapshot().context.statements.size).toBe(0);
    actor.send({ type: 'classCode.changed', code: '   ' });
    expect(actor.getSnapshot().context.classCode).toBe('groep-b');
  });

  it('stops polling while paused and, going on, polls at once with what it has', async () => {
    const { actor, polls, clock } = live();
    await waitFor(actor, (s) => s.matches({ feed: 'polling' }));
    polls[0]!.answer.resolve({ found: [statement(1, '2026-12-06T09:59:00.000Z')], at });
    await waitFor(actor, (s) => s.matches({ feed: 'waiting' }));
    actor.send({ type: 'pause.toggled' });
    expect(actor.getSnapshot().context.paused).toBe(true);
    clock.increment(POLL_MS * 3);
    expect(polls).toHaveLength(1);
    // A new code while paused starts from nothing but stays paused.
    actor.send({ type: 'classCode.changed', code: 'groep-c' });
    expect(polls).toHaveLength(1);
    actor.send({ type: 'pause.toggled' });
    expect(polls).toHaveLength(2);
    expect(polls[1]!.input).toEqual({ settings, classCode: 'groep-c' });
  });

  it('does not poll without an LRS, and says a failed start', async () => {
    const { actor, polls } = live({ settings: null, refused: true });
    await waitFor(actor, (s) => s.matches({ feed: 'idle' }));
    expect(actor.getSnapshot().context.refused).toBe(true);
    expect(polls).toHaveLength(0);
    const failing = createActor(
      classLiveMachine.provide({ actors: { start: fromPromise<ClassLiveStart>(() => Promise.reject(new Error('no library'))) } }),
      { input: { lang: 'nl' } },
    ).start();
    await waitFor(failing, (s) => s.matches({ feed: 'stopped' }));
    expect(failing.getSnapshot().context.failed).toBe('read');
  });

  it('loads a chosen casus beside the polling, and remembers the language', async () => {
    const scenario = { id: 'b' } as unknown as NonNullable<ClassLiveStart['scenario']>;
    const entries = [{ summary: { id: 'b' } as never, load: () => Promise.resolve(scenario) }];
    const { actor, polls } = live({ entries });
    const emitted: unknown[] = [];
    actor.on('language.changed', (event) => emitted.push(event));
    await waitFor(actor, (s) => s.matches({ feed: 'polling' }));
    actor.send({ type: 'casus.chosen', scenarioId: 'b' });
    expect(actor.getSnapshot().context.scenarioId).toBe('b');
    await waitFor(actor, (s) => s.context.scenario === scenario);
    expect(polls).toHaveLength(1);
    actor.send({ type: 'language.changed', lang: 'en' });
    expect(emitted).toEqual([{ type: 'language.changed', lang: 'en' }]);
  });
});
