import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Diagnostic } from '../src/authoring/diagnostics/diagnostic.ts';
import { report } from '../src/authoring/diagnostics/registry.ts';
import { loadPayerCatalogue, type PayerCatalogue } from '../src/authoring/payer-catalogue.ts';

/** Where the shared payers live, inside the scenarios folder: a subfolder, so it is not taken for a casus. */
export const PAYER_CATALOGUE = join('gedeeld', 'betalers.yaml');

export interface CheckedCatalogue {
  readonly file: string;
  readonly path: string;
  readonly payers: PayerCatalogue;
  readonly diagnostics: readonly Diagnostic[];
}

/** The payer catalogue of a scenarios folder, with its diagnostics; undefined when the folder has none. */
export function readPayerCatalogue(scenariosDir: string): CheckedCatalogue | undefined {
  const path = join(scenariosDir, PAYER_CATALOGUE);
  if (!existsSync(path)) return undefined;
  const file = relative(process.cwd(), path);
  try {
    return { path, file, ...loadPayerCatalogue(readFileSync(path, 'utf8'), file) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path, file, payers: {}, diagnostics: [{ file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) }] };
  }
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
