import { z } from 'zod';
import { payerCatalogueSchema } from './payer-catalogue.ts';
import { scenarioSchema } from './schema.ts';
import { sourceCatalogueSchema } from './source-catalogue.ts';
import { tariffCatalogueSchema } from './tariff-catalogue.ts';

/**
 * JSON Schemas for editors, generated from the Zod schemas (never written twice): the YAML language server
 * (VS Code's YAML extension) uses them for completion, hovers with the Dutch field descriptions, allowed values
 * and ranges, and underlining while a trainer types. Input shape: fields with a default may be left out.
 */
function toJsonSchema(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  return { $id: id, title, ...z.toJSONSchema(schema, { io: 'input', target: 'draft-07' }) };
}

export const SCHEMA_FILES = {
  scenario: 'casus.schema.json',
  betalers: 'betalers.schema.json',
  tarieven: 'tarieven.schema.json',
  bronnen: 'bronnen.schema.json',
} as const;

export function scenarioJsonSchema(): Record<string, unknown> {
  return toJsonSchema(scenarioSchema, SCHEMA_FILES.scenario, 'Casus voor Kostenbewust Interveniëren');
}

export function payerCatalogueJsonSchema(): Record<string, unknown> {
  return toJsonSchema(payerCatalogueSchema, SCHEMA_FILES.betalers, 'Gedeelde betalers voor Kostenbewust Interveniëren');
}

export function sourceCatalogueJsonSchema(): Record<string, unknown> {
  return toJsonSchema(sourceCatalogueSchema, SCHEMA_FILES.bronnen, 'Gedeelde bronnen voor Kostenbewust Interveniëren');
}

export function tariffCatalogueJsonSchema(): Record<string, unknown> {
  return toJsonSchema(tariffCatalogueSchema, SCHEMA_FILES.tarieven, 'Gedeelde tarieven voor Kostenbewust Interveniëren');
}
