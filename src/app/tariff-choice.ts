// zod/mini: the title reads the kept tariff file before the menu is usable.
import { z } from 'zod/mini';
import { applyTariffs, OWN_TARIFF_SET, STANDARD_TARIFF_SET, type TariffSet } from '../domain/costs/tariff-set.ts';
import { FREQUENCIES, type Scenario } from '../domain/scenario/model.ts';
import type { Text } from '../domain/scenario/text.ts';
import type { OwnTariffState } from '../ui/components/tariff-picker.ts';
import type { TariffSetEntry } from './scenario-library.ts';
import type { KeyValueStore } from './storage.ts';
import { sourceExcerpt } from './source-excerpt.ts';
import { readStored } from './stored-value.ts';

const KEY = 'own-tariffs';

/** What the checking worker answers for a tariff file: plain data. */
export interface OwnTariffCheck {
  readonly file: string;
  readonly set?: TariffSet;
  readonly diagnostics: readonly {
    line: number;
    column: number;
    severity: 'error' | 'warning' | 'info';
    code: string;
    message: string;
    hint?: string;
  }[];
  readonly source: string;
}

const text = z.strictObject({ nl: z.string(), en: z.optional(z.string()) });
const keptSchema = z.strictObject({
  file: z.string(),
  set: z.strictObject({
    id: z.literal(OWN_TARIFF_SET),
    title: text,
    tariffs: z.record(
      z.string(),
      z.strictObject({
        amountCents: z.int().check(z.nonnegative()),
        frequency: z.enum(FREQUENCIES),
        source: z.optional(z.strictObject({ document: z.string(), line: z.int(), quote: z.string() })),
        estimate: z.optional(text),
      }),
    ),
  }),
});

/** The gemeente's own tariff set kept in this browser (never uploaded); an unreadable one is set aside and counts as none. */
export function keptOwnTariffs(store: KeyValueStore, onSetAside: () => void = () => undefined): TariffSet | null {
  const read = readStored(store, KEY, keptSchema);
  if (read.kind === 'setAside') onSetAside();
  return read.kind === 'ok' ? read.value.set : null;
}

export function keepOwnTariffs(store: KeyValueStore, file: string, set: TariffSet): void {
  store.set(KEY, JSON.stringify({ file, set }));
}

/** The picker's picture of a check: each message with the line it points at. */
export function tariffPanelState(check: OwnTariffCheck): OwnTariffState {
  return {
    kind: 'checked',
    file: check.file,
    ...(check.set ? { title: check.set.title.nl, tariffs: Object.keys(check.set.tariffs).length } : {}),
    messages: check.diagnostics.map((d) => {
      const excerpt = sourceExcerpt(check.source, d.line, d.column);
      return { ...d, ...(excerpt !== undefined ? { excerpt } : {}) };
    }),
  };
}

export interface TariffSetOption {
  readonly id: string;
  readonly title: Text;
}

/** What the select offers: the bundled sets (standard first) and, when kept, the own file. */
export function tariffOptions(
  bundled: readonly TariffSetEntry[],
  own: TariffSet | null,
  ownTitle: (title: Text) => Text,
): TariffSetOption[] {
  const options = bundled.map(({ id, title }) => ({ id, title }));
  return own ? [...options, { id: OWN_TARIFF_SET, title: ownTitle(own.title) }] : options;
}

/** A choice the game can honour, else the standard set: a set may have gone from the build, or the own file from this browser. */
export function availableChoice(choice: string | undefined, bundled: readonly TariffSetEntry[], own: TariffSet | null): string {
  if (choice === OWN_TARIFF_SET && own) return choice;
  if (choice && choice !== OWN_TARIFF_SET && bundled.some((s) => s.id === choice)) return choice;
  return STANDARD_TARIFF_SET;
}

/** The casus priced from the chosen set (loading its prices); without sets in the library, as compiled. */
export async function priceScenario(
  scenario: Scenario,
  choice: string,
  bundled: readonly TariffSetEntry[],
  own: TariffSet | null,
): Promise<Scenario> {
  if (choice === OWN_TARIFF_SET && own) return applyTariffs(scenario, own);
  const entry = bundled.find((s) => s.id === choice) ?? bundled.find((s) => s.id === STANDARD_TARIFF_SET);
  return entry ? applyTariffs(scenario, await entry.load()) : scenario;
}
