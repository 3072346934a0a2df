import type { KeyValueStore } from './storage.ts';

/** A stored value that did not read is moved here (`quarantaine:<key>`), so nothing a player kept ever vanishes unseen. */
export const QUARANTINE_PREFIX = 'quarantaine:';

/** What reading a stored value gave: nothing there, the value, or an entry that did not read and was set aside. */
export type StoredRead<T> = { readonly kind: 'none' } | { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'setAside' };

/** Any schema with Zod's `safeParse` (zod and zod/mini alike). */
export interface StoredSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * Moves an entry to its quarantine key. When storage refuses the copy, the entry stays where it is: every reader
 * parses what it reads, so a bad entry left in place is ignored, never a crash.
 */
export function setAside(store: KeyValueStore, key: string, raw: string): void {
  if (store.set(QUARANTINE_PREFIX + key, raw)) store.remove(key);
}

/** Reads JSON at `key` through its schema; anything else is set aside. */
export function readStored<T>(store: KeyValueStore, key: string, schema: StoredSchema<T>): StoredRead<T> {
  const raw = store.get(key);
  if (raw === null || raw === '') return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    setAside(store, key, raw);
    return { kind: 'setAside' };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { kind: 'ok', value: parsed.data };
  setAside(store, key, raw);
  return { kind: 'setAside' };
}
