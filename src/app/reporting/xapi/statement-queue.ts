import type { KeyValueStore } from '../../storage.ts';
import type { XapiStatement } from './xapi-statement.ts';

/** What one delivery attempt came to: sent (or already there), refused for good, or worth another try later. */
export type SendOutcome = 'sent' | 'refused' | 'retry';

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What the game tells the player: nothing while statements flow; a discreet notice while some wait. */
export interface QueueStatus {
  readonly waiting: number;
  /** The last attempt failed (off-line, LRS unreachable or refusing): statements wait for a retry. */
  readonly failing: boolean;
}

/** `S`: the statement shape queued (the game's xAPI statements, or cmi5's with the LMS's actor and context). */
export interface QueueOptions<S extends { readonly id: string } = XapiStatement> {
  readonly store: KeyValueStore;
  /** Storage key of this LRS's queue: statements meant for one LRS never go to another. */
  readonly key: string;
  readonly send: (statement: S) => Promise<SendOutcome>;
  readonly timers?: Timers;
  readonly onStatus?: (status: QueueStatus) => void;
  /** Oldest statements are dropped beyond this many (a browser off-line for weeks must not fill its storage). */
  readonly limit?: number;
}

export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 60_000;

function readQueue<S extends { readonly id: string }>(store: KeyValueStore, key: string): S[] {
  try {
    const parsed: unknown = JSON.parse(store.get(key) ?? '[]');
    return Array.isArray(parsed) ? (parsed as S[]).filter((s) => s && typeof s.id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Statements wait in the browser (localStorage) and go out one at a time, oldest first, so an LRS stores them in
 * the order they happened. A failed attempt is retried after 2 s, 4 s, 8 s … up to a minute, and at once when
 * `retryNow` is called (the browser came back on-line). When storage refuses, the queue lives on in memory for
 * as long as the page does; nothing here ever throws into the game.
 */
export function statementQueue<S extends { readonly id: string } = XapiStatement>({
  store,
  key,
  send,
  timers = browserTimers,
  onStatus = () => undefined,
  limit = 1000,
}: QueueOptions<S>) {
  let queue = readQueue<S>(store, key);
  let sending = false;
  let failing = false;
  let delay = FIRST_RETRY_MS;
  let timer: unknown = null;

  const persist = () => {
    if (queue.length === 0) store.remove(key);
    else store.set(key, JSON.stringify(queue));
  };
  const status = () => onStatus({ waiting: queue.length, failing });

  const schedule = () => {
    if (timer !== null) return;
    timer = timers.set(() => {
      timer = null;
      void flush();
    }, delay);
    delay = Math.min(delay * 2, MAX_RETRY_MS);
  };

  async function flush(): Promise<void> {
    if (sending) return;
    sending = true;
    try {
      while (queue.length > 0) {
        const next = queue[0] as S;
        const outcome = await send(next).catch((): SendOutcome => 'retry');
        if (outcome === 'retry') {
          failing = true;
          status();
          schedule();
          return;
        }
        if (outcome === 'refused') console.warn(`The LRS refused statement ${next.id}; it is dropped`);
        queue = queue.filter((s) => s.id !== next.id);
        persist();
        failing = false;
        delay = FIRST_RETRY_MS;
      }
      status();
    } finally {
      sending = false;
    }
  }

  return {
    push(statement: S): Promise<void> {
      queue = [...queue, statement].slice(-limit);
      persist();
      return flush();
    },
    /** Try again now (back on-line): the back-off starts over. */
    retryNow(): Promise<void> {
      if (timer !== null) timers.clear(timer);
      timer = null;
      delay = FIRST_RETRY_MS;
      return flush();
    },
    /** Sends what a previous visit left waiting. */
    flush,
    pending: (): readonly S[] => queue,
  };
}

export type StatementQueue<S extends { readonly id: string } = XapiStatement> = ReturnType<typeof statementQueue<S>>;
