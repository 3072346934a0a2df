import { z } from 'zod';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { CATALOGUE_FORMAT } from '../format/versions.ts';
import { costItem, localizedText } from '../schema/schema.ts';
import { readSharedFile } from './shared-file.ts';
import type { Draft } from '../parse/draft.ts';

/**
 * The payer catalogue shared by every casus (`scenarios/gedeeld/betalers.yaml`): who pays, by id, with the
 * law or arrangement each pays under. A casus names these ids in its cost items without declaring them.
 * Shared text is shown in every casus, so both languages are required here.
 */
const bilingual = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });

const cataloguePayer = z.strictObject({
  name: bilingual,
  /** The law or arrangement it pays under, shown once per payer beside the kassabon. */
  basis: bilingual,
  /** For trainers: background that does not fit in the basis (not shown in the game). */
  note: localizedText.optional(),
});

/** A payer id is whatever a cost item's `payer` may be. */
const payerId = costItem.shape.payer;

export const payerCatalogueSchema = z.strictObject({
  format: z.literal(CATALOGUE_FORMAT),
  payers: z.record(payerId, cataloguePayer),
});

export type CataloguePayer = Readonly<z.infer<typeof cataloguePayer>>;

/** Payers by id, as `loadScenario` takes them: a plain object, so the compiler needs no file access. */
export type PayerCatalogue = Readonly<Record<string, CataloguePayer>>;

export interface CatalogueResult {
  /** Every entry that is valid on its own: one broken entry must not make every casus's payers unknown. */
  readonly payers: PayerCatalogue;
  readonly diagnostics: readonly Diagnostic[];
}

/** Entries that pass on their own, from data whose whole did not. */
function validEntries(data: unknown): PayerCatalogue {
  const entries = (data as { payers?: unknown } | null)?.payers;
  if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) return {};
  return Object.fromEntries(
    Object.entries(entries).flatMap(([id, entry]) => {
      const parsed = cataloguePayer.safeParse(entry);
      return payerId.safeParse(id).success && parsed.success ? [[id, parsed.data]] : [];
    }),
  );
}

function result(file: string, drafts: readonly Draft[], payers: PayerCatalogue): CatalogueResult {
  return { payers, diagnostics: sortDiagnostics(drafts.map((d) => ({ file, ...d }))) };
}

/** YAML text → the catalogue, with every problem located, in the same words as for a casus. */
export function loadPayerCatalogue(source: string, file: string): CatalogueResult {
  const { parsed, drafts, data } = readSharedFile(source, payerCatalogueSchema);
  return result(file, drafts, parsed ? parsed.payers : validEntries(data));
}
