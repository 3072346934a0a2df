import type { ChartedRouteKind } from '../../../../domain/play/route-kinds.ts';
import { DECISION_MARK, ROUTE_COLOURS, ROUTE_DASHES, ROUTE_WIDTHS } from '../../../../palette/chart-palette.ts';
import { h } from '../../../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svg(width: number, height: number, ...children: SVGElement[]): SVGSVGElement {
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('class', 'chart-legend__key');
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('focusable', 'false');
  root.append(...children);
  return root;
}

function shape(tag: string, attrs: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** A route's key: a short piece of its own line, in its colour and its dash pattern. */
export function routeKey(kind: ChartedRouteKind): SVGSVGElement {
  return svg(
    36,
    12,
    shape('line', {
      x1: 1,
      y1: 6,
      x2: 35,
      y2: 6,
      stroke: ROUTE_COLOURS[kind],
      'stroke-width': ROUTE_WIDTHS[kind],
      'stroke-dasharray': ROUTE_DASHES[kind].join(' ') || 'none',
    }),
  );
}

/** A payer's key: a filled block, as its band in the stacked chart. */
export function payerKey(colour: string): SVGSVGElement {
  return svg(22, 14, shape('rect', { x: 1, y: 1, width: 20, height: 12, rx: 2, fill: colour }));
}

/** The decision key: the chart's dashed ink line under its diamond. */
export function decisionKey(): SVGSVGElement {
  const d = DECISION_MARK.diamond;
  return svg(
    16,
    24,
    shape('path', { d: `M8 ${1} L${8 + d} ${1 + d} L8 ${1 + 2 * d} L${8 - d} ${1 + d} Z`, fill: DECISION_MARK.colour }),
    shape('line', {
      x1: 8,
      y1: 1 + 2 * d,
      x2: 8,
      y2: 24,
      stroke: DECISION_MARK.colour,
      'stroke-width': DECISION_MARK.width,
      'stroke-dasharray': DECISION_MARK.dash.join(' '),
    }),
  );
}

/** A legend row: each item's key drawn as in the chart, and its name. */
export function chartLegend(items: readonly (readonly [string, SVGSVGElement, string])[]): HTMLElement {
  return h(
    'ul',
    { className: 'chart-legend' },
    ...items.map(([label, key, meaning]) => h('li', { 'data-key': meaning }, key, h('span', {}, label))),
  );
}
