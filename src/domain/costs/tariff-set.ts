import type { CostItem, Frequency, Scenario, SourceRef } from '../scenario/model.ts';
import type { Text } from '../scenario/text.ts';

/** The id of the bundled standard list (scenarios/tarieven/standaard.yaml): the amounts casussen compile with. */
export const STANDARD_TARIFF_SET = 'standaard';
/** The id of a tariff file a gemeente opened in the browser (kept there, never in a build). */
export const OWN_TARIFF_SET = 'eigen';

/** One price in a tariff set, as compiled from a tariff file. */
export interface TariffPrice {
  readonly amountCents: number;
  readonly frequency: Frequency;
  readonly source?: SourceRef;
  readonly estimate?: Text;
}

/** A tariff list compiled for the game: the standard one, a gemeente's bundled one, or a file chosen in the browser. */
export interface TariffSet {
  readonly id: string;
  readonly title: Text;
  readonly tariffs: Readonly<Record<string, TariffPrice>>;
}

/** The distinct shared tariffs a casus names, in the order they first appear (options, then the systeemroute). */
export function tariffsUsed(scenario: Scenario): string[] {
  const costs = [...Object.values(scenario.moments).flatMap((m) => m.options.flatMap((o) => o.costs)), ...scenario.systeemroute.costs];
  return [...new Set(costs.flatMap((c) => (c.tariff ? [c.tariff] : [])))];
}

/**
 * The casus priced from this set: every cost item that came from a shared tariff takes the set's amount and its
 * source or estimate. A tariff the set does not price (or prices per another period, which would change what
 * `duration` means) keeps its standard amount and is named in `missing`, so the kassabon can say so: never a
 * silent € 0. Ids, frequencies, durations and payers stay, so a save's structure is untouched.
 */
export function applyTariffs(scenario: Scenario, set: TariffSet): Scenario {
  const missing = new Set<string>();
  const price = (cost: CostItem): CostItem => {
    if (!cost.tariff) return cost;
    const own = Object.hasOwn(set.tariffs, cost.tariff) ? set.tariffs[cost.tariff] : undefined;
    if (!own || own.frequency !== cost.frequency) {
      missing.add(cost.tariff);
      return cost;
    }
    // The same price changes nothing: the casus may have said why the standard amount is a fair estimate for it.
    if (own.amountCents === cost.amountCents) return cost;
    // Another price brings its own provenance, a source or an estimate, never both; kind, requires and the rest stay.
    const priced: CostItem = { ...cost, amountCents: own.amountCents };
    delete (priced as { source?: SourceRef }).source;
    delete (priced as { estimate?: Text }).estimate;
    return { ...priced, ...(own.source ? { source: own.source } : {}), ...(own.estimate ? { estimate: own.estimate } : {}) };
  };
  const moments = Object.fromEntries(
    Object.entries(scenario.moments).map(([id, moment]) => [
      id,
      { ...moment, options: moment.options.map((o) => ({ ...o, costs: o.costs.map(price) })) },
    ]),
  );
  const systeemroute = { ...scenario.systeemroute, costs: scenario.systeemroute.costs.map(price) };
  const priced = { ...scenario, moments, systeemroute };
  return { ...priced, tariffSet: { id: set.id, title: set.title, missing: [...missing], used: tariffsUsed(priced).length } };
}
