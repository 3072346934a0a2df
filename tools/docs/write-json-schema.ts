// Writes the editor schemas in scenarios/schema/ from the Zod schemas: `npm run schema`.
// With --check it only compares, for the unit test and CI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  scenarioJsonSchema,
  payerCatalogueJsonSchema,
  SCHEMA_FILES,
  sourceCatalogueJsonSchema,
  tariffCatalogueJsonSchema,
} from '../../src/authoring/json-schema.ts';

export const SCHEMA_DIR = join('scenarios', 'schema');

export function schemaFiles(): { path: string; text: string }[] {
  return [
    { path: join(SCHEMA_DIR, SCHEMA_FILES.scenario), text: `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n` },
    { path: join(SCHEMA_DIR, SCHEMA_FILES.betalers), text: `${JSON.stringify(payerCatalogueJsonSchema(), null, 2)}\n` },
    { path: join(SCHEMA_DIR, SCHEMA_FILES.tarieven), text: `${JSON.stringify(tariffCatalogueJsonSchema(), null, 2)}\n` },
    { path: join(SCHEMA_DIR, SCHEMA_FILES.bronnen), text: `${JSON.stringify(sourceCatalogueJsonSchema(), null, 2)}\n` },
  ];
}

if (process.argv[1]?.endsWith('write-json-schema.ts')) {
  for (const { path, text } of schemaFiles()) {
    writeFileSync(path, text);
    console.log(`${path}: geschreven`);
  }
}
