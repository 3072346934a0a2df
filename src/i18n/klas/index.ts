import type { Lang } from '../../domain/scenario/text.ts';
import { fill } from '../fill.ts';
import en from './en.json';
import nl from './nl.json';

/**
 * Class mode's and the trainer view's interface text, kept apart from the main catalogue
 * so parallel work on the main catalogue does not collide. Same rules: every Dutch key in English too (i18n.test.ts).
 */
export type ClassMessageKey = keyof typeof nl;
const catalogs: Record<Lang, Record<ClassMessageKey, string>> = { nl, en };

export function tk(lang: Lang, key: ClassMessageKey, params: Record<string, string | number> = {}): string {
  return fill(catalogs[lang][key] ?? catalogs.nl[key], params);
}

export const classCatalogKeys = { nl: Object.keys(nl), en: Object.keys(en) };
