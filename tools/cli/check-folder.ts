import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isTemplate, libraryRootOf } from '../../src/authoring/compilation/library-layout.ts';
import { runCompilation, type CompilationResult, type ResultCache } from '../../src/authoring/compilation/compilation-job.ts';
import type { SourceTexts } from '../../src/authoring/check/check-quotes.ts';
import { nodeFilePort } from './node-file-port.ts';
import { readSourceTexts, scenarioPaths } from './scenario-files.ts';

export const root = join(import.meta.dirname, '../..');
/** The game's own library: its shared files are the ones the browser checks with. */
export const bundledScenarios = join(root, 'scenarios');
/** The source texts `npm run check:scenarios` checks quotes against, when they stand beside the repository. */
export const seeds = join(root, '../shared/seeds');

export const seedTexts = (dir: string | undefined): SourceTexts | undefined => (dir && existsSync(dir) ? readSourceTexts(dir) : undefined);

export interface CheckedFolder extends CompilationResult {
  /** The shared payers, under their old name. */
  readonly catalogue?: CompilationResult['payers'];
}

/**
 * Checks a scenarios folder the way the CLI and the build do: its shared files, then every casus in it and its
 * subfolders as a set. `files` are the library's casussen; the template (library-layout.ts) is checked by the
 * CLI but is no part of the library, so it is left out here. With a `cache` (check-cache.ts), as the CLI checks.
 */
export function checkFolder(
  dir: string = bundledScenarios,
  sources: SourceTexts | undefined = seedTexts(seeds),
  cache?: ResultCache,
): CheckedFolder {
  const scenarios = scenarioPaths([dir]);
  const result = runCompilation(
    { scenarios, libraryRoot: libraryRootOf(join(dir, 'x.yaml'), nodeFilePort) ?? bundledScenarios, ...(sources ? { sources } : {}) },
    nodeFilePort,
    cache,
  );
  return { ...result, ...(result.payers ? { catalogue: result.payers } : {}), files: result.files.filter((f) => !isTemplate(f.path)) };
}
