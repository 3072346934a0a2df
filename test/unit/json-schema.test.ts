import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaFiles } from '../../tools/docs/write-json-schema.ts';

const root = join(import.meta.dirname, '../..');
const scenarios = join(root, 'scenarios');
const scenarioFiles = readdirSync(scenarios).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('.'));
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('editor schemas (scenarios/schema/)', () => {
  it.each(schemaFiles().map((f) => [f.path, f.text] as const))(
    '%s is generated from the Zod schema (run `npm run schema`)',
    (path, text) => {
      expect(readFileSync(join(root, path), 'utf8'), 'out of date: run `npm run schema`').toBe(text);
    },
  );

  const ajv = new Ajv({ allErrors: true, strict: false });
  const validateScenario = ajv.compile(readJson('scenarios/schema/casus.schema.json'));
  const validateBetalers = ajv.compile(readJson('scenarios/schema/betalers.schema.json'));

  it.each(scenarioFiles)('%s is valid against the casus schema and names it in a modeline', (file) => {
    const text = readFileSync(join(scenarios, file), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema/casus.schema.json');
    expect(validateScenario(parse(text)), JSON.stringify(validateScenario.errors)).toBe(true);
  });

  it('the shared payers are valid against their schema', () => {
    expect(
      validateBetalers(parse(readFileSync(join(scenarios, 'gedeeld/betalers.yaml'), 'utf8'))),
      JSON.stringify(validateBetalers.errors),
    ).toBe(true);
  });

  it('the shared source list is valid against its schema, which refuses a document number of the wrong shape', () => {
    const validateBronnen = ajv.compile(readJson('scenarios/schema/bronnen.schema.json'));
    const text = readFileSync(join(scenarios, 'gedeeld/bronnen.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/bronnen.schema.json');
    const bronnen = parse(text) as { documents: Record<string, unknown> };
    expect(validateBronnen(bronnen), JSON.stringify(validateBronnen.errors)).toBe(true);
    expect(validateBronnen({ ...bronnen, documents: { ...bronnen.documents, 2: bronnen.documents['002'] } })).toBe(false);
  });

  it('catches what the checker catches first: an unknown key, a wrong kind of value, an out-of-range delta', () => {
    const scenario = parse(readFileSync(join(scenarios, 'twee-zonen.yaml'), 'utf8')) as Record<string, unknown>;
    expect(validateScenario({ ...scenario, lable: 'x' })).toBe(false);
    expect(validateScenario({ ...scenario, horizon_months: 'twee jaar' })).toBe(false);
    const moments = structuredClone(scenario.moments) as Record<string, { options: { values: { rendement: { delta: number } } }[] }>;
    const first = Object.values(moments)[0]?.options[0];
    if (first) first.values.rendement.delta = 50;
    expect(validateScenario({ ...scenario, moments })).toBe(false);
  });

  it('carries the Dutch field descriptions editors show on hover', () => {
    const schema = readJson('scenarios/schema/casus.schema.json') as { properties: Record<string, { description?: string }> };
    expect(schema.properties.horizon_months?.description).toMatch(/maanden/);
  });
});
