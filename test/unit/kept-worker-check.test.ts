import { describe, expect, it } from 'vitest';
import type { CheckTimers, CheckWorker } from '../../src/app/bounded-check.ts';
import { keptWorkerCheck } from '../../src/app/kept-worker-check.ts';

class FakeWorker implements CheckWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: { id: number; text: string }[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.received.push(message as { id: number; text: string });
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(id: number, text: string): void {
    this.onmessage?.({ data: { id, text } } as MessageEvent);
  }
}

function manualTimers() {
  const pending: (() => void)[] = [];
  const timers: CheckTimers = { set: (callback) => pending.push(callback), clear: () => undefined };
  return { timers, fire: () => pending.splice(0).forEach((run) => run()) };
}

describe('the werkplaats keeps one checking worker; only the newest answer counts', () => {
  it('reuses the worker, answers an overtaken check "cancelled" and ignores its late answer', async () => {
    const workers: FakeWorker[] = [];
    const checks = keptWorkerCheck<{ text: string }>({
      spawn: () => (workers.push(new FakeWorker()), workers.at(-1)!),
      timers: manualTimers().timers,
    });
    const first = checks.run({ text: 'a' });
    const second = checks.run({ text: 'ab' });
    expect(workers).toHaveLength(1);
    const [one, two] = workers[0]!.received;
    workers[0]!.answer(one!.id, 'a');
    workers[0]!.answer(two!.id, 'ab');
    expect(await first).toEqual({ kind: 'cancelled' });
    expect(await second).toEqual({ kind: 'done', result: { id: two!.id, text: 'ab' } });
  });

  it('ends a worker out of time and starts a fresh one for the next check', async () => {
    const workers: FakeWorker[] = [];
    const { timers, fire } = manualTimers();
    const checks = keptWorkerCheck<{ text: string }>({
      spawn: () => (workers.push(new FakeWorker()), workers.at(-1)!),
      timers,
      budgetMs: 50,
    });
    const slow = checks.run({ text: 'hostile' });
    fire();
    expect(await slow).toEqual({ kind: 'timeout', budgetMs: 50 });
    expect(workers[0]!.terminated).toBe(true);
    const next = checks.run({ text: 'ok' });
    expect(workers).toHaveLength(2);
    workers[1]!.answer(workers[1]!.received[0]!.id, 'ok');
    expect((await next).kind).toBe('done');
  });
});
