import { langOf, pick, type Lang, type Text } from '../../domain/scenario/text.ts';
import { h } from '../dom.ts';

/** Authored text with blank lines as paragraph breaks, marked with the language it is really in. */
export function paragraphs(text: Text, lang: Lang, className?: string): HTMLElement[] {
  const shownLang = langOf(text, lang);
  return pick(text, lang)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => h('p', { dir: 'auto', ...(className ? { className } : {}), ...(shownLang !== lang ? { lang: shownLang } : {}) }, p));
}

/** Author text inside an interface sentence, as plain text: first-strong isolates keep its direction to itself. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * Inline authored text, isolated for bidi (a stray right-to-left override in a name must not reverse the
 * text around it) and marked with its language when it falls back to another one.
 */
export function inline(text: Text, lang: Lang): HTMLElement {
  const shownLang = langOf(text, lang);
  return h('bdi', shownLang === lang ? {} : { lang: shownLang }, pick(text, lang));
}
