import { layoutRouteMap, type LaidOutNode } from '../../domain/report/route-map-layout.ts';
import { routeMapSvg } from '../../domain/report/route-map-svg.ts';
import type { RouteGraph } from '../../domain/report/route-graph.ts';
import type { Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';
import { mapWords } from './route-map-words.ts';
import { fitView, panBy, reveal, viewBox, zoomAt, zoomCentre, type Size, type View } from './viewport.ts';

export interface RouteMapViewOptions {
  readonly lang: Lang;
  /** Left to right (the default, as the report page) or top to bottom. */
  readonly direction?: 'LR' | 'TB';
  /**
   * A moment was chosen (clicked, or Enter / Space on it): where the werkplaats jumps to its place in the YAML.
   * `line` is the line of the moment's key in the file, when the map was made from the file's text.
   */
  readonly onMomentSelected?: (momentId: string, line?: number) => void;
}

export interface RouteMapView {
  readonly element: HTMLElement;
  /** Shows the whole map again. */
  fit(): void;
  /** Marks a moment as the current one and brings it into view, without calling `onMomentSelected`. */
  select(momentId: string): void;
  /** Stops watching the viewport's size. */
  destroy(): void;
}

const ZOOM_STEP = 1.25;
const PAN_STEP = 60;
let views = 0;

function parseSvg(markup: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  return document.importNode(parsed, true) as unknown as SVGSVGElement;
}

/**
 * The route map as an interactive view: the drawing of the report page, laid out with dagre, in a viewport that
 * zooms and pans with the buttons, the keyboard, the wheel and two fingers. Moments are buttons.
 */
export function renderRouteMapView(graph: RouteGraph, options: RouteMapViewOptions): RouteMapView {
  const { lang } = options;
  const id = `route-map-${++views}`;
  const layout = layoutRouteMap(graph, { direction: options.direction ?? 'LR' });
  const boxes = new Map<string, LaidOutNode>(layout.nodes.map((node) => [node.key, node]));
  const svg = parseSvg(routeMapSvg(layout, mapWords(lang, graph.title), { interactive: true }));
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  const level = h('span', { className: 'route-map__level', 'data-zoom': '' });
  const button = (label: string, symbol: string, key: string, act: () => void) =>
    h(
      'button',
      { type: 'button', className: 'button button--quiet route-map__tool', 'aria-keyshortcuts': key, onclick: act },
      h('span', { 'aria-hidden': 'true' }, symbol),
      ` ${label}`,
    );
  const viewport = h(
    'div',
    {
      className: 'route-map__viewport',
      id: `${id}-viewport`,
      role: 'region',
      tabindex: 0,
      'aria-label': t(lang, 'map.viewport'),
      'aria-describedby': `${id}-help`,
    },
    svg,
  );
  let view: View = { x: 0, y: 0, scale: 1 };
  let size: Size = { width: 0, height: 0 };
  let fitted = false;

  const apply = (next: View) => {
    view = next;
    if (size.width > 0 && size.height > 0) svg.setAttribute('viewBox', viewBox(view, size));
    const percent = Math.round(view.scale * 100);
    level.textContent = t(lang, 'map.zoomLevel', { percent });
    level.dataset['zoom'] = String(percent);
  };
  const fit = () => apply(fitView(layout, size));
  const zoom = (factor: number) => apply(zoomCentre(view, factor, size));

  const element = h(
    'div',
    { className: 'route-map' },
    h(
      'div',
      { className: 'route-map__tools' },
      button(t(lang, 'map.zoomIn'), '+', '+', () => zoom(ZOOM_STEP)),
      button(t(lang, 'map.zoomOut'), '−', '-', () => zoom(1 / ZOOM_STEP)),
      button(t(lang, 'map.fit'), '⤢', '0', fit),
      level,
    ),
    // Folded on a phone, so the map keeps most of the height; the viewport's description either way.
    h(
      'details',
      { className: 'route-map__about', open: window.innerWidth >= 700 },
      h('summary', {}, t(lang, 'map.about')),
      h('p', {}, t(lang, 'own.map.legend')),
      h('p', { id: `${id}-help` }, t(lang, 'map.help')),
    ),
    viewport,
  );

  const measure = () => {
    size = { width: viewport.clientWidth, height: viewport.clientHeight };
    if (size.width === 0 || size.height === 0) return;
    if (fitted) apply(view);
    else {
      fitted = true;
      fit();
    }
  };
  const observer = new ResizeObserver(measure);
  observer.observe(viewport);

  const momentOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>('g[data-moment]') : null);
  const mark = (node: SVGGElement | null) => {
    for (const marked of svg.querySelectorAll('.rm-node--selected')) marked.classList.remove('rm-node--selected');
    node?.classList.add('rm-node--selected');
  };
  const choose = (node: SVGGElement) => {
    mark(node);
    const line = Number(node.dataset['line']);
    options.onMomentSelected?.(node.dataset['moment']!, Number.isFinite(line) && line > 0 ? line : undefined);
  };
  const revealNode = (node: Element) => {
    const box = boxes.get(node.getAttribute('data-key') ?? '');
    if (box && size.width > 0) apply(reveal(view, size, box));
  };

  // Drag to pan with one pointer, pinch to zoom with two; a press that hardly moves stays a click on a moment.
  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = false;
  const local = (event: PointerEvent) => {
    const rect = viewport.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  viewport.addEventListener('pointerdown', (event) => {
    if (pointers.size === 0) dragged = false;
    pointers.set(event.pointerId, local(event));
  });
  viewport.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const now = local(event);
    if (pointers.size === 1) {
      if (!dragged && Math.hypot(now.x - last.x, now.y - last.y) < 4) return;
      if (!dragged) viewport.setPointerCapture(event.pointerId);
      dragged = true;
      pointers.set(event.pointerId, now);
      apply(panBy(view, now.x - last.x, now.y - last.y));
      return;
    }
    const other = [...pointers].find(([pointer]) => pointer !== event.pointerId)?.[1];
    pointers.set(event.pointerId, now);
    if (!other) return;
    dragged = true;
    const before = Math.hypot(last.x - other.x, last.y - other.y);
    const after = Math.hypot(now.x - other.x, now.y - other.y);
    const middle = { x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 };
    if (before > 0) apply(panBy(zoomAt(view, after / before, middle), (now.x - last.x) / 2, (now.y - last.y) / 2));
  });
  const release = (event: PointerEvent) => pointers.delete(event.pointerId);
  viewport.addEventListener('pointerup', release);
  viewport.addEventListener('pointercancel', release);
  viewport.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const rect = viewport.getBoundingClientRect();
      const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      apply(zoomAt(view, Math.exp(-delta * 0.0015), { x: event.clientX - rect.left, y: event.clientY - rect.top }));
    },
    { passive: false },
  );
  viewport.addEventListener('click', (event) => {
    const node = momentOf(event.target);
    if (node && !dragged) choose(node);
  });
  viewport.addEventListener('focusin', (event) => {
    const node = momentOf(event.target);
    if (node) revealNode(node);
  });
  viewport.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const node = momentOf(event.target);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = moves[event.key];
    if (node && (event.key === 'Enter' || event.key === ' ')) choose(node);
    else if (move) apply(panBy(view, ...move));
    else if (event.key === '+' || event.key === '=') zoom(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') zoom(1 / ZOOM_STEP);
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  });

  apply(view);
  return {
    element,
    fit,
    select(momentId) {
      const node = [...svg.querySelectorAll<SVGGElement>('g[data-moment]')].find((g) => g.dataset['moment'] === momentId) ?? null;
      mark(node);
      if (node) revealNode(node);
    },
    destroy: () => observer.disconnect(),
  };
}
