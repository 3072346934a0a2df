/** localStorage that never throws: private modes and LMS iframes may refuse storage. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function browserStore(prefix = 'kostenbewust:'): KeyValueStore {
  const storage = (): Storage | undefined => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
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
    set: (key, value) => {
      try {
        storage()?.setItem(prefix + key, value);
      } catch {
        // Full or refused storage: the game goes on, only resuming is lost.
      }
    },
    remove: (key) => {
      try {
        storage()?.removeItem(prefix + key);
      } catch {
        // see set()
      }
    },
  };
}
