import type { KeyValueStore } from '../../../src/app/storage.ts';

/**
 * Storage as a map, for tests of what the game keeps in the browser. `refuse`: every write fails, as a full or
 * private-mode storage does.
 */
export function memoryStore(initial: Record<string, string> = {}, { refuse = false } = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => {
      if (refuse) return false;
      data.set(k, v);
      return true;
    },
    remove: (k) => void data.delete(k),
  };
}
