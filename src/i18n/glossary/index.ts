import type { Lang } from '../../domain/scenario/text.ts';
import { compareWords } from '../intl.ts';
import data from './glossary.json';

/** One language's side of a glossary term: its heading, the words that mark it in text, and what it means. */
export interface GlossarySide {
  readonly term: string;
  /** Spellings found in text; a form starting with a lower-case letter also matches at the start of a sentence. */
  readonly forms: readonly string[];
  readonly text: string;
}

export interface GlossaryEntry {
  readonly id: string;
  readonly nl: GlossarySide;
  readonly en: GlossarySide;
}

export const glossary: readonly GlossaryEntry[] = data.terms;

/** The glossary in a language, alphabetically by the term as that language shows it. */
export function glossaryFor(lang: Lang): { id: string; term: string; text: string }[] {
  const compare = compareWords(lang);
  return glossary
    .map((entry) => ({ id: entry.id, term: entry[lang].term, text: entry[lang].text }))
    .sort((a, b) => compare(a.term, b.term));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pattern(form: string): string {
  const first = form[0] ?? '';
  const rest = escape(form.slice(1)).replace(/ /g, '\\s+');
  return first !== first.toLowerCase() || first === first.toUpperCase() ? escape(first) + rest : `[${first}${first.toUpperCase()}]${rest}`;
}

export interface TermFinder {
  /** Each whole-word occurrence of a term in `text`, longest spelling first, with the term's id. */
  find(text: string): { index: number; length: number; id: string }[];
}

const finders = new Map<Lang, TermFinder>();

/**
 * Finds glossary terms in text shown to a `lang` player: that language's spellings and the Dutch ones (Dutch
 * words such as "Wmo" or a Dutch fallback text also occur on English screens).
 */
export function termFinder(lang: Lang): TermFinder {
  const cached = finders.get(lang);
  if (cached) return cached;
  const byForm = new Map<string, string>();
  for (const entry of glossary)
    for (const form of [...entry[lang].forms, ...entry.nl.forms]) if (!byForm.has(form)) byForm.set(form, entry.id);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map((f) => `(${pattern(f)})`).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  const finder: TermFinder = {
    find(text) {
      const found: { index: number; length: number; id: string }[] = [];
      for (const match of text.matchAll(regex)) {
        const group = match.slice(1).findIndex((g) => g !== undefined);
        const id = byForm.get(forms[group] ?? '');
        if (id) found.push({ index: match.index, length: match[0].length, id });
      }
      return found;
    },
  };
  finders.set(lang, finder);
  return finder;
}

export function explanationOf(id: string, lang: Lang): GlossarySide | undefined {
  return glossary.find((entry) => entry.id === id)?.[lang];
}
