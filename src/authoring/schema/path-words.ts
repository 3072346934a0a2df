import type { PathSegment } from '../parse/yaml-locate.ts';

export type PathLanguage = 'nl' | 'en';

const ORDINALS: Record<PathLanguage, readonly string[]> = {
  nl: ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'],
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
};

/** "tweede" for index 1: a trainer counts from one. Past ten: "11e" / "11th". */
export function ordinal(index: number, lang: PathLanguage): string {
  const word = ORDINALS[lang][index];
  if (word) return word;
  const n = index + 1;
  if (lang === 'nl') return `${n}e`;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Lists whose items a message names by their place: Dutch noun (de/het), English noun. */
const LIST_ITEMS: Readonly<Record<string, { readonly nl: string; readonly article: 'de' | 'het'; readonly en: string }>> = {
  options: { nl: 'keuze', article: 'de', en: 'option' },
  costs: { nl: 'kostenregel', article: 'de', en: 'cost line' },
  household: { nl: 'gezinslid', article: 'het', en: 'household member' },
  arguments: { nl: 'argument', article: 'het', en: 'argument' },
  text_variants: { nl: 'tekstvariant', article: 'de', en: 'text variant' },
  consequence_variants: { nl: 'gevolgvariant', article: 'de', en: 'consequence variant' },
  reflection: { nl: 'reflectievraag', article: 'de', en: 'reflection question' },
  stage: { nl: 'decorregel', article: 'de', en: 'stage entry' },
  misconceptions: { nl: 'misvatting', article: 'de', en: 'misconception' },
};

/** Maps whose keys are names the trainer chose: "moment 'intake'". */
const NAMED: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  moments: { nl: 'moment', en: 'moment' },
  endings: { nl: 'einde', en: 'ending' },
  payers: { nl: 'betaler', en: 'payer' },
  state: { nl: 'toestand', en: 'state' },
  tariffs: { nl: 'tarief', en: 'tariff' },
};

/** Items with their own id are named by it: "keuze 'bellen'" reads better than "de tweede keuze". */
const ID_NAMED = new Set(['options', 'household', 'arguments']);

interface Part {
  readonly text: string;
  /** Named containers (a moment, an ending) are joined with "in", the rest with "van". */
  readonly named: boolean;
}

function child(value: unknown, segment: PathSegment): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<PathSegment, unknown>)[segment] : undefined;
}

function idOf(value: unknown): string | undefined {
  const id = child(value, 'id');
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function listItem(key: string, index: number, item: unknown, lang: PathLanguage): string {
  const noun = LIST_ITEMS[key]!;
  const id = ID_NAMED.has(key) ? idOf(item) : undefined;
  if (id !== undefined) return `${noun[lang]} '${id}'`;
  return lang === 'nl' ? `${noun.article} ${ordinal(index, lang)} ${noun.nl}` : `the ${ordinal(index, lang)} ${noun.en}`;
}

/**
 * A place in a casus as words, counting from one: `moments.intake.options[1].costs[0].amount` becomes
 * "'amount' van de eerste kostenregel van keuze 'bellen' in moment 'intake'" (or in English). `data` is the
 * file's data, for the ids of options; without it, items are named by their place.
 */
export function pathWords(path: readonly PathSegment[], data: unknown, lang: PathLanguage = 'nl'): string {
  const parts: Part[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) parts.push({ text: `'${pending.join('.')}'`, named: false });
    pending = [];
  };
  let value = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = path[i + 1];
    if (typeof segment === 'number') {
      // An item of a list the game has no noun for: "het derde item van 'themes'".
      const list = pending.length > 0 ? `'${pending.join('.')}'` : lang === 'nl' ? 'de lijst' : 'the list';
      parts.push({
        text: lang === 'nl' ? `het ${ordinal(segment, lang)} item van ${list}` : `the ${ordinal(segment, lang)} item of ${list}`,
        named: false,
      });
      pending = [];
    } else if (typeof next === 'number' && Object.hasOwn(LIST_ITEMS, segment)) {
      flush();
      const item = child(child(value, segment), next);
      parts.push({ text: listItem(segment, next, item, lang), named: false });
      value = item;
      i++;
      continue;
    } else if (typeof next === 'string' && Object.hasOwn(NAMED, segment) && pending.length === 0) {
      parts.push({ text: `${NAMED[segment]![lang]} '${next}'`, named: true });
      value = child(child(value, segment), next);
      i++;
      continue;
    } else if (segment === 'systeemroute' && pending.length === 0) {
      parts.push({ text: lang === 'nl' ? 'de systeemroute' : 'the systeemroute', named: true });
    } else if (!(segment === 'argue' && next === 'arguments')) {
      // (The onderbouwing's arguments read as the option's own: "argument 'x' van keuze 'y'".)
      pending.push(segment);
    }
    value = child(value, segment);
  }
  flush();
  const words: string[] = [];
  for (let p = parts.length - 1; p >= 0; p--) {
    const part = parts[p]!;
    if (words.length > 0) words.push(part.named ? 'in' : lang === 'nl' ? 'van' : 'of');
    words.push(part.text);
  }
  return words.length > 0 ? words.join(' ') : lang === 'nl' ? 'het bestand' : 'the file';
}
