import { join } from 'node:path';
import type { SourceCatalogueResult } from '../../src/authoring/catalogues/source-catalogue.ts';
import { readDocuments, type CheckedShared } from '../../src/authoring/compilation/compilation-job.ts';
import { SOURCE_LIST_FILE } from '../../src/authoring/compilation/library-layout.ts';
import { nodeFilePort } from './node-file-port.ts';

/** Where the shared source list lives, inside the scenarios folder (a subfolder, so it is not taken for a casus). */
export const SOURCE_CATALOGUE = join(...SOURCE_LIST_FILE);

export type CheckedSources = CheckedShared<SourceCatalogueResult>;

/** The source catalogue of a scenarios folder, with its diagnostics; undefined when the folder has none. */
export function readSourceCatalogue(scenariosDir: string): CheckedSources | undefined {
  return readDocuments(nodeFilePort, scenariosDir);
}
