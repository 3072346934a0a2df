import type { Lang } from '../../domain/scenario/text.ts';
import { fill } from '../fill.ts';
import en from './en.json';
import nl from './nl.json';

/**
 * The werkplaats's interface text, kept apart from the main catalogue so it loads with the werkplaats's own chunk
 * (the JS before the menu does not grow). Same rules: every Dutch key in English too (werkplaats-i18n.test.ts).
 */
export type WerkplaatsMessageKey = keyof typeof nl;
const catalogs: Record<Lang, Record<WerkplaatsMessageKey, string>> = { nl, en };

export function tw(lang: Lang, key: WerkplaatsMessageKey, params: Record<string, string | number> = {}): string {
  return fill(catalogs[lang][key] ?? catalogs.nl[key], params);
}

export const werkplaatsCatalogKeys = { nl: Object.keys(nl), en: Object.keys(en) };
