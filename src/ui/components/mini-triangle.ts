import { VALUE_KEYS, type ValueKey } from '../../domain/scenario/model.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Corners of the waardendriehoek in a 64 × 56 box: legitimiteit on top, betrokkenheid left, rendement right. */
const CORNERS: Record<ValueKey, readonly [number, number]> = { legitimiteit: [32, 4], betrokkenheid: [4, 52], rendement: [60, 52] };
const CENTRE = [32, 36] as const;

function svgElement(tag: string, attrs: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  return element;
}

const points = (values: Readonly<Record<ValueKey, number>>): string =>
  VALUE_KEYS.map((key) => {
    const [x, y] = CORNERS[key];
    const share = Math.max(0, Math.min(100, values[key])) / 100;
    return `${(CENTRE[0] + (x - CENTRE[0]) * share).toFixed(1)},${(CENTRE[1] + (y - CENTRE[1]) * share).toFixed(1)}`;
  }).join(' ');

/**
 * A small waardendriehoek as inline SVG: the outline, and the three values as a filled shape (a balanced route
 * is a large, even triangle). `label` is its text alternative and must name the three values.
 */
export function miniTriangle(values: Readonly<Record<ValueKey, number>>, label: string): SVGElement {
  const svg = svgElement('svg', {
    viewBox: '0 0 64 56',
    width: '64',
    height: '56',
    role: 'img',
    'aria-label': label,
    class: 'mini-triangle',
    focusable: 'false',
  });
  svg.append(
    svgElement('polygon', { points: points({ legitimiteit: 100, betrokkenheid: 100, rendement: 100 }), class: 'mini-triangle__frame' }),
    svgElement('polygon', { points: points(values), class: 'mini-triangle__route' }),
  );
  return svg;
}
