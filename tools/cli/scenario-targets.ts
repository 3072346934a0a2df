import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isEditorLeftover, NOT_SCENARIO_FOLDERS, SCENARIO_FILE } from '../../src/authoring/compilation/library-layout.ts';

export { isEditorLeftover, SCENARIO_FILE } from '../../src/authoring/compilation/library-layout.ts';

/**
 * The scenario files in a folder and its subfolders (not the shared files, tariffs or schemas), sorted, each
 * folder's own files before its subfolders'; undefined when `target` is not a folder that can be listed.
 */
function folderEntries(target: string, cwd: string): string[] | undefined {
  try {
    if (!statSync(resolve(cwd, target), { throwIfNoEntry: false })?.isDirectory()) return undefined;
    readdirSync(resolve(cwd, target));
  } catch {
    return undefined; // not listable: the path goes on as it is, and reading it reports why
  }
  return scenarioIn(target, new Set(), cwd);
}

function scenarioIn(dir: string, seen: Set<string>, cwd: string): string[] {
  const key = identity(dir, cwd);
  // A folder link back up the tree is walked once.
  if (seen.has(key)) return [];
  seen.add(key);
  let names;
  try {
    names = readdirSync(resolve(cwd, dir)).sort();
  } catch {
    return [];
  }
  const isFolder = (name: string) => {
    try {
      return statSync(resolve(cwd, dir, name), { throwIfNoEntry: false })?.isDirectory() ?? false;
    } catch {
      return false;
    }
  };
  // A folder named like a casus (oud.yaml/) is still named, so reading it says what is wrong.
  const files = names.filter((name) => SCENARIO_FILE.test(name) && !isEditorLeftover(name)).map((name) => join(dir, name));
  const folders = names.filter(
    (name) => !SCENARIO_FILE.test(name) && !name.startsWith('.') && !NOT_SCENARIO_FOLDERS.has(name) && isFolder(name),
  );
  return [...files, ...folders.flatMap((name) => scenarioIn(join(dir, name), seen, cwd))];
}

/** One key per file on disk, so a file named twice, or named and inside a named folder, counts once. */
function identity(path: string, cwd: string): string {
  try {
    return realpathSync.native(resolve(cwd, path));
  } catch {
    return resolve(cwd, path);
  }
}

/**
 * The files to check for the files and folders given: each folder's .yaml files (not its editor
 * leftovers), every other target as it is, even when it does not exist: reading it reports the problem
 * as that file's diagnostic. Never throws. Relative targets are read from `cwd` and returned as written.
 */
export function scenarioPaths(targets: readonly string[], cwd: string = process.cwd()): string[] {
  const seen = new Set<string>();
  const paths: string[] = [];
  for (const path of targets.flatMap((target) => folderEntries(target, cwd) ?? [target])) {
    const key = identity(path, cwd);
    if (seen.has(key)) continue;
    seen.add(key);
    paths.push(path);
  }
  return paths;
}
