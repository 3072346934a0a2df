import { report, type Report } from '../diagnostics/registry.ts';

/** A file's bytes, or why it cannot be read, as the message for that file. */
export type FileRead = { readonly bytes: Uint8Array } | { readonly problem: Report };

/**
 * How the compiler reads files: the command line and the Vite plugin implement it with node:fs
 * (tools/cli/node-file-port.ts), the browser with the files it holds in memory (memoryFilePort). Everything else
 * about checking a folder is written once, in compilation-job.ts.
 */
export interface FilePort {
  /** A file's bytes or why not (a missing file, a folder, too large); never throws. */
  read(path: string): FileRead;
  /** Whether a regular file is there (the shared files are optional). */
  isFile(path: string): boolean;
  /** The names of the files directly in a folder, sorted; empty when it is not a folder. */
  fileNames(dir: string): readonly string[];
  join(dir: string, name: string): string;
  /** The folder a path lies in; the path itself at the top. */
  parent(path: string): string;
  /** How a path is named in messages (the command line: relative to where it runs). */
  display(path: string): string;
}

/** Files held in memory under '/'-separated paths: what the browser's worker checks. */
export function memoryFilePort(files: ReadonlyMap<string, Uint8Array>): FilePort {
  const clean = (path: string) => path.replace(/\/+$/, '') || '/';
  return {
    read: (path) => {
      const bytes = files.get(path);
      return bytes ? { bytes } : { problem: report('SC051', 'missing') };
    },
    isFile: (path) => files.has(path),
    fileNames: (dir) => {
      const prefix = dir === '' ? '' : `${clean(dir)}/`;
      return [...files.keys()]
        .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        .map((p) => p.slice(prefix.length))
        .sort();
    },
    join: (dir, name) => (dir === '' ? name : `${clean(dir)}/${name}`),
    parent: (path) => {
      const at = clean(path).lastIndexOf('/');
      return at <= 0 ? (at === 0 ? '/' : '') : path.slice(0, at);
    },
    display: (path) => path,
  };
}
