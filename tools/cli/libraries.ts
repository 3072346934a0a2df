import { statSync } from 'node:fs';
import { join } from 'node:path';
import { libraryRootOf } from '../../src/authoring/compilation/library-layout.ts';
import { bundledScenarios } from './check-folder.ts';
import { nodeFilePort } from './node-file-port.ts';
import { scenarioPaths } from './scenario-targets.ts';

export interface LibraryTargets {
  /** The folder whose shared files these casussen are checked against. */
  readonly root: string;
  readonly scenarios: readonly string[];
  /** True when no folder upwards had shared files, so the game's own are used: they are not the trainer's to hear about. */
  readonly bundled: boolean;
}

const isFolder = (target: string) => {
  try {
    return statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false; // a path that cannot be read is reported by the check itself
  }
};

/**
 * The files and folders named on the command line, grouped by the library each belongs to (library-layout.ts:
 * the nearest folder upwards with shared files, else the game's own), in the order named. A folder named
 * counts even without a casus in it, so its shared files are still checked.
 */
export function libraries(targets: readonly string[]): LibraryTargets[] {
  const groups = new Map<string, string[]>();
  const FALLBACK = '';
  const add = (root: string | undefined) => groups.get(root ?? FALLBACK) ?? groups.set(root ?? FALLBACK, []).get(root ?? FALLBACK)!;
  for (const target of targets) if (isFolder(target)) add(libraryRootOf(join(target, 'x.yaml'), nodeFilePort));
  for (const path of scenarioPaths(targets)) add(libraryRootOf(path, nodeFilePort)).push(path);
  return [...groups].map(([root, scenarios]) => ({
    root: root === FALLBACK ? bundledScenarios : root,
    scenarios,
    bundled: root === FALLBACK,
  }));
}
