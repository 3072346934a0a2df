import { h } from '../../../dom.ts';
import { LastKey } from '../../../view-key.ts';

/** Which debrief is shown: a casus and the route played through it, as [moment, option] per step. */
export interface DebriefRoute {
  readonly scenarioId: string;
  readonly route: readonly (readonly [momentId: string, optionId: string])[];
}

/**
 * Which sections of the current debrief are open. A debrief is redrawn on a language switch and on app
 * events; what the player opened stays open until another route's debrief is shown.
 */
const chosen = new Map<string, boolean>();
const openFor = new LastKey<DebriefRoute>();

export function rememberSectionsOf(debrief: DebriefRoute): void {
  if (openFor.changed(debrief)) chosen.clear();
}

export interface Disclosure {
  readonly section: HTMLElement;
  readonly setOpen: (isOpen: boolean) => void;
  readonly isOpen: () => boolean;
}

/**
 * Turns a debrief section into a disclosure (the APG accordion pattern): its first heading holds a button
 * with aria-expanded, the rest of the section moves into a panel. A closed panel is `hidden="until-found"`,
 * so find-in-page still reaches its text and opens it; print shows every panel (debrief.css).
 */
export function collapsible(section: HTMLElement, openByDefault = false): Disclosure {
  const heading = section.querySelector<HTMLElement>(':scope > h3');
  if (!heading?.id) throw new Error('A collapsible debrief section needs an h3 with an id as its first heading');
  const key = heading.id;
  const panel = h('div', { className: 'debrief-panel', id: `${key}-panel` });
  const button = h('button', { type: 'button', className: 'debrief-section__toggle', 'aria-expanded': 'false', 'aria-controls': panel.id });
  button.append(...heading.childNodes);
  heading.append(button);
  panel.append(...[...section.childNodes].filter((node) => node !== heading));
  section.append(panel);
  section.classList.add('debrief-section');
  const setOpen = (isOpen: boolean) => {
    chosen.set(key, isOpen);
    button.setAttribute('aria-expanded', String(isOpen));
    section.classList.toggle('debrief-section--open', isOpen);
    if (isOpen) panel.removeAttribute('hidden');
    else panel.setAttribute('hidden', 'until-found');
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  // Find-in-page opened the panel by itself: say so on the button too.
  panel.addEventListener('beforematch', () => setOpen(true));
  setOpen(chosen.get(key) ?? openByDefault);
  return { section, setOpen, isOpen: () => chosen.get(key) === true };
}

/** One button that opens every section, or closes them all once all are open. */
export function toggleAll(
  disclosures: readonly Disclosure[],
  labels: { readonly open: string; readonly close: string },
): HTMLButtonElement {
  const button = h('button', { type: 'button', className: 'button button--small debrief-sections__all' });
  const label = () => {
    button.textContent = disclosures.every((d) => d.isOpen()) ? labels.close : labels.open;
  };
  button.addEventListener('click', () => {
    const openAll = !disclosures.every((d) => d.isOpen());
    disclosures.forEach((d) => d.setOpen(openAll));
    label();
  });
  for (const d of disclosures)
    d.section.addEventListener('click', (event) => {
      if ((event.target as Element).closest('.debrief-section__toggle')) label();
    });
  label();
  return button;
}
