import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { FilePort } from '../../src/authoring/compilation/file-port.ts';
import { readScenarioFile } from './read-scenario-file.ts';

/** The compiler's files on disk, named in messages relative to where the command runs. */
export const nodeFilePort: FilePort = {
  read: readScenarioFile,
  isFile: (path) => {
    try {
      return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
    } catch {
      return false;
    }
  },
  fileNames: (dir) => {
    try {
      return readdirSync(dir).sort();
    } catch {
      return [];
    }
  },
  join,
  parent: dirname,
  display: (path) => relative(process.cwd(), path) || path,
};
