import type { Lang } from '../domain/scenario/text.ts';
import { formatMessage, parseMessage, type Part, type Values } from './message.ts';

/** A message's placeholder types, as the generated placeholders.ts beside each catalogue lists them. */
export type Value = string | number;
export type Count = number;
export type None = Record<never, never>;

/** The placeholder argument a key takes: none (or an empty object) for a text without placeholders, else exactly its own. */
type Args<P> = P extends unknown ? ([keyof P] extends [never] ? [values?: Record<string, never>] : [values: P]) : never;

/** Interface text by key in a language, placeholders and plurals filled in. */
export type Translate<S> = <K extends keyof S & string>(lang: Lang, key: K, ...values: Args<S[K]>) => string;

export interface Catalogue<S> {
  readonly t: Translate<S>;
  /** Each language's keys, for the tests that compare the languages. */
  readonly keys: Readonly<Record<Lang, readonly string[]>>;
}

/**
 * One catalogue from its texts per language (its JSON files) and `S`, the placeholder types generated from the
 * Dutch texts (`npm run i18n:types`). Each message is parsed once, when first shown. A text missing in a
 * language falls back to Dutch (the unit tests keep the languages complete).
 */
export function makeCatalogue<S>(texts: Readonly<Record<Lang, Readonly<Record<keyof S & string, string>>>>): Catalogue<S> {
  const parsed = new Map<string, readonly Part[]>();
  const partsOf = (lang: Lang, key: keyof S & string): readonly Part[] => {
    const id = `${lang}\u0000${key}`;
    let parts = parsed.get(id);
    if (!parts) {
      parts = parseMessage(texts[lang][key] ?? texts.nl[key] ?? key);
      parsed.set(id, parts);
    }
    return parts;
  };
  const t = <K extends keyof S & string>(lang: Lang, key: K, ...values: Args<S[K]>): string =>
    formatMessage(partsOf(lang, key), (values[0] ?? {}) as Values, lang);
  const keys = Object.fromEntries(Object.entries(texts).map(([lang, catalogue]) => [lang, Object.keys(catalogue)])) as Record<
    Lang,
    string[]
  >;
  return { t, keys };
}
