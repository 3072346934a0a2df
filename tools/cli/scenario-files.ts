import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceTexts } from '../../src/authoring/check-quotes.ts';
import { checkScenarioFilesIn, type CheckedFile } from '../../src/authoring/compilation/compilation-job.ts';
import type { PayerCatalogue } from '../../src/authoring/payer-catalogue.ts';
import type { SourceCatalogue } from '../../src/authoring/source-catalogue.ts';
import type { TariffCatalogue } from '../../src/authoring/tariff-catalogue.ts';
import { nodeFilePort } from './node-file-port.ts';

export { scenarioPaths } from './scenario-targets.ts';
export type { CheckedFile } from '../../src/authoring/compilation/compilation-job.ts';

export interface CheckOptions {
  /** The shared payer catalogue (see src/authoring/payer-catalogue.ts); without it each casus must declare its payers. */
  readonly payers?: PayerCatalogue;
  /** The shared tariff list (see src/authoring/tariff-catalogue.ts); without it a cost item naming a tariff is an error. */
  readonly tariffs?: TariffCatalogue;
  /** The shared source list (see src/authoring/source-catalogue.ts); with it, every cited document must be in it (SC083). */
  readonly documents?: SourceCatalogue;
}

/** Loads every file from disk, then checks them as a set (unique ids); a file with any error has no scenario. */
export function checkScenarioFiles(paths: readonly string[], sources?: SourceTexts, options: CheckOptions = {}): CheckedFile[] {
  return checkScenarioFilesIn(nodeFilePort, paths, { ...(sources ? { sources } : {}), ...options });
}

/** Source texts from a folder of .txt files named after their document number: "002_….txt" is document "002". */
export function readSourceTexts(dir: string): SourceTexts {
  const texts = new Map<string, string[]>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const document = /^(\d+)/.exec(name)?.[1];
    if (document && !texts.has(document)) texts.set(document, readFileSync(join(dir, name), 'utf8').split(/\r?\n/));
  }
  return texts;
}
