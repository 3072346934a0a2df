import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { FilePort } from '../../src/authoring/compilation/file-port.ts';
import { readScenarioFile } from './read-scenario-file.ts';

/**
 * The compiler's files on disk as seen from `cwd`: relative paths are read from there, and messages name files
 * relative to it. The command line's is where it runs; its tests name a folder instead of changing directory.
 */
export function nodeFilePortFrom(cwd: string): FilePort {
  return {
    read: (path) => readScenarioFile(path, cwd),
    isFile: (path) => {
      try {
        return statSync(resolve(cwd, path), { throwIfNoEntry: false })?.isFile() ?? false;
      } catch {
        return false;
      }
    },
    fileNames: (dir) => {
      try {
        return readdirSync(resolve(cwd, dir)).sort();
      } catch {
        return [];
      }
    },
    join,
    parent: dirname,
    display: (path) => relative(cwd, resolve(cwd, path)) || path,
  };
}

/** The compiler's files on disk, named in messages relative to where the command runs (no tool changes directory). */
export const nodeFilePort: FilePort = nodeFilePortFrom(process.cwd());
