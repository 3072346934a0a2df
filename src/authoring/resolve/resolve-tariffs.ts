import { closest } from '../diagnostics/did-you-mean.ts';
import { mapOptionCosts } from './option-costs.ts';
import { report, type Report } from '../diagnostics/registry.ts';
import type { AuthoredCostItemSource, AuthoredScenarioSource, CostItemSource, ScenarioSource } from '../schema/schema.ts';
import type { TariffCatalogue } from '../catalogues/tariff-catalogue.ts';
import type { PathSegment } from '../parse/yaml-locate.ts';
import type { Draft, Locator } from '../parse/draft.ts';

/** Where a casus finds the shared tariffs, for messages when it has none. */
export const DEFAULT_TARIFF_FILE = 'scenarios/tarieven/standaard.yaml';

/**
 * Fields a tariff brings: a cost item that names a tariff may not set them too (SC082). An own `estimate` is the
 * exception: it says why the tariff's amount, which a source gives for another situation, is a fair estimate here,
 * and then stands on the kassabon instead of that source.
 */
const TARIFF_FIELDS = ['amount', 'frequency', 'source'] as const;

function unknownTariff(id: string, catalogue: TariffCatalogue | undefined): Report {
  if (!catalogue) return report('SC080', 'noCatalogue', { id, catalogue: DEFAULT_TARIFF_FILE });
  if (catalogue.broken.includes(id)) return report('SC080', 'broken', { id, catalogue: catalogue.file });
  const known = Object.keys(catalogue.tariffs);
  const suggestion = closest(id, known);
  return suggestion
    ? report('SC080', 'unknownNear', { id, suggestion })
    : report('SC080', 'unknown', { id, catalogue: catalogue.file, known: known.join(', ') });
}

/**
 * Replaces every `tariff: id` by the tariff's amount, frequency, source or estimate and (when the casus gives
 * none) its text, so the checks and the compiler after this see ordinary cost items. An unknown or broken
 * tariff is a located error, never a silent € 0: the placeholder left in its place is never compiled.
 */
export function resolveTariffs(
  source: AuthoredScenarioSource,
  catalogue: TariffCatalogue | undefined,
  where: Locator,
): { resolved: ScenarioSource; drafts: Draft[] } {
  const drafts: Draft[] = [];
  const resolve = (cost: AuthoredCostItemSource, path: PathSegment[]): CostItemSource => {
    const { tariff: id, ...own } = cost;
    if (id === undefined) return own as CostItemSource; // the schema required item, amount and frequency
    for (const field of TARIFF_FIELDS) {
      if (cost[field] !== undefined) drafts.push({ ...where([...path, field]), ...report('SC082', 'ownField', { id, field }) });
    }
    const tariff = catalogue && Object.hasOwn(catalogue.tariffs, id) ? catalogue.tariffs[id] : undefined;
    if (!tariff) {
      drafts.push({ ...where([...path, 'tariff']), ...unknownTariff(id, catalogue) });
      return {
        ...own,
        item: own.item ?? id,
        amount: 0,
        frequency: 'eenmalig',
        estimate: id,
        source: undefined,
        duration: undefined,
        until: undefined,
      };
    }
    const { source: cited, estimate } = tariff;
    const provenance =
      own.estimate !== undefined ? { estimate: own.estimate } : { ...(cited ? { source: cited } : {}), ...(estimate ? { estimate } : {}) };
    return {
      item: own.item ?? tariff.item,
      amount: tariff.amount,
      frequency: tariff.frequency,
      payer: own.payer,
      tariff: id,
      ...(own.duration !== undefined ? { duration: own.duration } : {}),
      ...(own.until !== undefined ? { until: own.until } : {}),
      ...(own.kind !== undefined ? { kind: own.kind } : {}),
      ...(own.to !== undefined ? { to: own.to } : {}),
      ...(own.requires !== undefined ? { requires: own.requires } : {}),
      ...provenance,
    };
  };
  const moments = Object.fromEntries(
    Object.entries(source.moments).map(([momentId, moment]) => [
      momentId,
      {
        ...moment,
        options: moment.options.map((option, o) => mapOptionCosts(option, ['moments', momentId, 'options', o], resolve)),
      },
    ]),
  );
  const systeemroute = {
    ...source.systeemroute,
    costs: source.systeemroute.costs.map((cost, c) => resolve(cost, ['systeemroute', 'costs', c])),
  };
  return { resolved: { ...source, moments, systeemroute } as ScenarioSource, drafts };
}
