import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FilePort } from '../../src/authoring/compilation/file-port.ts';
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

const isFolder = (target: string, cwd: string) => {
  try {
    return statSync(resolve(cwd, target), { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false; // a path that cannot be read is reported by the check itself
  }
};

/**
 * The files and folders named on the command line, grouped by the library each belongs to (library-layout.ts:
 * the nearest folder upwards with shared files, else the game's own), in the order named. A folder named
 * counts even without a casus in it, so its shared files are still checked.
 */
export function libraries(targets: readonly string[], cwd: string = process.cwd(), port: FilePort = nodeFilePort): LibraryTargets[] {
  const groups = new Map<string, string[]>();
  const FALLBACK = '';
  const add = (root: string | undefined) => groups.get(root ?? FALLBACK) ?? groups.set(root ?? FALLBACK, []).get(root ?? FALLBACK)!;
  for (const target of targets) if (isFolder(target, cwd)) add(libraryRootOf(join(target, 'x.yaml'), port));
  for (const path of scenarioPaths(targets, cwd)) add(libraryRootOf(path, port)).push(path);
  return [...groups].map(([root, scenarios]) => ({
    root: root === FALLBACK ? bundledScenarios : root,
    scenarios,
    bundled: root === FALLBACK,
  }));
}
