/** localStorage that never throws: private modes and LMS iframes may refuse storage, and it may be full. */
export interface KeyValueStore {
  get(key: string): string | null;
  /** False when the value could not be kept. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

export interface BrowserStoreOptions {
  readonly prefix?: string;
  /** Called each time storage refuses a write: the game goes on, but what it wrote will not be kept. */
  readonly onFailure?: () => void;
}

export const STORE_PREFIX = 'kostenbewust:';

export function browserStore({ prefix = STORE_PREFIX, onFailure = () => undefined }: BrowserStoreOptions = {}): KeyValueStore {
  const storage = (): Storage | undefined => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  };
  const attempt = (write: (s: Storage) => void): boolean => {
    try {
      const s = storage();
      if (!s) throw new Error('no localStorage');
      write(s);
      return true;
    } catch {
      onFailure();
      return false;
    }
  };
  return {
    get: (key) => {
      try {
        return storage()?.getItem(prefix + key) ?? null;
      } catch {
        return null;
      }
    },
    set: (key, value) => attempt((s) => s.setItem(prefix + key, value)),
    remove: (key) => {
      attempt((s) => s.removeItem(prefix + key));
    },
  };
}

/** Writes and removes a probe, so a refusing store is noticed before the player has progress to lose. */
export function storeWorks(store: KeyValueStore): boolean {
  const ok = store.set('probe', '1');
  if (ok) store.remove('probe');
  return ok;
}
