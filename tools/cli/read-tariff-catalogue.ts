import { join } from 'node:path';
import type { SourceTexts } from '../../src/authoring/check/check-quotes.ts';
import { readTariffs, readTariffSets as readSets, type CheckedTariffSet } from '../../src/authoring/compilation/compilation-job.ts';
import { TARIFF_FILE } from '../../src/authoring/compilation/library-layout.ts';
import { compileTariffSet, type TariffCatalogueResult } from '../../src/authoring/catalogues/tariff-catalogue.ts';
import { STANDARD_TARIFF_SET, type TariffSet } from '../../src/domain/costs/tariff-set.ts';
import { nodeFilePort } from './node-file-port.ts';

export { tariffSetId, type CheckedTariffSet } from '../../src/authoring/compilation/compilation-job.ts';

/** Where the shared tariffs live, inside the scenarios folder: a subfolder, so it is not taken for a casus. */
export const TARIFF_CATALOGUE = join(...TARIFF_FILE);

export interface CheckedTariffs extends TariffCatalogueResult {
  readonly path: string;
}

/** The tariff list of a scenarios folder, its quotes checked against the source texts when given; undefined when the folder has none. */
export function readTariffCatalogue(scenariosDir: string, sources?: SourceTexts): CheckedTariffs | undefined {
  return readTariffs(nodeFilePort, scenariosDir, sources);
}

/** The standard list as a set: the amounts every casus compiles with. */
export function standardTariffSet(standard: TariffCatalogueResult): TariffSet {
  return compileTariffSet(STANDARD_TARIFF_SET, standard);
}

/** The gemeente tariff sets beside the standard list in `tarieven/` (compilation-job.ts reads them). */
export function readTariffSets(
  scenariosDir: string,
  standard: TariffCatalogueResult | undefined,
  sources?: SourceTexts,
): CheckedTariffSet[] {
  return readSets(nodeFilePort, scenariosDir, standard, sources);
}
