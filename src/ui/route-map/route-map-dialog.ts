import type { RouteGraph } from '../../domain/report/route-graph.ts';
import type { Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { renderRouteMapView, type RouteMapView } from './route-map-view.ts';

export interface RouteMapDialogOptions {
  readonly lang: Lang;
  /** Gets focus back when the dialog closes (Escape or the close button). */
  readonly opener: HTMLElement;
  /**
   * A moment was chosen: the dialog closes and this is called instead of returning focus to `opener` (the caller
   * shows the moment's place: a line in the editor, an item in the story in words).
   */
  readonly onMomentSelected?: (momentId: string, line?: number) => void;
}

/** The route map over the whole width, in a modal dialog: Escape or the button closes it; focus returns to `opener`. */
export function openRouteMapDialog(graph: RouteGraph, options: RouteMapDialogOptions): { dialog: HTMLDialogElement; view: RouteMapView } {
  const { lang, opener } = options;
  let chosen: { momentId: string; line?: number } | undefined;
  const view = renderRouteMapView(graph, {
    lang,
    ...(options.onMomentSelected
      ? {
          onMomentSelected: (momentId: string, line?: number) => {
            chosen = { momentId, ...(line !== undefined ? { line } : {}) };
            dialog.close();
          },
        }
      : {}),
  });
  const close = h('button', { type: 'button', className: 'button button--quiet route-map-dialog__close' }, t(lang, 'map.close'));
  const dialog = h(
    'dialog',
    { className: 'route-map-dialog', 'aria-labelledby': 'route-map-dialog-heading' },
    h(
      'div',
      { className: 'route-map-dialog__head' },
      h('h2', { id: 'route-map-dialog-heading' }, t(lang, 'map.heading', { title: graph.title })),
      close,
    ),
    view.element,
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    view.destroy();
    dialog.remove();
    if (chosen && options.onMomentSelected) options.onMomentSelected(chosen.momentId, chosen.line);
    else opener.focus({ preventScroll: true });
  });
  document.body.append(dialog);
  dialog.showModal();
  view.element.querySelector<HTMLElement>('.route-map__viewport')?.focus({ preventScroll: true });
  return { dialog, view };
}
