import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Scenario files by name: .yaml or .yml, in any case (Windows editors write X.YAML). */
export const SCENARIO_FILE = /\.ya?ml$/i;

/**
 * Files an editor leaves beside the one being edited: lock files (.#x.yaml from Emacs, often a broken
 * link; ~$x.yaml from Office), swap files (.x.yaml.swp), backups (x.yaml~, #x.yaml#) and any other
 * dot-file. They are never a casus, and reading one must not fail a check or a build.
 */
export function isEditorLeftover(name: string): boolean {
  return name.startsWith('.') || name.startsWith('#') || name.startsWith('~$') || name.endsWith('~') || name.endsWith('#');
}

/** The scenario files in a folder, sorted; undefined when `target` is not a folder that can be listed. */
function folderEntries(target: string): string[] | undefined {
  try {
    if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    return readdirSync(target)
      .filter((name) => SCENARIO_FILE.test(name) && !isEditorLeftover(name))
      .sort()
      .map((name) => join(target, name));
  } catch {
    // Not listable: the path goes on as it is, and reading it reports why.
    return undefined;
  }
}

/** One key per file on disk, so a file named twice, or named and inside a named folder, counts once. */
function identity(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/**
 * The files to check for the files and folders given: each folder's .yaml files (not its editor
 * leftovers), every other target as it is, even when it does not exist: reading it reports the problem
 * as that file's diagnostic. Never throws.
 */
export function scenarioPaths(targets: readonly string[]): string[] {
  const seen = new Set<string>();
  const paths: string[] = [];
  for (const path of targets.flatMap((target) => folderEntries(target) ?? [target])) {
    const key = identity(path);
    if (seen.has(key)) continue;
    seen.add(key);
    paths.push(path);
  }
  return paths;
}
