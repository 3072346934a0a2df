// zod/mini: a fraction of zod's size in the JS before the menu, which reads settings, link and saves.
import { z } from 'zod/mini';
import type { Lang } from '../domain/scenario/text.ts';
import type { KeyValueStore } from './storage.ts';

const settingsSchema = z.object({
  lang: z.catch(z.enum(['nl', 'en']), 'nl'),
  sound: z.catch(z.boolean(), true),
});

export interface Settings {
  readonly lang: Lang;
  readonly sound: boolean;
}

const KEY = 'settings';

export function readSettings(store: KeyValueStore): Settings {
  const raw = store.get(KEY);
  try {
    return settingsSchema.parse(raw ? JSON.parse(raw) : {});
  } catch {
    return { lang: 'nl', sound: true };
  }
}

export function writeSettings(store: KeyValueStore, settings: Settings): void {
  store.set(KEY, JSON.stringify(settings));
}
