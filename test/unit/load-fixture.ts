import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';

const root = join(import.meta.dirname, '../..');

/** Loads a scenario file relative to the repository root, failing loudly on any error. */
export function loadScenarioFile(relativePath: string): Scenario {
  const result = loadScenario(readFileSync(join(root, relativePath), 'utf8'), relativePath);
  if (!result.scenario) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.scenario;
}
