import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scenarioSchema } from '../../src/authoring/schema/schema.ts';
import { FREQUENCIES } from '../../src/domain/scenario/model.ts';

interface JsonSchema {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  enum?: unknown[];
}

const at = (schema: JsonSchema, ...path: string[]): JsonSchema =>
  path.reduce((node, key) => (key === '[]' ? node.items : node.properties?.[key]) ?? {}, schema);

/** Every property in the JSON Schema, by its path (`*` for any name, `|` for an alternative): what an editor shows on hover. */
function properties(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, child]): [string, JsonSchema][] => [
    [`${path}.${key}`, child],
    ...properties(child, `${path}.${key}`),
  ]);
  const values = typeof schema.additionalProperties === 'object' ? properties(schema.additionalProperties, `${path}.*`) : [];
  const items = schema.items ? properties(schema.items, `${path}[]`) : [];
  const alternatives = (schema.anyOf ?? []).flatMap((option) => properties(option, `${path}|`));
  return [...own, ...values, ...items, ...alternatives];
}

describe('scenario JSON Schema for editors', () => {
  const json = z.toJSONSchema(scenarioSchema, { io: 'input' }) as JsonSchema;

  it('is generated from the scenario schema', () => {
    expect(() => z.toJSONSchema(scenarioSchema)).not.toThrow();
    expect(json.description).toContain('casus');
  });

  it('describes the amount of a cost item in Dutch, with an example', () => {
    const amount = at(json, 'systeemroute', 'costs', '[]', 'amount');
    expect(amount.description).toMatch(/^Bedrag in euro per periode/);
    expect(amount.description).toContain('12.50');
  });

  it('takes the allowed frequencies from the one list in the model', () => {
    const frequency = at(json, 'systeemroute', 'costs', '[]', 'frequency');
    expect(frequency.enum).toEqual([...FREQUENCIES]);
  });

  it('gives every property a description', () => {
    const all = properties(json);
    expect(all.map(([path]) => path)).toContain('.moments.*.options[].values.rendement.delta');
    expect(all.filter(([, node]) => !node.description).map(([path]) => path)).toEqual([]);
  });
});
