import { makeCatalogue } from '../catalogue.ts';
import en from './en.json';
import nl from './nl.json';
import type { Placeholders } from './placeholders.ts';

/** Class mode's and the trainer view's interface text, kept apart from the main catalogue. */
const catalogue = makeCatalogue<Placeholders>({ nl, en });

export type ClassMessageKey = keyof Placeholders;
export const tk = catalogue.t;
export const classCatalogKeys = catalogue.keys;
