/**
 * The casus's JSON Schema (scenarios/schema/casus.schema.json, generated from the Zod schema with its Dutch
 * descriptions) read for an editor: which keys may stand at a path, and what a key means. No $ref: the generated
 * schema is written out in full.
 */
export type JsonSchema = {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly required?: readonly string[];
};

/** The alternatives a schema stands for (anyOf / oneOf / allOf flattened), itself included. */
function variants(schema: JsonSchema): JsonSchema[] {
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return [schema, ...nested.flatMap(variants)];
}

/** Every schema a path may lead to (a path through a choice leads to each alternative that has it). */
export function schemasAt(root: JsonSchema, path: readonly (string | number)[]): JsonSchema[] {
  let current = [root];
  for (const segment of path) {
    current = current.flatMap(variants).flatMap((schema) => {
      if (typeof segment === 'number') return schema.items ? [schema.items] : [];
      const property = schema.properties?.[segment];
      if (property) return [property];
      return typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : [];
    });
  }
  return current;
}

export interface KeyHelp {
  readonly key: string;
  readonly description?: string;
  readonly required: boolean;
}

/** The keys a mapping at `path` may have, each with its description, in the schema's order. */
export function keysAt(root: JsonSchema, path: readonly (string | number)[]): KeyHelp[] {
  const found = new Map<string, KeyHelp>();
  for (const schema of schemasAt(root, path).flatMap(variants)) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (found.has(key)) continue;
      const description = describe(property);
      found.set(key, { key, required: schema.required?.includes(key) ?? false, ...(description ? { description } : {}) });
    }
  }
  return [...found.values()];
}

function describe(schema: JsonSchema): string | undefined {
  return variants(schema).find((s) => s.description)?.description;
}

/** What the key at `path` means (its last segment the key), as the schema says it in Dutch. */
export function descriptionAt(root: JsonSchema, path: readonly (string | number)[]): string | undefined {
  for (const schema of schemasAt(root, path)) {
    const description = describe(schema);
    if (description) return description;
  }
  return undefined;
}

/** The fixed values a key allows (enum, const, booleans), for completion of a value. */
export function valuesAt(root: JsonSchema, path: readonly (string | number)[]): string[] {
  const values = new Set<string>();
  for (const schema of schemasAt(root, path).flatMap(variants)) {
    for (const value of schema.enum ?? []) values.add(String(value));
    if (schema.const !== undefined) values.add(String(schema.const));
    if (schema.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
  }
  return [...values];
}
