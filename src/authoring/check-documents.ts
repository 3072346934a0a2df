import { citedCosts, type CitingScenario } from './check-quotes.ts';
import { report } from './diagnostics/registry.ts';
import type { Draft, Locator } from './zod-diagnostics.ts';

/** A source text as the game names it (see source-catalogue.ts). */
export interface CatalogueDocument {
  readonly title: string;
  readonly publisher: { readonly nl: string; readonly en: string };
  readonly year: number;
}

/** Source texts by document number ("004"). */
export type SourceCatalogue = Readonly<Record<string, CatalogueDocument>>;

/** Where the catalogue lives inside a scenarios folder, as named in messages. */
export const SOURCE_CATALOGUE_FILE = 'scenarios/gedeeld/bronnen.yaml';

/** Every document a casus cites (its own source and each cited amount) must be in the catalogue: SC083 where not. */
export function checkCitedDocuments(
  scenario: CitingScenario & { readonly source: { readonly document: string } },
  documents: SourceCatalogue,
  locate: Locator,
): Draft[] {
  const known = Object.keys(documents).sort().join(', ');
  const cited = [
    { path: ['source'] as const, document: scenario.source.document },
    ...citedCosts(scenario).map(({ path, source }) => ({ path, document: source.document })),
  ];
  return cited.flatMap(({ path, document }) =>
    documents[document]
      ? []
      : [{ ...locate([...path, 'document']), ...report('SC083', 'unknown', { document, catalogue: SOURCE_CATALOGUE_FILE, known }) }],
  );
}
