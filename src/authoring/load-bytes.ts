import { sizeProblem } from './parse/file-limit.ts';
import { loadScenario, type LoadOptions, type LoadResult } from './load.ts';
import { sourceText } from './parse/source-text.ts';

export interface LoadedBytes extends LoadResult {
  /** The decoded text; empty when the bytes are not UTF-8 or too many. */
  readonly source: string;
}

/** A scenario file's bytes → the loader's result, refusing a file over the size limit or not in UTF-8 before it is parsed. */
export function loadScenarioBytes(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadedBytes {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) return { source: '', diagnostics: [{ file, line: 1, column: 1, ...tooLarge }] };
  const decoded = sourceText(bytes, file);
  if ('problem' in decoded) return { source: '', diagnostics: [decoded.problem] };
  return { source: decoded.text, ...loadScenario(decoded.text, file, options) };
}
