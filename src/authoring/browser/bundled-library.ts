import { readDocuments, readPayers, readTariffs, type SharedInputs } from '../compilation/compilation-job.ts';
import { memoryFilePort } from '../compilation/file-port.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import type { TariffCatalogue } from '../catalogues/tariff-catalogue.ts';

/** Where the game's own shared files lie in the worker's memory: as in the repository, so a message names them alike. */
export const BUNDLED_ROOT = 'scenarios';

/** The bundled shared files as the build ships them to the worker: their text by path inside the scenarios folder. */
export type BundledSharedFiles = Readonly<Record<string, string>>;

const encoder = new TextEncoder();

/**
 * The shared payers, tariffs and sources a trainer's own casus is checked against in the browser: the game's
 * bundled ones, read by the same code as on the command line (compilation-job.ts), from memory instead of disk.
 */
export function bundledLibrary(files: BundledSharedFiles): {
  readonly inputs: SharedInputs;
  readonly standardTariffs: TariffCatalogue | null;
} {
  const port = memoryFilePort(new Map(Object.entries(files).map(([path, text]) => [`${BUNDLED_ROOT}/${path}`, encoder.encode(text)])));
  const payers = readPayers(port, BUNDLED_ROOT);
  const tariffs = readTariffs(port, BUNDLED_ROOT);
  const documents = readDocuments(port, BUNDLED_ROOT);
  return {
    inputs: {
      ...(payers ? { payers: payers.payers } : {}),
      ...(tariffs ? { tariffs } : {}),
      ...(documents ? { documents: documents.documents } : {}),
    },
    // A gemeente's own tariffs are held against the standard list only when that list itself is sound.
    standardTariffs: tariffs && !hasErrors(tariffs.diagnostics) ? tariffs : null,
  };
}
