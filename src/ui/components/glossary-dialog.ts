import type { Lang } from '../../domain/scenario/text.ts';
import { glossaryFor } from '../../i18n/glossary/index.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';

/** The whole glossary in a modal dialog (Escape or the button closes it; focus returns to `opener`). */
export function openGlossary(lang: Lang, opener: HTMLElement): HTMLDialogElement {
  const close = h('button', { type: 'button', className: 'button button--quiet glossary__close' }, t(lang, 'glossary.close'));
  const dialog = h(
    'dialog',
    { className: 'glossary', 'aria-labelledby': 'glossary-heading' },
    h('div', { className: 'glossary__head' }, h('h2', { id: 'glossary-heading' }, t(lang, 'glossary.heading')), close),
    h('p', { className: 'muted' }, t(lang, 'glossary.intro')),
    h(
      'dl',
      { className: 'glossary__list' },
      ...glossaryFor(lang).map((entry) =>
        h('div', { className: 'glossary__entry', id: `begrip-${entry.id}` }, h('dt', {}, entry.term), h('dd', {}, entry.text)),
      ),
    ),
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener.focus({ preventScroll: true });
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus({ preventScroll: true });
  return dialog;
}
