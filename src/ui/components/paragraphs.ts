import { langOf, pick, type Lang, type Text } from '../../domain/scenario/text.ts';
import { h } from '../dom.ts';

/** Authored text with blank lines as paragraph breaks, marked with the language it is really in. */
export function paragraphs(text: Text, lang: Lang, className?: string): HTMLElement[] {
  const shownLang = langOf(text, lang);
  return pick(text, lang)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => h('p', { ...(className ? { className } : {}), ...(shownLang !== lang ? { lang: shownLang } : {}) }, p));
}

/** Inline authored text in an element of its own when it falls back to another language. */
export function inline(text: Text, lang: Lang): HTMLElement | string {
  const shownLang = langOf(text, lang);
  return shownLang === lang ? pick(text, lang) : h('span', { lang: shownLang }, pick(text, lang));
}
