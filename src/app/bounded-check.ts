/** The part of a Worker the checks use, so the runner can be driven by a fake in Node. */
export interface CheckWorker {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

export interface CheckTimers {
  readonly set: (callback: () => void, ms: number) => unknown;
  readonly clear: (handle: unknown) => void;
}

/** How a check ended: its answer, out of time, replaced by a newer check, or the worker broke. */
export type CheckOutcome<T> =
  | { readonly kind: 'done'; readonly result: T }
  | { readonly kind: 'timeout'; readonly budgetMs: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly detail: string };

export interface LatestCheck<T> {
  /** Starts a check in a fresh worker; a check still running is cancelled (its worker terminated) first. */
  run(message: unknown): Promise<CheckOutcome<T>>;
  /** Ends the running check, if any. */
  cancel(): void;
}

/** Ten seconds: a casus of any honest shape is checked well within it on a slow school laptop. */
export const CHECK_BUDGET_MS = 10_000;

export interface LatestCheckOptions {
  readonly spawn: () => CheckWorker;
  readonly budgetMs?: number;
  readonly timers?: CheckTimers;
}

const browserTimers: CheckTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs one check at a time, each in its own worker with a time budget. Only the newest check can answer: choosing
 * another file terminates the worker of the one before, and a message from any worker but the current one is
 * ignored. A worker out of time is terminated, so a hostile file cannot keep a core busy or memory growing.
 */
export function latestCheck<T>({ spawn, budgetMs = CHECK_BUDGET_MS, timers = browserTimers }: LatestCheckOptions): LatestCheck<T> {
  let current: { readonly worker: CheckWorker; readonly end: (outcome: CheckOutcome<T>) => void } | null = null;

  const cancel = () => current?.end({ kind: 'cancelled' });

  const run = (message: unknown) => {
    cancel();
    return new Promise<CheckOutcome<T>>((resolve) => {
      let worker: CheckWorker;
      try {
        worker = spawn();
      } catch (error) {
        resolve({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
        return;
      }
      const timer = timers.set(() => end({ kind: 'timeout', budgetMs }), budgetMs);
      const entry = { worker, end: (outcome: CheckOutcome<T>) => end(outcome) };
      function end(outcome: CheckOutcome<T>) {
        if (current !== entry) return;
        current = null;
        timers.clear(timer);
        worker.onmessage = null;
        worker.onerror = null;
        worker.terminate();
        resolve(outcome);
      }
      current = entry;
      worker.onmessage = (event) => end({ kind: 'done', result: event.data as T });
      worker.onerror = (event) => {
        event.preventDefault?.();
        end({ kind: 'failed', detail: event.message || 'worker failed' });
      };
      worker.postMessage(message);
    });
  };

  return { run, cancel };
}
