import { CHECK_BUDGET_MS, type CheckOutcome, type CheckTimers, type CheckWorker } from './bounded-check.ts';

export interface KeptWorkerCheck<T> {
  /** Checks `message` in the kept worker; an earlier check still waiting is answered 'cancelled' (newest wins). */
  run(message: object): Promise<CheckOutcome<T>>;
  /** Ends the worker (the next run starts a fresh one). */
  dispose(): void;
}

const browserTimers: CheckTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * One worker kept for many checks of the same text as it is typed (the werkplaats): starting a worker and loading
 * the checker for every keystroke would cost more than the check. Each request carries an id the worker echoes;
 * only the newest request's answer counts. A check over its budget ends the worker, as in bounded-check.ts, so a
 * hostile text never keeps a core busy; the next check starts a fresh one.
 */
export function keptWorkerCheck<T>({
  spawn,
  budgetMs = CHECK_BUDGET_MS,
  timers = browserTimers,
}: {
  spawn: () => CheckWorker;
  budgetMs?: number;
  timers?: CheckTimers;
}): KeptWorkerCheck<T> {
  let worker: CheckWorker | null = null;
  let latest = 0;
  let waiting: { id: number; resolve: (outcome: CheckOutcome<T>) => void; timer: unknown } | null = null;

  const settle = (outcome: CheckOutcome<T>) => {
    const current = waiting;
    if (!current) return;
    waiting = null;
    timers.clear(current.timer);
    current.resolve(outcome);
  };
  const dispose = () => {
    worker?.terminate();
    worker = null;
  };
  const ensure = (): CheckWorker => {
    if (worker) return worker;
    const started = spawn();
    started.onmessage = (event) => {
      const data = event.data as T & { id?: number };
      if (waiting && data.id === waiting.id) settle({ kind: 'done', result: data });
    };
    started.onerror = (event) => {
      event.preventDefault?.();
      dispose();
      settle({ kind: 'failed', detail: event.message || 'worker failed' });
    };
    worker = started;
    return started;
  };

  const run = (message: object) =>
    new Promise<CheckOutcome<T>>((resolve) => {
      settle({ kind: 'cancelled' });
      const id = ++latest;
      let target: CheckWorker;
      try {
        target = ensure();
      } catch (error) {
        resolve({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
        return;
      }
      const timer = timers.set(() => {
        if (waiting?.id !== id) return;
        dispose();
        settle({ kind: 'timeout', budgetMs });
      }, budgetMs);
      waiting = { id, resolve, timer };
      target.postMessage({ ...message, id });
    });

  return {
    run,
    dispose: () => {
      settle({ kind: 'cancelled' });
      dispose();
    },
  };
}
