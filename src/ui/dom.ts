import { lastInputWasKeyboard } from './input-modality.ts';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | EventListener>;

/** Creates an element: attributes (on* are listeners, false/undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'className') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) if (child !== null && child !== undefined && child !== false) parent.append(child);
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Moves focus to a heading so keyboard and screen-reader users land on the new content. */
export function focusHeading(container: Element, context?: Element | null): void {
  const heading = container.querySelector<HTMLElement>('[data-focus-on-show]');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    // The heading is where a screen reader starts reading; a ring round it is for keyboard players only.
    focusInView(heading, context, lastInputWasKeyboard(heading.ownerDocument));
  }
}

const MARGIN_PX = 12;

/**
 * Focuses without the browser's own scrolling, which would also scroll an embedding page; only this document
 * scrolls. With a `context` (the stage above the story), context and element are shown together when they
 * fit; otherwise the element is scrolled into view only if it is out of view.
 */
export function focusInView(element: HTMLElement, context?: Element | null, focusVisible?: boolean): void {
  element.focus({ preventScroll: true, ...(focusVisible === undefined ? {} : { focusVisible }) });
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const header = Math.max(element.ownerDocument.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0, 0);
  const floor = bottomOverlayTop(element.ownerDocument, view);
  const box = element.getBoundingClientRect();
  const top = (el: Element) => el.getBoundingClientRect().top + view.scrollY - header - MARGIN_PX;
  if (context) {
    const contextBox = context.getBoundingClientRect();
    const fits = box.bottom - contextBox.top <= floor - header - MARGIN_PX;
    const shown = contextBox.top >= header && box.bottom <= floor;
    if (fits && !shown) view.scrollTo({ top: top(context), behavior: 'instant' });
    if (fits) return;
  }
  if (box.top < header || box.bottom > floor) view.scrollTo({ top: top(element), behavior: 'instant' });
}

/**
 * Where the visible page ends above a bar or sheet fixed to the bottom of the screen (marked `data-bottom-overlay`,
 * like the kassabon's sheet on a phone): what is focused should not land underneath it.
 */
function bottomOverlayTop(doc: Document, view: Window): number {
  let floor = view.innerHeight;
  for (const overlay of doc.querySelectorAll('[data-bottom-overlay]')) {
    if (view.getComputedStyle(overlay).position !== 'fixed') continue;
    const top = overlay.getBoundingClientRect().top;
    if (top > 0 && top < floor) floor = top;
  }
  return floor;
}
