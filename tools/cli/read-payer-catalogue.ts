import { join } from 'node:path';
import type { CatalogueResult } from '../../src/authoring/catalogues/payer-catalogue.ts';
import { readPayers, type CheckedShared } from '../../src/authoring/compilation/compilation-job.ts';
import { PAYER_FILE } from '../../src/authoring/compilation/library-layout.ts';
import { nodeFilePort } from './node-file-port.ts';

/** Where the shared payers live, inside the scenarios folder: a subfolder, so it is not taken for a casus. */
export const PAYER_CATALOGUE = join(...PAYER_FILE);

export type CheckedCatalogue = CheckedShared<CatalogueResult>;

/** The payer catalogue of a scenarios folder, with its diagnostics; undefined when the folder has none. */
export function readPayerCatalogue(scenariosDir: string): CheckedCatalogue | undefined {
  return readPayers(nodeFilePort, scenariosDir);
}
