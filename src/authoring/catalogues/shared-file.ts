import type { z } from 'zod';
import { formatDraft, readYaml } from '../parse/yaml-stage.ts';
import { zodIssuesToDrafts } from '../schema/zod-diagnostics.ts';
import type { Draft } from '../parse/draft.ts';

/** What the shared steps made of a file: the parsed value when it is valid; else the raw object, to salvage what is valid. */
export interface SharedFileRead<T> {
  readonly parsed: T | null;
  readonly drafts: readonly Draft[];
  readonly data: object;
}

/**
 * The steps every shared file in `scenarios/gedeeld/` takes: YAML with positions, an object (an empty file or a
 * bare list has none of the required keys: say which, rather than that it is no casus), a known format, then
 * the schema, with every problem located in the same words as for a casus.
 */
export function readSharedFile<S extends z.ZodType>(source: string, schema: S): SharedFileRead<z.infer<S>> {
  const read = readYaml(source);
  if (!read.ok) return { parsed: null, drafts: read.drafts, data: {} };
  const { where, syntax } = read;
  const data = read.data !== null && typeof read.data === 'object' && !Array.isArray(read.data) ? read.data : {};
  const formatProblem = formatDraft(data, where);
  if (formatProblem) return { parsed: null, drafts: [...syntax, formatProblem], data: {} };
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    return { parsed: null, drafts: [...syntax, ...zodIssuesToDrafts(parsed.error.issues, { data, schema, locate: where })], data };
  return { parsed: parsed.data, drafts: syntax, data };
}
