import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readPayerCatalogue, type CheckedCatalogue } from './payer-catalogue.ts';
import { checkScenarioFiles, readSourceTexts, scenarioPaths, type CheckedFile } from './scenario-files.ts';
import { readSourceCatalogue } from './source-catalogue.ts';
import { readTariffCatalogue, type CheckedTariffs } from './tariff-catalogue.ts';

export const root = join(import.meta.dirname, '..');
export const bundledScenarios = join(root, 'scenarios');
/** The source texts `npm run check:scenarios` checks quotes against, when they stand beside the repository. */
const seeds = join(root, '../shared/seeds');

export interface CheckedFolder {
  readonly catalogue?: CheckedCatalogue;
  readonly tariffs?: CheckedTariffs;
  readonly files: readonly CheckedFile[];
}

/** Checks a scenarios folder the way the CLI and the build do: its payer catalogue and tariffs, then every casus as a set. */
export function checkFolder(dir: string = bundledScenarios): CheckedFolder {
  const catalogue = readPayerCatalogue(dir);
  const sources = existsSync(seeds) ? readSourceTexts(seeds) : undefined;
  const tariffs = readTariffCatalogue(dir, sources);
  const documents = readSourceCatalogue(dir)?.documents;
  const files = checkScenarioFiles(scenarioPaths([dir]), sources, { payers: catalogue?.payers, ...(tariffs ? { tariffs } : {}), ...(documents ? { documents } : {}) });
  return { ...(catalogue ? { catalogue } : {}), ...(tariffs ? { tariffs } : {}), files };
}
