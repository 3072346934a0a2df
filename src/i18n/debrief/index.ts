import type { Lang } from '../../domain/scenario/text.ts';
import { fill } from '../fill.ts';
import en from './en.json';
import nl from './nl.json';

/**
 * The debrief's own interface text, kept apart from the main catalogue so that it loads with the debrief's
 * chunk and not before the menu. Same rules: every Dutch key in English too (i18n.test.ts).
 */
export type DebriefMessageKey = keyof typeof nl;
const catalogs: Record<Lang, Record<DebriefMessageKey, string>> = { nl, en };

export function td(lang: Lang, key: DebriefMessageKey, params: Record<string, string | number> = {}): string {
  return fill(catalogs[lang][key] ?? catalogs.nl[key], params);
}

export const debriefCatalogKeys = { nl: Object.keys(nl), en: Object.keys(en) };
