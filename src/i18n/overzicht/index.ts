import type { Lang } from '../../domain/scenario/text.ts';
import { fill } from '../fill.ts';
import en from './en.json';
import nl from './nl.json';

/**
 * The results class overview's interface text: a page of its own, so its words load only there
 * so parallel work on the main catalogue does not collide. Same rules: every Dutch key in English too (i18n.test.ts).
 */
export type OverviewMessageKey = keyof typeof nl;
const catalogs: Record<Lang, Record<OverviewMessageKey, string>> = { nl, en };

export function tr(lang: Lang, key: OverviewMessageKey, params: Record<string, string | number> = {}): string {
  return fill(catalogs[lang][key] ?? catalogs.nl[key], params);
}

export const overviewCatalogKeys = { nl: Object.keys(nl), en: Object.keys(en) };
