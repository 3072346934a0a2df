import type { FilePort } from './file-port.ts';

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

/** The shared payers, inside a library folder: a subfolder, so it is not taken for a casus. */
export const PAYER_FILE = ['gedeeld', 'betalers.yaml'] as const;
/** The shared source list (the kassabon names a cited document by it). */
export const SOURCE_LIST_FILE = ['gedeeld', 'bronnen.yaml'] as const;
/** The standard tariffs; every other file beside it is a gemeente's tariff set. */
export const TARIFF_FILE = ['tarieven', 'standaard.yaml'] as const;
export const TARIFF_FOLDER = TARIFF_FILE[0];

/** Subfolders of a library that hold no casus: the shared files, the tariffs, the JSON schemas. */
export const NOT_SCENARIO_FOLDERS: ReadonlySet<string> = new Set(['gedeeld', 'tarieven', 'schema', 'node_modules']);

/**
 * The one rule for what is in the game's library: every casus in the scenarios folder and its subfolders
 * (`scenarios/eigen/…` too), except those in a folder named `sjabloon`. The template is checked like any
 * casus by `check:scenarios`, but a trainer copies it; it is never played, and its id is not held against a copy.
 */
export const TEMPLATE_FOLDER = 'sjabloon';

export function isTemplate(path: string): boolean {
  return path.split(/[\\/]/).slice(0, -1).includes(TEMPLATE_FOLDER);
}

const at = (port: FilePort, dir: string, parts: readonly string[]) => parts.reduce((path, part) => port.join(path, part), dir);

export const sharedPath = (port: FilePort, dir: string, parts: readonly string[]): string => at(port, dir, parts);

/** Whether a folder holds any of the shared files: then it is the library a casus below it belongs to. */
function isLibrary(port: FilePort, dir: string): boolean {
  return [PAYER_FILE, SOURCE_LIST_FILE, TARIFF_FILE].some((parts) => port.isFile(at(port, dir, parts)));
}

/**
 * The library a casus file belongs to, found as ESLint and TypeScript find their configuration: the nearest
 * folder, from the file's own upwards, that holds shared payers, sources or tariffs. Undefined when there is
 * none: then the caller checks against the game's own bundled scenarios folder (the shared files the browser
 * checks with).
 */
export function libraryRootOf(path: string, port: FilePort): string | undefined {
  let dir = port.parent(path);
  for (;;) {
    if (isLibrary(port, dir)) return dir;
    const up = port.parent(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
