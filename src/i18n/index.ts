import { makeCatalogue } from './catalogue.ts';
import en from './en.json';
import nl from './nl.json';
import type { Placeholders } from './placeholders.ts';

/** The main catalogue: the interface text the menu and the play screens need. */
const catalogue = makeCatalogue<Placeholders>({ nl, en });

export type MessageKey = keyof Placeholders;
export const t = catalogue.t;
export const catalogKeys = catalogue.keys;
