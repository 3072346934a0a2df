import { z } from 'zod';
import type { TariffSet } from '../../domain/costs/tariff-set.ts';
import { eurosToCents } from '../../domain/scenario/money.ts';
import { compileText } from '../compile/compile.ts';
import { closest } from '../diagnostics/did-you-mean.ts';
import { checkQuote, type SourceTexts } from '../check/check-quotes.ts';
import { roundedEuros } from '../diagnostics/rounded-euros.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/registry.ts';
import { formatDraft, readYaml } from '../parse/yaml-stage.ts';
import { CATALOGUE_FORMAT } from '../format/versions.ts';
import { costItem, estimate, frequency, localizedText, sourceRef, tariffId } from '../schema/schema.ts';
import { zodIssuesToDrafts } from '../schema/zod-diagnostics.ts';
import type { Draft, Locator } from '../parse/draft.ts';

/**
 * The shared tariff list (`scenarios/tarieven/standaard.yaml`): reusable prices by id, each with the seed passage
 * it comes from or an estimate with its reasoning. A cost item names a tariff (`tariff: begeleid-wonen`) instead
 * of its own amount, frequency and source; resolve-tariffs.ts fills them in before the other checks, so a
 * casus compiles to the same model either way. Shared text is shown in every casus: both languages required.
 */
const bilingual = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });

const tariff = z
  .strictObject({
    item: bilingual.meta({
      description: 'Wat er betaald wordt, zoals het op de kassabon staat als de casus geen eigen item noemt: { nl, en }.',
    }),
    amount: costItem.shape.amount,
    frequency,
    source: sourceRef.optional(),
    estimate: estimate.optional(),
    note: localizedText.optional().meta({ description: 'Voor trainers: toelichting bij het tarief (niet in het spel te zien).' }),
  })
  .meta({ description: 'Een tarief: item, bedrag, frequentie en een bron (source) of schatting (estimate).' });

export const tariffCatalogueSchema = z
  .strictObject({
    format: z.literal(CATALOGUE_FORMAT),
    title: bilingual.meta({ description: 'Naam van deze tarievenlijst, bijvoorbeeld { nl: Standaardtarieven, en: Standard tariffs }.' }),
    tariffs: z
      .record(tariffId, tariff)
      .meta({ description: 'De tarieven, per naam: begeleid-wonen: { item, amount, frequency, source }.' }),
  })
  .meta({ description: 'Gedeelde tarieven voor Kostenbewust Interveniëren.' });

export type Tariff = Readonly<z.infer<typeof tariff>>;

export interface TariffCatalogue {
  /** Where it stands, as messages name it (scenarios/tarieven/standaard.yaml). */
  readonly file: string;
  /** Every entry that is valid on its own: one broken tariff must not make every tariff unknown. */
  readonly tariffs: Readonly<Record<string, Tariff>>;
  /** Ids that are in the file but have an error there: a casus naming one is told where the problem is. */
  readonly broken: readonly string[];
  /** The list's name, when it is written correctly: the title screen and the kassabon show it. */
  readonly title?: Readonly<{ nl: string; en: string }>;
}

export interface TariffCatalogueResult extends TariffCatalogue {
  readonly diagnostics: readonly Diagnostic[];
}

/** A gemeente's set against the standard list: a tariff no casus can name, or one priced per another period. */
function againstStandard(id: string, entry: Tariff, where: Locator, standard: TariffCatalogue): Draft[] {
  const path = ['tariffs', id];
  const known = standard.tariffs[id];
  if (!known) {
    if (standard.broken.includes(id)) return [];
    const suggestion = closest(id, Object.keys(standard.tariffs));
    const found = suggestion
      ? report('SC088', 'unknownNear', { id, suggestion })
      : report('SC088', 'unknown', { id, standard: standard.file });
    return [{ ...where(['tariffs'], id), ...found }];
  }
  if (known.frequency !== entry.frequency)
    return [
      { ...where([...path, 'frequency']), ...report('SC089', 'frequency', { id, found: entry.frequency, standard: known.frequency }) },
    ];
  return [];
}

/** Problems the schema cannot express, per tariff: no source or estimate, both, more than two decimals, quotes. */
function tariffDrafts(id: string, entry: Tariff, where: Locator, sources: SourceTexts | undefined): Draft[] {
  const path = ['tariffs', id];
  const drafts: Draft[] = [];
  if (!entry.source && !entry.estimate) drafts.push({ ...where(path), ...report('SC081', 'noSource', { id }) });
  if (entry.source && entry.estimate) drafts.push({ ...where([...path, 'estimate']), ...report('SC081', 'both', { id }) });
  if (eurosToCents(entry.amount) === undefined)
    drafts.push({
      ...where([...path, 'amount']),
      ...report('SC020', 'tooManyDecimals', { amount: entry.amount, rounded: roundedEuros(entry.amount) }),
    });
  if (entry.source && sources) drafts.push(...checkQuote(entry.source, [...path, 'source'], sources, where));
  return drafts;
}

function entriesOf(data: unknown): [string, unknown][] {
  const entries = (data as { tariffs?: unknown } | null)?.tariffs;
  if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) return [];
  return Object.entries(entries);
}

export interface TariffLoadOptions {
  /** Source texts to check the quotes against. */
  readonly sources?: SourceTexts;
  /** For a gemeente's tariff set: the standard list it prices again (ids and periods must match). */
  readonly standard?: TariffCatalogue;
}

/** YAML text → the tariffs, with every problem located in the tariff file, in the same words as for a casus. */
export function loadTariffCatalogue(text: string, file: string, options: TariffLoadOptions = {}): TariffCatalogueResult {
  let title: TariffCatalogue['title'];
  const done = (drafts: readonly Draft[], tariffs: Record<string, Tariff>, broken: readonly string[]): TariffCatalogueResult => ({
    file,
    tariffs,
    broken,
    ...(title ? { title } : {}),
    diagnostics: sortDiagnostics(drafts.map((d) => ({ file, ...d }))),
  });
  const read = readYaml(text);
  if (!read.ok) return done(read.drafts, {}, []);
  const { where, syntax } = read;
  const data = read.data !== null && typeof read.data === 'object' && !Array.isArray(read.data) ? read.data : {};
  const formatProblem = formatDraft(data, where);
  if (formatProblem) return done([...syntax, formatProblem], {}, []);
  const named = tariffCatalogueSchema.shape.title.safeParse((data as { title?: unknown }).title);
  if (named.success) title = named.data;
  const parsed = tariffCatalogueSchema.safeParse(data);
  const drafts: Draft[] = [...syntax];
  if (!parsed.success) drafts.push(...zodIssuesToDrafts(parsed.error.issues, { data, schema: tariffCatalogueSchema, locate: where }));
  const tariffs: Record<string, Tariff> = {};
  const broken: string[] = [];
  for (const [id, entry] of entriesOf(data)) {
    const valid = tariff.safeParse(entry);
    const own = valid.success ? tariffDrafts(id, valid.data, where, options.sources) : [];
    if (valid.success && options.standard) own.push(...againstStandard(id, valid.data, where, options.standard));
    drafts.push(...own);
    if (valid.success && tariffId.safeParse(id).success && !own.some((d) => d.severity === 'error')) tariffs[id] = valid.data;
    else broken.push(id);
  }
  return done(drafts, tariffs, broken);
}

/** A checked tariff list as the game uses it: whole cents, estimates as text. Only for a list without errors. */
export function compileTariffSet(id: string, catalogue: TariffCatalogue): TariffSet {
  const tariffs = Object.fromEntries(
    Object.entries(catalogue.tariffs).map(([tariffId, t]) => {
      const reason =
        t.estimate === undefined ? undefined : typeof t.estimate === 'object' && 'reason' in t.estimate ? t.estimate.reason : t.estimate;
      return [
        tariffId,
        {
          amountCents: eurosToCents(t.amount) ?? Math.round(t.amount * 100),
          frequency: t.frequency,
          ...(t.source ? { source: t.source } : {}),
          ...(reason !== undefined ? { estimate: compileText(reason) } : {}),
        },
      ];
    }),
  );
  return { id, title: catalogue.title ? { nl: catalogue.title.nl, en: catalogue.title.en } : { nl: id }, tariffs };
}
