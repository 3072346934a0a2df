import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';
import { closest } from './did-you-mean.ts';
import type { PathSegment, Position } from './yaml-locate.ts';

type Issue = z.core.$ZodIssue;
export type Locator = (path: readonly PathSegment[], keyOf?: string) => Position;
export type Draft = Omit<Diagnostic, 'file'>;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'ja/nee (true/false)',
  object: 'een object met sleutels',
  array: 'een lijst (regels met "- ")',
  record: 'een object met sleutels',
};

function describePath(path: readonly PathSegment[]): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
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
function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    const def = (current as { def?: Record<string, unknown> }).def;
    if (!def) return [];
    if (def.type === 'default' || def.type === 'optional') current = def.innerType;
    const inner = (current as { def: Record<string, unknown> }).def;
    if (inner.type === 'object') current = (inner.shape as Record<string, unknown>)[String(segment)];
    else if (inner.type === 'array') current = inner.element;
    else if (inner.type === 'record') current = inner.valueType;
    else return [];
    if (!current) return [];
  }
  let def = (current as { def?: Record<string, unknown> }).def;
  while (def && (def.type === 'default' || def.type === 'optional')) {
    def = (def.innerType as { def?: Record<string, unknown> }).def;
  }
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
  return [
    draft(
      pos,
      'SC004',
      `'${describePath(path)}' heeft een ongeldige waarde ${JSON.stringify(value)}`,
      'gebruik tekst, of { nl: "...", en: "..." }; voor toestanden: true/false, een geheel getal of een naam in kleine letters',
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
      if (issue.expected === 'number' && typeof value === 'number') {
        return [draft(ctx.locate(path), 'SC004', `'${where}' moet een geheel getal zijn, niet ${value}`, 'laat de decimalen weg')];
      }
      return [draft(ctx.locate(path), 'SC004', `'${where}' moet ${expected} zijn`, `nu staat er ${JSON.stringify(value)}`)];
    }
    case 'invalid_value':
      return [
        draft(
          ctx.locate(path),
          'SC005',
          `'${where}' heeft een ongeldige waarde ${JSON.stringify(valueAt(ctx.data, path))}`,
          `kies uit: ${issue.values.map((v) => String(v)).join(', ')}`,
        ),
      ];
    case 'invalid_format':
      return [
        draft(
          ctx.locate(path),
          'SC006',
          `'${where}' is geen geldige naam: ${JSON.stringify(valueAt(ctx.data, path))}`,
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
    default:
      return [draft(ctx.locate(path), 'SC008', `'${where}': ${issue.message}`)];
  }
}

export function zodIssuesToDrafts(issues: readonly Issue[], ctx: Context): Draft[] {
  return issues.flatMap((issue) => issueDrafts(issue, ctx));
}
