import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadPayerCatalogue, type CatalogueResult } from '../src/authoring/payer-catalogue.ts';
import { readSharedFileIn, type CheckedShared } from './shared-file.ts';

/** Where the shared payers live, inside the scenarios folder: a subfolder, so it is not taken for a casus. */
export const PAYER_CATALOGUE = join('gedeeld', 'betalers.yaml');

export type CheckedCatalogue = CheckedShared<CatalogueResult>;

/** The payer catalogue of a scenarios folder, with its diagnostics; undefined when the folder has none. */
export function readPayerCatalogue(scenariosDir: string): CheckedCatalogue | undefined {
  return readSharedFileIn(scenariosDir, PAYER_CATALOGUE, loadPayerCatalogue, { payers: {} });
}

/** The scenarios folder the targets of a check belong to: the first folder given, else the first file's folder. */
export function scenariosFolder(targets: readonly string[]): string {
  const isFolder = (target: string) => {
    try {
      return statSync(target).isDirectory();
    } catch {
      return false; // a missing path is reported by the check itself
    }
  };
  const folder = targets.find(isFolder);
  return folder ?? dirname(targets[0] ?? join('scenarios', 'x.yaml'));
}
