import { report } from './diagnostics/registry.ts';
import { optionCosts } from './option-costs.ts';
import { quoteDifference } from './quote-difference.ts';
import { nearestQuote, normaliseQuote } from './quote-nearest.ts';
import type { PathSegment } from './yaml-locate.ts';
import type { Draft, Locator } from './zod-diagnostics.ts';

/** Source texts by document number ("002"), as plain text split into lines. */
export type SourceTexts = ReadonlyMap<string, readonly string[]>;

/** How far around the cited line a quote may start: extracted PDFs wrap and shift lines. */
const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 8;

const normalise = normaliseQuote;

function quoteNear(lines: readonly string[], line: number, quote: string): boolean {
  const from = Math.max(0, line - 1 - WINDOW_BEFORE);
  const passage = normalise(lines.slice(from, line + WINDOW_AFTER).join(' '));
  // Words split by a line-break hyphen in the extraction ("uithuis- plaatsing") still count as found.
  return passage.includes(normalise(quote)) || passage.replace(/- /g, '').includes(normalise(quote).replace(/- /g, ''));
}

export interface SourceRef {
  readonly document: string;
  readonly line: number;
  readonly quote: string;
}

type Cited = { readonly source?: SourceRef | undefined };
type OptionCosts = {
  readonly costs: readonly Cited[];
  readonly argue?: { readonly arguments: readonly { readonly costs: readonly Cited[] }[] } | undefined;
};

/** What the quote check needs of a casus: written or with its tariffs resolved, only its own cost items count. */
export interface CitingScenario {
  readonly moments: Readonly<Record<string, { readonly options: readonly OptionCosts[] }>>;
  readonly systeemroute: { readonly costs: readonly { readonly source?: SourceRef | undefined }[] };
}

export function citedCosts(scenario: CitingScenario): { path: PathSegment[]; source: { document: string; line: number; quote: string } }[] {
  const found: { path: PathSegment[]; source: { document: string; line: number; quote: string } }[] = [];
  for (const [momentId, moment] of Object.entries(scenario.moments)) {
    moment.options.forEach((option, o) =>
      optionCosts(option, ['moments', momentId, 'options', o]).forEach(({ cost, path }) => {
        if (cost.source) found.push({ path: [...path, 'source'], source: cost.source });
      }),
    );
  }
  scenario.systeemroute.costs.forEach((cost, c) => {
    if (cost.source) found.push({ path: ['systeemroute', 'costs', c, 'source'], source: cost.source });
  });
  return found;
}

/** One cited amount: its quote must stand verbatim (whitespace aside) at the line it names; if not, say where it is. */
export function checkQuote(source: SourceRef, path: readonly PathSegment[], sources: SourceTexts, locate: Locator): Draft[] {
  const lines = sources.get(source.document);
  if (!lines) {
    return [
      {
        ...locate([...path, 'document']),
        ...report('SC028', 'unknownDocument', { document: source.document, available: [...sources.keys()].join(', ') }),
      },
    ];
  }
  if (quoteNear(lines, source.line, source.quote)) return [];
  const where = locate([...path, 'quote']);
  const params = { document: source.document, line: source.line };
  const match = nearestQuote(lines, source.quote);
  if (!match) return [{ ...where, ...report('SC027', 'quoteNotFound', params) }];
  if (match.kind === 'exact') return [{ ...where, ...report('SC027', 'quoteElsewhere', { ...params, found: match.line }) }];
  const { excerpt, difference } = quoteDifference(lines, match.line - 1, source.quote);
  return [{ ...where, ...report('SC027', 'quoteNearest', { ...params, found: match.line, excerpt, difference }) }];
}

/** Every cited amount of the casus itself (a tariff's quote is checked in the tariff list). */
export function checkQuotes(scenario: CitingScenario, sources: SourceTexts, locate: Locator): Draft[] {
  return citedCosts(scenario).flatMap(({ path, source }) => checkQuote(source, path, sources, locate));
}
