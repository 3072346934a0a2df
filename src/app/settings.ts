// zod/mini: a fraction of zod's size in the JS before the menu, which reads settings, link and saves.
import { z } from 'zod/mini';
import { LANGS, type Lang } from '../domain/scenario/text.ts';
import type { KeyValueStore } from './storage.ts';
import { readStored } from './stored-value.ts';

const settingsSchema = z.object({
  lang: z.catch(z.enum(LANGS), 'nl'),
  sound: z.catch(z.boolean(), true),
  /** The title's theme filter: Dutch theme texts, lower case. */
  themes: z.catch(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)), []),
  /** The tariff set the kassabon prices with ('standaard', a bundled set's id, or 'eigen'). */
  tariffs: z.catch(z.string().check(z.maxLength(100)), 'standaard'),
  /** The title's "Zo werkt het" in three steps was dismissed: a returning player gets the cards alone. */
  introSeen: z.catch(z.boolean(), false),
});

export interface Settings {
  readonly lang: Lang;
  readonly sound: boolean;
  readonly themes: readonly string[];
  readonly tariffs: string;
  readonly introSeen: boolean;
}

const KEY = 'settings';
const DEFAULTS: Settings = { lang: 'nl', sound: true, themes: [], tariffs: 'standaard', introSeen: false };

/** The stored settings; a field that does not read falls back on its own, an entry that is no object is set aside. */
export function readSettings(store: KeyValueStore, onSetAside: () => void = () => undefined): Settings {
  const read = readStored(store, KEY, settingsSchema);
  if (read.kind === 'setAside') onSetAside();
  return read.kind === 'ok' ? read.value : DEFAULTS;
}

/** Writes the settings given over the stored ones, so each part of the app keeps only its own. */
export function writeSettings(store: KeyValueStore, settings: Partial<Settings>): void {
  store.set(KEY, JSON.stringify({ ...readSettings(store), ...settings }));
}
