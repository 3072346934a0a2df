import { report } from '../diagnostics/registry.ts';
import { optionCosts } from './option-costs.ts';
import type { PayerCatalogue } from '../catalogues/payer-catalogue.ts';
import type { ScenarioSource } from '../schema/schema.ts';
import type { Draft, Locator } from '../parse/draft.ts';

export interface ResolvedPayers {
  /** The casus with every payer a cost item may name: the catalogue's, and its own in their place on a clash. */
  readonly checked: ScenarioSource;
  /** The casus with its own payers and the catalogue payers it uses: what the runtime model carries. */
  readonly compiled: ScenarioSource;
  readonly drafts: Draft[];
}

function usedPayers(source: ScenarioSource): Set<string> {
  const costs = [
    ...Object.values(source.moments).flatMap((m) => m.options.flatMap((o) => optionCosts(o, []).map((c) => c.cost))),
    ...source.systeemroute.costs,
  ];
  return new Set(costs.flatMap((c) => (c.to === undefined ? [c.payer] : [c.payer, c.to])));
}

/**
 * Merges the shared catalogue into a casus. The casus's own entry wins on a clash, as a trainer editing one
 * file expects what that file says to be what the game shows; an info message says the shared one is set aside.
 */
export function resolvePayers(source: ScenarioSource, catalogue: PayerCatalogue, where: Locator): ResolvedPayers {
  const own = source.payers;
  const shared = Object.entries(catalogue).filter(([id]) => !Object.hasOwn(own, id));
  const asSource = ([id, p]: (typeof shared)[number]) => [id, { name: p.name, basis: p.basis }] as const;
  const used = usedPayers(source);
  const drafts = Object.keys(own)
    .filter((id) => Object.hasOwn(catalogue, id))
    .map((id): Draft => ({ ...where(['payers'], id), ...report('SC060', 'shadowed', { id }) }));
  return {
    checked: { ...source, payers: { ...own, ...Object.fromEntries(shared.map(asSource)) } },
    compiled: { ...source, payers: { ...own, ...Object.fromEntries(shared.filter(([id]) => used.has(id)).map(asSource)) } },
    drafts,
  };
}
