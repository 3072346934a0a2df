import { makeCatalogue } from '../catalogue.ts';
import en from './en.json';
import nl from './nl.json';
import type { Placeholders } from './placeholders.ts';

/** The results class overview's interface text: a page of its own, so its words load only there. */
const catalogue = makeCatalogue<Placeholders>({ nl, en });

export type OverviewMessageKey = keyof Placeholders;
export const tr = catalogue.t;
export const overviewCatalogKeys = catalogue.keys;
