import type { Lang } from '../../domain/scenario/text.ts';
import { tw, type WerkplaatsMessageKey } from '../../i18n/werkplaats/index.ts';
import { h } from '../../ui/dom.ts';

/** The editor's keys worth knowing, each with what it does (the bindings are CodeMirror's and yaml-editor.ts's). */
const SHORTCUTS: readonly (readonly [keys: string, what: WerkplaatsMessageKey])[] = [
  ['Enter', 'shortcut.enter'],
  ['Tab / Shift+Tab', 'shortcut.tab'],
  ['Escape, Tab', 'shortcut.leave'],
  ['Ctrl+Space', 'shortcut.complete'],
  ['Ctrl+Shift+M', 'shortcut.messages'],
  ['F8 / Shift+F8', 'shortcut.nextMessage'],
  ['Ctrl+Alt+G', 'shortcut.line'],
  ['Ctrl+F', 'shortcut.find'],
  ['Ctrl+Z / Ctrl+Y', 'shortcut.undo'],
];

/** "Sneltoetsen": folded by default, so the editor keeps the first screen on a phone. */
export function shortcutHelp(lang: Lang): HTMLElement {
  return h(
    'details',
    { className: 'werkplaats__shortcuts' },
    h('summary', {}, tw(lang, 'shortcuts')),
    h(
      'dl',
      {},
      ...SHORTCUTS.flatMap(([keys, what]) => [
        h('dt', {}, h('kbd', {}, lang === 'nl' ? keys.replace('Space', 'spatie') : keys)),
        h('dd', {}, tw(lang, what)),
      ]),
    ),
  );
}
