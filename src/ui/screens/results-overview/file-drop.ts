import type { Lang } from '../../../domain/scenario/text.ts';
import { tr } from '../../../i18n/overzicht/index.ts';
import { h } from '../../dom.ts';

/** A file picker for many result files at once, and a box to drop them on; nothing leaves the browser. */
export function fileDropZone(
  lang: Lang,
  actions: { readonly onFiles: (files: readonly File[]) => void; readonly onClear: () => void },
): HTMLElement {
  const input = h('input', { type: 'file', id: 'result-files', multiple: true, accept: '.json,application/json' });
  input.addEventListener('change', () => {
    if (input.files && input.files.length > 0) actions.onFiles([...input.files]);
    // The same files chosen again must fire 'change' again.
    input.value = '';
  });
  const zone = h(
    'section',
    { className: 'drop-zone', 'aria-labelledby': 'pick-heading' },
    h('h2', { id: 'pick-heading' }, tr(lang, 'pick.heading')),
    h('label', { for: 'result-files', className: 'drop-zone__label' }, tr(lang, 'pick.label')),
    input,
    h('p', { className: 'muted' }, tr(lang, 'pick.drop')),
    h(
      'div',
      { className: 'button-row' },
      h('button', { type: 'button', className: 'button', onclick: actions.onClear }, tr(lang, 'pick.clear')),
    ),
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('is-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('is-over');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) actions.onFiles(files);
  });
  return zone;
}
