import type { Lang } from '../../domain/scenario/text.ts';
import { explanationOf, termFinder } from '../../i18n/glossary/index.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';

/** Text inside these is never marked: a button may not hold a button, and headings stay plain. */
const SKIP =
  'button, a, summary, label, legend, select, textarea, h1, h2, h3, h4, h5, h6, .term, .term-note, [aria-hidden="true"], [data-no-terms]';
/** The explanation opens at the end of the nearest of these around the term (always phrasing content: a span). */
const BLOCK = 'p, li, dd, dt, td, th, blockquote, figcaption, div, section';

let notes = 0;

function disclosure(word: string, id: string, lang: Lang, block: Element): HTMLElement | null {
  const side = explanationOf(id, lang);
  if (!side) return null;
  notes += 1;
  const noteId = `term-note-${notes}`;
  const note = h('span', { className: 'term-note', id: noteId, hidden: true }, h('strong', {}, side.term), ` ${side.text}`);
  const button = h(
    'button',
    { type: 'button', className: 'term', 'aria-expanded': 'false', 'aria-controls': noteId },
    word,
    h('span', { className: 'sr-only' }, ` (${t(lang, 'glossary.explain')})`),
  );
  let open = false;
  const toggle = (next: boolean) => {
    open = next;
    button.setAttribute('aria-expanded', String(open));
    note.hidden = !open;
  };
  button.addEventListener('click', () => toggle(!open));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      toggle(false);
    }
  });
  block.append(note);
  return button;
}

function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Marks the first occurrence of each glossary term under `root` (those in `seen` are skipped and the marked
 * ones added): the word becomes a button that opens its explanation, in the player's language, just after
 * the paragraph. Keyboard and screen readers get a plain disclosure (aria-expanded), never a hover tooltip.
 */
export function markTerms(root: Element, lang: Lang, seen: Set<string> = new Set()): void {
  const finder = termFinder(lang);
  for (const node of textNodes(root)) {
    const block = node.parentElement?.closest(BLOCK);
    if (!block || !root.contains(block)) continue;
    const text = node.data;
    const hits = finder.find(text).filter((hit) => {
      if (seen.has(hit.id)) return false;
      seen.add(hit.id);
      return true;
    });
    if (hits.length === 0) continue;
    const parts: (Node | string)[] = [];
    let at = 0;
    for (const hit of hits) {
      const button = disclosure(text.slice(hit.index, hit.index + hit.length), hit.id, lang, block);
      if (!button) continue;
      parts.push(text.slice(at, hit.index), button);
      at = hit.index + hit.length;
    }
    parts.push(text.slice(at));
    node.replaceWith(...parts.filter((part) => part !== ''));
  }
}
