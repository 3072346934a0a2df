import type { z } from 'zod';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { closest } from './did-you-mean.ts';
import type { PathSegment, Position } from './yaml-locate.ts';

type Issue = z.core.$ZodIssue;
export type Locator = (path: readonly PathSegment[], keyOf?: string) => Position;
export type Draft = Omit<Diagnostic, 'file'>;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja/nee (true/false)',
  object: 'een object met sleutels',
  array: 'een lijst (regels met "- ")',
  record: 'een object met sleutels',
};

function describePath(path: readonly PathSegment[]): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

/** A value for a message, cut short: a whole mis-shaped moment is not a useful message. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

function draft(pos: Position, code: string, message: string, hint?: string): Draft {
  return { line: pos.line, column: pos.column, severity: 'error', code, message, ...(hint ? { hint } : {}) };
}

/** Keys an object at `path` may have, read from the schema's own error when it rejects an unknown key. */
type Def = Record<string, unknown>;
const defOf = (schema: unknown): Def | undefined => (schema as { def?: Def } | undefined)?.def;

/** The schema's definition with defaults, optionals and unions unwrapped to the object form, if any. */
function unwrap(schema: unknown): Def | undefined {
  let def = defOf(schema);
  while (def && (def.type === 'default' || def.type === 'optional')) def = defOf(def.innerType);
  if (def?.type === 'union') {
    const objectOption = (def.options as unknown[]).map(unwrap).find((d) => d?.type === 'object');
    return objectOption ?? def;
  }
  return def;
}

function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    const def = unwrap(current);
    if (def?.type === 'object') current = (def.shape as Record<string, unknown>)[String(segment)];
    else if (def?.type === 'array') current = def.element;
    else if (def?.type === 'record') current = def.valueType;
    else return [];
    if (!current) return [];
  }
  const def = unwrap(current);
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

function missingDraft(ctx: Context, path: readonly PathSegment[], expected: string): Draft {
  const field = String(path[path.length - 1]);
  return draft(ctx.locate(path.slice(0, -1)), 'SC003', `Verplicht veld '${field}' ontbreekt`, `voeg '${field}:' toe (${expected})`);
}

function unionDrafts(issue: Extract<Issue, { code: 'invalid_union' }>, ctx: Context, path: PathSegment[]): Draft[] {
  const value = valueAt(ctx.data, path);
  if (value === undefined) return [missingDraft(ctx, path, 'tekst, of { nl: "...", en: "..." }')];
  // Prefer the branch that got past the type check: its errors say what is really wrong.
  const branch = issue.errors.find((errs) => errs.length > 0 && errs.every((e) => e.code !== 'invalid_type' || e.path.length > 0));
  if (branch && value !== null && typeof value === 'object') {
    return branch.flatMap((nested) => issueDrafts({ ...nested, path: [...path, ...nested.path] } as Issue, ctx));
  }
  const pos = ctx.locate(path);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return [draft(pos, 'SC004', `'${describePath(path)}' heeft een onverwachte vorm`, 'schrijf tekst, of { nl: "...", en: "..." }')];
  }
  const isText = issue.errors.some((errs) => errs.some((e) => e.code === 'invalid_type' && e.expected === 'string'))
    && !issue.errors.some((errs) => errs.some((e) => e.code === 'invalid_type' && e.expected === 'boolean'));
  return [
    draft(
      pos,
      'SC004',
      `'${describePath(path)}' heeft een ongeldige waarde ${shown(value)}`,
      isText ? 'schrijf tekst, of { nl: "...", en: "..." }' : 'gebruik true/false, een geheel getal of een naam in kleine letters',
    ),
  ];
}

interface Context {
  readonly data: unknown;
  readonly schema: z.ZodType;
  readonly locate: Locator;
}

function issueDrafts(issue: Issue, ctx: Context): Draft[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const where = describePath(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(ctx.schema, path);
      return issue.keys.map((key) => {
        const match = closest(key, known);
        const hint = match ? `bedoelde je '${match}'?` : `toegestaan: ${known.join(', ')}`;
        return draft(ctx.locate(path, key), 'SC002', `Onbekende sleutel '${key}'`, hint);
      });
    }
    case 'invalid_type': {
      const value = valueAt(ctx.data, path);
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (value === undefined) return [missingDraft(ctx, path, expected)];
      if (issue.expected === 'number' && typeof value === 'string' && /€|,/.test(value)) {
        return [draft(ctx.locate(path), 'SC004', `'${where}' moet ${expected} zijn, niet "${value}"`, 'schrijf bedragen als getal in euro met een punt: 4600 of 12.50')];
      }
      if (issue.expected === 'int' && typeof value === 'number' && Number.isFinite(value)) {
        return [draft(ctx.locate(path), 'SC004', `'${where}' moet een geheel getal zijn, niet ${value}`, 'laat de decimalen weg')];
      }
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return [draft(ctx.locate(path), 'SC004', `'${where}' moet een gewoon getal zijn, niet ${String(value)}`, 'schrijf een getal zoals 300 of 12.50')];
      }
      if (path.length === 0) {
        return [draft(ctx.locate(path), 'SC003', 'Dit bestand bevat geen casus', "een casus begint met sleutels als 'format: 1', 'id:', 'title:' (zie scenarios/twee-zonen.yaml)")];
      }
      return [draft(ctx.locate(path), 'SC004', `'${where}' moet ${expected} zijn`, `nu staat er ${shown(value)}`)];
    }
    case 'invalid_value':
      if (valueAt(ctx.data, path) === undefined) return [missingDraft(ctx, path, `een van: ${issue.values.map((v) => String(v)).join(', ')}`)];
      return [
        draft(
          ctx.locate(path),
          'SC005',
          `'${where}' heeft een ongeldige waarde ${shown(valueAt(ctx.data, path))}`,
          `kies uit: ${issue.values.map((v) => String(v)).join(', ')}`,
        ),
      ];
    case 'invalid_format':
      return [
        draft(
          ctx.locate(path),
          'SC006',
          `'${where}' is geen geldige naam: ${shown(valueAt(ctx.data, path))}`,
          'gebruik kleine letters, cijfers en - of _ (bijvoorbeeld "begeleid-wonen")',
        ),
      ];
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'minstens' : 'hoogstens';
      const unit = issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' tekens' : '';
      return [draft(ctx.locate(path), 'SC007', `'${where}' moet ${word} ${String(bound)}${unit} zijn`, `pas '${where}' aan`)];
    }
    case 'invalid_union':
      return unionDrafts(issue, ctx, path);
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      return [draft(ctx.locate(path.slice(0, -1), key), 'SC006', `'${key}' is geen geldige naam`, 'gebruik kleine letters, cijfers en - of _ (bijvoorbeeld "begeleid-wonen")')];
    }
    default:
      return [draft(ctx.locate(path), 'SC008', `'${where}': ${issue.message}`)];
  }
}

/** Fields that an unknown key was probably meant to be ("lable" for "label"), as "path.field". */
function meantFields(issues: readonly Issue[], ctx: Context): Set<string> {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    const known = knownKeysAt(ctx.schema, path);
    for (const key of issue.keys) {
      const match = closest(key, known);
      if (match) meant.add(describePath([...path, match]));
    }
  }
  return meant;
}

export function zodIssuesToDrafts(issues: readonly Issue[], ctx: Context): Draft[] {
  // A misspelt key is one mistake: report the unknown key with its suggestion, not also the missing field.
  const meant = meantFields(issues, ctx);
  const relevant = issues.filter((issue) => {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    return !(meant.has(describePath(path)) && valueAt(ctx.data, path) === undefined);
  });
  return relevant.flatMap((issue) => issueDrafts(issue, ctx));
}
