import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../src/authoring/diagnostics/diagnostic.ts';
import { report } from '../src/authoring/diagnostics/registry.ts';
import { loadSourceCatalogue, type SourceCatalogue } from '../src/authoring/source-catalogue.ts';

/** Where the shared source list lives, inside the scenarios folder (a subfolder, so it is not taken for a casus). */
export const SOURCE_CATALOGUE = join('gedeeld', 'bronnen.yaml');

export interface CheckedSources {
  readonly file: string;
  readonly path: string;
  readonly documents: SourceCatalogue;
  readonly diagnostics: readonly Diagnostic[];
}

/** The source catalogue of a scenarios folder, with its diagnostics; undefined when the folder has none. */
export function readSourceCatalogue(scenariosDir: string): CheckedSources | undefined {
  const path = join(scenariosDir, SOURCE_CATALOGUE);
  if (!existsSync(path)) return undefined;
  const file = relative(process.cwd(), path) || path;
  try {
    return { path, file, ...loadSourceCatalogue(readFileSync(path, 'utf8'), file) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path, file, documents: {}, diagnostics: [{ file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) }] };
  }
}
