import { h } from '../dom.ts';

/** Authored text with blank lines as paragraph breaks. */
export function paragraphs(text: string, className?: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => h('p', className ? { className } : {}, p));
}
