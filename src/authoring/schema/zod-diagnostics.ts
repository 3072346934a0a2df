import type { z } from 'zod';
import { report, type Report } from '../diagnostics/registry.ts';
import { closest } from '../diagnostics/did-you-mean.ts';
import { knownKeysAt, numberRangeAt } from './schema-walk.ts';
import { pathWords } from './path-words.ts';
import type { Draft, Locator } from '../parse/draft.ts';
import type { PathSegment, Position } from '../parse/yaml-locate.ts';

type Issue = z.core.$ZodIssue;

interface Context {
  readonly data: unknown;
  readonly schema: z.ZodType;
  readonly locate: Locator;
  /** The value at a path as written in the file, when the parsed value lost something (`002` reads as 2). */
  readonly written?: (path: readonly PathSegment[]) => string | undefined;
}

/** How a message names the kind of value a field expects. */
const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja/nee (true/false)',
  object: 'een object met sleutels',
  array: 'een lijst (regels met "- ")',
  record: 'een object met sleutels',
};

/** A path as a key for comparing, not for reading: messages name places with pathWords. */
function pathKey(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
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

const at = (pos: Position, found: Report): Draft => ({ line: pos.line, column: pos.column, ...found });

const fieldOf = (path: readonly PathSegment[]) => String(path[path.length - 1]);

/** " in moment 'intake'" for a field missing inside something, nothing at the top of the file. */
const placeOf = (ctx: Context, path: readonly PathSegment[]) => (path.length > 1 ? ` in ${pathWords(path.slice(0, -1), ctx.data)}` : '');

function missingDraft(ctx: Context, path: readonly PathSegment[], found: Report): Draft {
  return at(ctx.locate(path.slice(0, -1)), found);
}

function unionDrafts(issue: Extract<Issue, { code: 'invalid_union' }>, ctx: Context, path: PathSegment[]): Draft[] {
  const value = valueAt(ctx.data, path);
  if (value === undefined)
    return [missingDraft(ctx, path, report('SC003', 'missingText', { field: fieldOf(path), place: placeOf(ctx, path) }))];
  // Prefer the branch that got past the type check: its errors say what is really wrong.
  const branch = issue.errors.find((errs) => errs.length > 0 && errs.every((e) => e.code !== 'invalid_type' || e.path.length > 0));
  if (branch && value !== null && typeof value === 'object') {
    return branch.flatMap((nested) => issueDrafts({ ...nested, path: [...path, ...nested.path] } as Issue, ctx));
  }
  const pos = ctx.locate(path);
  const where = pathWords(path, ctx.data);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return [at(pos, report('SC004', 'oddShape', { path: where }))];
  const isText =
    issue.errors.some((errs) => errs.some((e) => e.code === 'invalid_type' && e.expected === 'string')) &&
    !issue.errors.some((errs) => errs.some((e) => e.code === 'invalid_type' && e.expected === 'boolean'));
  return [at(pos, report('SC004', isText ? 'notText' : 'notStateValue', { path: where, value: shown(value) }))];
}

/** A plain number in quotes; `"1.500"` is left to SC029, which explains the thousands dot. */
const isQuotedNumber = (value: string) => /^-?\d+(\.\d+)?$/.test(value.trim()) && !/^\d{1,3}(\.\d{3})+$/.test(value.trim());

function typeReport(issue: Extract<Issue, { code: 'invalid_type' }>, ctx: Context, path: PathSegment[], value: unknown): Report {
  const where = pathWords(path, ctx.data);
  const expectsNumber = issue.expected === 'number' || issue.expected === 'int';
  if (expectsNumber && typeof value === 'string' && /€|,/.test(value)) return report('SC004', 'moneyAsText', { path: where, value });
  if (expectsNumber && typeof value === 'string' && isQuotedNumber(value))
    return report('SC004', 'quotedNumber', { path: where, value: value.trim() });
  if (issue.expected === 'int' && typeof value === 'number' && Number.isFinite(value))
    return report('SC004', 'notInteger', { path: where, value });
  if (typeof value === 'number' && !Number.isFinite(value)) return report('SC004', 'notFinite', { path: where, value: String(value) });
  if (issue.expected === 'string' && typeof value === 'number') {
    return report('SC004', 'numberAsText', { path: where, written: ctx.written?.(path) ?? String(value) });
  }
  return report('SC004', 'wrongType', { path: where, expected: TYPE_NAMES[issue.expected] ?? issue.expected, value: shown(value) });
}

function sizeReport(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, ctx: Context, path: PathSegment[]): Report {
  const where = pathWords(path, ctx.data);
  const value = valueAt(ctx.data, path);
  const small = issue.code === 'too_small';
  const bound = String(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array' && Array.isArray(value))
    return report('SC007', small ? 'tooFewItems' : 'tooManyItems', { path: where, bound, count: value.length });
  if (issue.origin === 'string' && small && value === '') return report('SC007', 'emptyText', { path: where });
  const range = issue.origin === 'number' ? numberRangeAt(ctx.schema, path) : undefined;
  const shownValue = shown(value);
  if (range && issue.inclusive) return report('SC007', 'outOfRange', { path: where, min: range.min, max: range.max, value: shownValue });
  const variant = small ? (issue.inclusive ? 'atLeast' : 'moreThan') : issue.inclusive ? 'atMost' : 'lessThan';
  return report('SC007', variant, { path: where, bound, value: shownValue });
}

function unknownKeyDrafts(issue: Extract<Issue, { code: 'unrecognized_keys' }>, ctx: Context, path: PathSegment[]): Draft[] {
  const known = knownKeysAt(ctx.schema, path);
  return issue.keys.map((key) => {
    const suggestion = closest(key, known);
    const found = suggestion
      ? report('SC002', 'unknownKey', { key, suggestion })
      : report('SC002', 'unknownKeyAllowed', { key, allowed: known.join(', ') });
    return at(ctx.locate(path, key), found);
  });
}

function issueDrafts(issue: Issue, ctx: Context): Draft[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const where = pathWords(path, ctx.data);
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeyDrafts(issue, ctx, path);
    case 'invalid_type': {
      const value = valueAt(ctx.data, path);
      if (value === undefined) {
        return [
          missingDraft(
            ctx,
            path,
            report('SC003', 'missing', {
              field: fieldOf(path),
              place: placeOf(ctx, path),
              expected: TYPE_NAMES[issue.expected] ?? issue.expected,
            }),
          ),
        ];
      }
      if (path.length === 0) return [at(ctx.locate(path), report('SC003', 'noScenario'))];
      return [at(ctx.locate(path), typeReport(issue, ctx, path, value))];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      const value = valueAt(ctx.data, path);
      if (value === undefined)
        return [missingDraft(ctx, path, report('SC003', 'missingChoice', { field: fieldOf(path), place: placeOf(ctx, path), allowed }))];
      return [at(ctx.locate(path), report('SC005', 'notAllowed', { path: where, value: shown(value), allowed }))];
    }
    case 'invalid_format':
      return [at(ctx.locate(path), report('SC006', 'badName', { path: where, value: shown(valueAt(ctx.data, path)) }))];
    case 'too_small':
    case 'too_big':
      return [at(ctx.locate(path), sizeReport(issue, ctx, path))];
    case 'invalid_union':
      return unionDrafts(issue, ctx, path);
    case 'invalid_key': {
      const key = fieldOf(path);
      return [at(ctx.locate(path.slice(0, -1), key), report('SC006', 'badKey', { key }))];
    }
    default:
      return [at(ctx.locate(path), report('SC008', 'other', { path: where, detail: issue.message }))];
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
      if (match) meant.add(pathKey([...path, match]));
    }
  }
  return meant;
}

export function zodIssuesToDrafts(issues: readonly Issue[], ctx: Context): Draft[] {
  // A misspelt key is one mistake: report the unknown key with its suggestion, not also the missing field.
  const meant = meantFields(issues, ctx);
  const relevant = issues.filter((issue) => {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    return !(meant.has(pathKey(path)) && valueAt(ctx.data, path) === undefined);
  });
  return relevant.flatMap((issue) => issueDrafts(issue, ctx));
}
