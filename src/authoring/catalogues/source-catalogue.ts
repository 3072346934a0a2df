import { z } from 'zod';
import type { SourceCatalogue } from '../check/check-documents.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { CATALOGUE_FORMAT } from '../format/versions.ts';
import { readSharedFile } from './shared-file.ts';
import type { Draft } from '../parse/draft.ts';

/**
 * The source catalogue shared by every casus (`scenarios/gedeeld/bronnen.yaml`): each source text by its
 * document number, with the publication's title, who published it and when. The kassabon shows these
 * instead of a bare number ("Een sociaal sociaal domein (gemeente Utrecht, 2020), regel 515").
 */
const bilingual = z
  .strictObject({ nl: z.string().min(1), en: z.string().min(1) })
  .meta({ description: 'In het Nederlands en het Engels: { nl: gemeente Utrecht, en: City of Utrecht }.' });

const catalogueDocument = z.strictObject({
  /** The publication's own title, as it is printed (not translated). */
  title: z.string().min(1).meta({ description: 'De titel van de publicatie, zoals hij erop staat (niet vertaald): Doen wat nodig is.' }),
  publisher: bilingual.meta({ description: 'Wie de publicatie uitgaf, in het Nederlands en het Engels.' }),
  year: z.number().int().min(1900).max(2100).meta({ description: 'Het jaar van uitgave, bijvoorbeeld 2016.' }),
});

const documentNumber = z
  .string()
  .regex(/^\d{3}$/)
  .meta({ description: 'Het documentnummer: drie cijfers tussen aanhalingstekens, "002".' });

export const sourceCatalogueSchema = z.strictObject({
  format: z.literal(CATALOGUE_FORMAT),
  documents: z
    .record(documentNumber, catalogueDocument)
    .meta({ description: 'Per documentnummer de publicatie: titel, uitgever en jaar.' }),
});

export type { CatalogueDocument, SourceCatalogue } from '../check/check-documents.ts';

export interface SourceCatalogueResult {
  readonly documents: SourceCatalogue;
  readonly diagnostics: readonly Diagnostic[];
}

function result(file: string, drafts: readonly Draft[], documents: SourceCatalogue): SourceCatalogueResult {
  return { documents, diagnostics: sortDiagnostics(drafts.map((d) => ({ file, ...d }))) };
}

/** YAML text → the catalogue, with every problem located, in the same words as for a casus. */
export function loadSourceCatalogue(source: string, file: string): SourceCatalogueResult {
  const { parsed, drafts } = readSharedFile(source, sourceCatalogueSchema);
  return result(file, drafts, parsed?.documents ?? {});
}
