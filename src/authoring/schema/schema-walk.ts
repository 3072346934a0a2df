import type { z } from 'zod';
import type { PathSegment } from '../parse/yaml-locate.ts';

/** Reading the scenario schema's own definition, so that messages can name what it allows. */
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

function defAt(schema: z.ZodType, path: readonly PathSegment[]): Def | undefined {
  let current: unknown = schema;
  for (const segment of path) {
    const def = unwrap(current);
    if (def?.type === 'object') current = (def.shape as Record<string, unknown>)[String(segment)];
    else if (def?.type === 'array') current = def.element;
    else if (def?.type === 'record') current = def.valueType;
    else return undefined;
    if (!current) return undefined;
  }
  return unwrap(current);
}

/** Keys the object at `path` may have. */
export function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  const def = defAt(schema, path);
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

interface BoundCheck {
  readonly check?: string;
  readonly value?: unknown;
  readonly inclusive?: boolean;
}

/** Inclusive lower and upper bound of the number at `path`, when the schema sets both (e.g. delta: −30 … 30). */
export function numberRangeAt(schema: z.ZodType, path: readonly PathSegment[]): { min: number; max: number } | undefined {
  const def = defAt(schema, path);
  if (def?.type !== 'number') return undefined;
  const checks = ((def.checks as { _zod?: { def?: BoundCheck } }[] | undefined) ?? []).map((c) => c._zod?.def ?? {});
  const bound = (kind: string) =>
    checks.find((c) => c.check === kind && c.inclusive === true && typeof c.value === 'number')?.value as number | undefined;
  const min = bound('greater_than');
  const max = bound('less_than');
  return min === undefined || max === undefined ? undefined : { min, max };
}
