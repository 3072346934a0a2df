import { report } from '../diagnostics/registry.ts';
import type { PathSegment } from '../parse/yaml-locate.ts';
import type { Draft, Locator } from '../parse/draft.ts';
import { upgradesFrom, type FormatEdit } from './upgrades.ts';
import { GAME_VERSION, OLDEST_SCENARIO_FORMAT, readableFormats, SCENARIO_FORMAT } from './versions.ts';

export type FormatStage =
  | { readonly ok: false; readonly drafts: readonly Draft[] }
  | { readonly ok: true; readonly data: unknown; readonly drafts: readonly Draft[] };

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A copy of `value` without the key at `path`; everything off the path is shared, not copied. */
function without(value: unknown, path: readonly PathSegment[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(value) && typeof head === 'number') return value.map((v, i) => (i === head ? without(v, rest) : v));
  if (!isRecord(value) || !Object.hasOwn(value, head)) return value;
  const copy: Record<string, unknown> = Object.assign(
    Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>,
    value,
  );
  if (rest.length === 0) delete copy[String(head)];
  else copy[String(head)] = without(copy[String(head)], rest);
  return copy;
}

/** Pure: the data of a file in an older format as the newest format reads it, and the edits that made it so. */
export function upgradeData(
  data: unknown,
  from: number,
): { readonly data: unknown; readonly edits: readonly FormatEdit[]; readonly summaries: readonly string[] } {
  let current = data;
  const edits: FormatEdit[] = [];
  const summaries: string[] = [];
  for (const upgrade of upgradesFrom(from)) {
    const step = upgrade.edits(current);
    for (const edit of step) current = without(current, edit.path);
    edits.push(...step);
    summaries.push(upgrade.summary);
  }
  return { data: isRecord(current) ? { ...current, format: SCENARIO_FORMAT } : current, edits, summaries };
}

const versions = { game: GAME_VERSION, readable: readableFormats(OLDEST_SCENARIO_FORMAT, SCENARIO_FORMAT), supported: SCENARIO_FORMAT };

/**
 * The format stage of the loader: a file in the newest format passes as it is; one in an older format is
 * upgraded (a located note per change, none when nothing but the number differs); a newer or unknown
 * format is refused, naming this game's version.
 */
export function upgradeOnLoad(data: unknown, where: Locator, file: string): FormatStage {
  const format = isRecord(data) ? data.format : undefined;
  // A missing 'format:' is the schema's message (SC003), with every other missing field.
  if (format === undefined || format === SCENARIO_FORMAT) return { ok: true, data, drafts: [] };
  if (typeof format === 'number' && Number.isInteger(format) && format > SCENARIO_FORMAT) {
    return { ok: false, drafts: [{ ...where(['format']), ...report('SC009', 'newer', { found: format, ...versions }) }] };
  }
  if (typeof format !== 'number' || !Number.isInteger(format) || format < OLDEST_SCENARIO_FORMAT) {
    return {
      ok: false,
      drafts: [{ ...where(['format']), ...report('SC009', 'unsupported', { found: JSON.stringify(format), ...versions }) }],
    };
  }
  const later = upgradesFrom(format).flatMap((upgrade) =>
    upgrade.laterFeatures(data).map(({ path, key }) => ({
      ...where(path.slice(0, -1), key),
      ...report('SC009', 'later', { key, to: upgrade.to, found: format, supported: SCENARIO_FORMAT, file }),
    })),
  );
  if (later.length > 0) return { ok: false, drafts: later };
  const upgraded = upgradeData(data, format);
  if (upgraded.edits.length === 0) return { ok: true, data: upgraded.data, drafts: [] };
  const notes: Draft[] = [
    {
      ...where(['format']),
      ...report('SC018', 'upgraded', {
        found: format,
        supported: SCENARIO_FORMAT,
        count: upgraded.edits.length,
        summary: upgraded.summaries.join('; '),
        file,
      }),
    },
    ...upgraded.edits.map((edit) => ({
      ...where(edit.path.slice(0, -1), String(edit.path.at(-1))),
      ...report('SC018', 'change', { change: edit.change, supported: SCENARIO_FORMAT }),
    })),
  ];
  return { ok: true, data: upgraded.data, drafts: notes };
}
