import { scenarioJsonSchema } from '../json-schema.ts';

/**
 * The guide's "every key explained" section, generated from the editor schema (itself generated from the Zod
 * schema and its Dutch `.meta` descriptions), so the guide, the editor hovers and the checker never disagree.
 */
type JsonSchema = {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: JsonSchema | boolean;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly pattern?: string;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly default?: unknown;
};

interface KeyRow {
  readonly key: string;
  readonly required: boolean;
  readonly kind: string;
  readonly description: string;
}

/** Bounds that mean something to a trainer; JavaScript's safe-integer limits are no bound of ours. */
const bound = (n: number | undefined) => (n !== undefined && Math.abs(n) < 1e15 ? n : undefined);

const isText = (s: JsonSchema) => s.anyOf?.some((o) => o.type === 'string') === true && s.anyOf.some((o) => o.properties?.nl !== undefined);

function kind(s: JsonSchema): string {
  if (s.const !== undefined) return `altijd ${JSON.stringify(s.const)}`;
  if (s.enum) return s.enum.join(' | ');
  if (isText(s)) return 'tekst';
  if (s.anyOf) return [...new Set(s.anyOf.map(kind))].join(' of ');
  const min = bound(s.minimum) ?? (s.exclusiveMinimum === 0 ? 1 : undefined);
  const max = bound(s.maximum);
  const range =
    min !== undefined && max !== undefined ? ` ${min} … ${max}` : min !== undefined ? ` ≥ ${min}` : max !== undefined ? ` ≤ ${max}` : '';
  switch (s.type) {
    case 'integer':
      return `geheel getal${range}`;
    case 'number':
      return `getal${range}`;
    case 'boolean':
      return 'true of false';
    case 'string':
      return s.pattern ? 'naam' : 'tekst';
    case 'array': {
      const count =
        s.minItems !== undefined && s.maxItems !== undefined
          ? ` van ${s.minItems} tot ${s.maxItems}`
          : s.minItems
            ? ` (minstens ${s.minItems})`
            : '';
      return `lijst${count}`;
    }
    case 'object':
      return s.properties ? 'groep sleutels' : 'per naam';
    default:
      return 'waarde';
  }
}

function rows(s: JsonSchema, prefix: string): KeyRow[] {
  return Object.entries(s.properties ?? {}).flatMap(([name, child]) => {
    const key = `${prefix}${name}`;
    const row: KeyRow = { key, required: s.required?.includes(name) === true, kind: kind(child), description: child.description ?? '' };
    return [row, ...nested(child, key)];
  });
}

/** Keys inside a group, a list of groups or a record of groups (moments, endings, payers). */
function nested(s: JsonSchema, key: string): KeyRow[] {
  if (isText(s)) return [];
  if (s.properties) return rows(s, `${key}.`);
  if (s.items?.properties) return rows(s.items, `${key}[].`);
  if (typeof s.additionalProperties === 'object' && s.additionalProperties.properties)
    return rows(s.additionalProperties, `${key}.<naam>.`);
  return [];
}

const cell = (text: string) =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;');

/** A Markdown table of every key of a casus file, in the order of the schema. */
export function keyReference(): string {
  const all = rows(scenarioJsonSchema() as JsonSchema, '');
  return [
    '| sleutel | verplicht | soort | uitleg |',
    '|---|---|---|---|',
    ...all.map((r) => `| \`${r.key}\` | ${r.required ? 'ja' : 'nee'} | ${cell(r.kind)} | ${cell(r.description)} |`),
  ].join('\n');
}
