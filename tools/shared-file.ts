import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../src/authoring/diagnostics/diagnostic.ts';
import { report } from '../src/authoring/diagnostics/registry.ts';
import { sizeProblem } from '../src/authoring/file-limit.ts';

/** A shared file's text, or its one-line refusal when it is over the size limit (judged before reading it). */
export function readSharedText(path: string, file: string): { readonly text: string } | { readonly refused: Diagnostic } {
  const tooLarge = sizeProblem(statSync(path).size);
  return tooLarge ? { refused: { file, line: 1, column: 1, ...tooLarge } } : { text: readFileSync(path, 'utf8') };
}

/** A shared file as read from disk: what its loader made of it, with where it is. */
export type CheckedShared<T extends { readonly diagnostics: readonly Diagnostic[] }> = T & { readonly path: string; readonly file: string };

/**
 * A shared file of a scenarios folder (`gedeeld/…`: a subfolder, so it is not taken for a casus), loaded with its
 * diagnostics; undefined when the folder has none. A loader that crashes is one located SC000, not a stack trace.
 */
export function readSharedFileIn<T extends { readonly diagnostics: readonly Diagnostic[] }>(
  scenariosDir: string,
  name: string,
  load: (text: string, file: string) => T,
  empty: Omit<T, 'diagnostics'>,
): CheckedShared<Omit<T, 'diagnostics'> & { readonly diagnostics: readonly Diagnostic[] }> | undefined {
  const path = join(scenariosDir, name);
  if (!existsSync(path)) return undefined;
  const file = relative(process.cwd(), path) || path;
  try {
    const read = readSharedText(path, file);
    if ('refused' in read) return { path, file, ...empty, diagnostics: [read.refused] };
    return { path, file, ...load(read.text, file) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path, file, ...empty, diagnostics: [{ file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) }] };
  }
}
