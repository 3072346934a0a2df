import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { loadPayerCatalogue } from '../../src/authoring/catalogues/payer-catalogue.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';

const root = join(import.meta.dirname, '../..');

/**
 * Loads a scenario file relative to the repository root, with the shared payers of its folder
 * (`gedeeld/betalers.yaml` beside it, as the checker uses them), failing loudly on any error.
 */
export function loadScenarioFile(relativePath: string): Scenario {
  const cataloguePath = join(root, dirname(relativePath), 'gedeeld', 'betalers.yaml');
  const payers = existsSync(cataloguePath) ? loadPayerCatalogue(readFileSync(cataloguePath, 'utf8'), cataloguePath).payers : {};
  const result = loadScenario(readFileSync(join(root, relativePath), 'utf8'), relativePath, { payers });
  if (!result.scenario) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.scenario;
}
