import type { Lang } from '../domain/scenario/text.ts';
import en from './en.json';
import { fill } from './fill.ts';
import nl from './nl.json';

export type MessageKey = keyof typeof nl;
const catalogs: Record<Lang, Record<MessageKey, string>> = { nl, en };

/** Interface text by key, with {name} placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(catalogs[lang][key] ?? catalogs.nl[key], params);
}

export const catalogKeys = { nl: Object.keys(nl), en: Object.keys(en) };
