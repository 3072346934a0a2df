import { join } from 'node:path';
import { loadSourceCatalogue, type SourceCatalogueResult } from '../src/authoring/source-catalogue.ts';
import { readSharedFileIn, type CheckedShared } from './shared-file.ts';

/** Where the shared source list lives, inside the scenarios folder (a subfolder, so it is not taken for a casus). */
export const SOURCE_CATALOGUE = join('gedeeld', 'bronnen.yaml');

export type CheckedSources = CheckedShared<SourceCatalogueResult>;

/** The source catalogue of a scenarios folder, with its diagnostics; undefined when the folder has none. */
export function readSourceCatalogue(scenariosDir: string): CheckedSources | undefined {
  return readSharedFileIn(scenariosDir, SOURCE_CATALOGUE, loadSourceCatalogue, { documents: {} });
}
