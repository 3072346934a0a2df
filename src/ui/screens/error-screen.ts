import type { Lang } from '../../domain/scenario/text.ts';
import { focusHeading, h, replaceChildren } from '../dom.ts';
import { t } from '../../i18n/index.ts';

/** Shown for anything unexpected: never a blank page. Progress is in storage, so restarting resumes. */
export function renderErrorScreen(container: HTMLElement, lang: Lang, detail: string): void {
  const screen = h(
    'section',
    { className: 'screen error-screen', 'aria-labelledby': 'error-heading' },
    h('h1', { id: 'error-heading', 'data-focus-on-show': true }, t(lang, 'error.heading')),
    h('p', {}, t(lang, 'error.body')),
    h('button', { type: 'button', className: 'button button--primary', onclick: () => window.location.reload() }, t(lang, 'error.restart')),
    h('details', {}, h('summary', {}, t(lang, 'error.details')), h('pre', {}, detail)),
  );
  replaceChildren(container, screen);
  focusHeading(screen);
}
