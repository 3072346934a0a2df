import { SAVE_KEY_PREFIX } from './save-store.ts';
import { STORE_PREFIX } from './storage.ts';

/**
 * Calls `onSaveChanged` when another tab of this game writes or removes a save: the browser fires `storage`
 * events in every other tab of the same origin, never in the tab that wrote. A cleared store reports `null`.
 * Returns the unsubscribe.
 */
export function watchOtherTabs(onSaveChanged: (scenarioId: string | null) => void, target: Window = window): () => void {
  const prefix = STORE_PREFIX + SAVE_KEY_PREFIX;
  const listener = (event: StorageEvent) => {
    if (event.key === null) onSaveChanged(null);
    else if (event.key.startsWith(prefix)) onSaveChanged(event.key.slice(prefix.length));
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener('storage', listener);
}
