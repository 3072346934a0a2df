import { makeCatalogue } from '../catalogue.ts';
import en from './en.json';
import nl from './nl.json';
import type { Placeholders } from './placeholders.ts';

/**
 * The werkplaats's interface text, kept apart from the main catalogue so it loads with the werkplaats's own chunk
 * (the JS before the menu does not grow).
 */
const catalogue = makeCatalogue<Placeholders>({ nl, en });

export type WerkplaatsMessageKey = keyof Placeholders;
export const tw = catalogue.t;
export const werkplaatsCatalogKeys = catalogue.keys;
