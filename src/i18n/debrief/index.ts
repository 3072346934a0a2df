import { makeCatalogue } from '../catalogue.ts';
import en from './en.json';
import nl from './nl.json';
import type { Placeholders } from './placeholders.ts';

/**
 * The debrief's own interface text, kept apart from the main catalogue so that it loads with the debrief's
 * chunk and not before the menu.
 */
const catalogue = makeCatalogue<Placeholders>({ nl, en });

export type DebriefMessageKey = keyof Placeholders;
export const td = catalogue.t;
export const debriefCatalogKeys = catalogue.keys;
