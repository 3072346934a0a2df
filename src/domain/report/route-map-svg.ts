import { esc } from './escape-markup.ts';
import type { RouteGraphNode } from './route-graph.ts';
import { FONT, LINE, NODE_PAD, type LaidOutEdge, type LaidOutNode, type RouteMapLayout } from './route-map-layout.ts';

/** The words the drawing needs in the reader's language; the casus's own text stays Dutch (lang="nl"). */
export interface RouteMapWords {
  /** The drawing's accessible name. */
  readonly name: string;
  /** "maand 3 · signaal" */
  readonly moment: (month: number, id: string, start: boolean) => string;
  /** "einde (goed) · uit-beeld" */
  readonly ending: (tone: string, id: string) => string;
  /** "regel 164" */
  readonly line: (line: number) => string;
  /** Whole euros with no-break spaces. */
  readonly money: (cents: number) => string;
}

export interface RouteMapSvgOptions {
  /** Moments become buttons (role, tab stop, name) for the game's map; the report page's drawing is a picture. */
  readonly interactive?: boolean;
}

const TONE_FILL: Record<string, string> = { goed: '#e3f1e3', gemengd: '#f6efd9', zorgelijk: '#f6e1df' };

const amountText = (node: RouteGraphNode, money: RouteMapWords['money']) =>
  node.kind === 'ending' && node.cost
    ? node.cost.minCents === node.cost.maxCents
      ? money(node.cost.minCents)
      : `${money(node.cost.minCents)} – ${money(node.cost.maxCents)}`
    : '';

function caption(node: RouteGraphNode, words: RouteMapWords): string {
  return node.kind === 'moment' ? words.moment(node.month, node.id, node.start) : words.ending(node.tone, node.id);
}

function nodeSvg(laid: LaidOutNode, words: RouteMapWords, interactive: boolean): string {
  const { node, x, y, width, height } = laid;
  const tx = x + NODE_PAD;
  const titleTop = y + NODE_PAD + FONT.title;
  const captionTop = y + NODE_PAD + laid.titleLines.length * LINE.title + FONT.caption;
  const amount = amountText(node, words.money);
  const place = node.line ? `, ${words.line(node.line)}` : '';
  const tooltip = `${node.title} — ${caption(node, words)}${amount ? ` · ${amount}` : ''}${place}`;
  const ending = node.kind === 'ending';
  const fill = ending ? (TONE_FILL[node.tone] ?? '#eef6ee') : '#f3f1ea';
  const start = node.kind === 'moment' && node.start;
  const button =
    interactive && !ending ? ` role="button" tabindex="0" aria-label="${esc(`${node.title}, ${caption(node, words)}${place}`)}"` : '';
  const data = `data-key="${esc(laid.key)}"${ending ? ` data-ending="${esc(node.id)}"` : ` data-moment="${esc(node.id)}"`}${node.line ? ` data-line="${node.line}"` : ''}`;
  return (
    `<g class="rm-node rm-node--${node.kind}${start ? ' rm-node--start' : ''}" ${data}${button}><title>${esc(tooltip)}</title>` +
    `<rect class="rm-box" x="${x}" y="${y}" width="${width}" height="${height}" rx="${ending ? 14 : 4}" fill="${fill}" stroke="#444" stroke-width="${start ? 2.5 : 1}"/>` +
    `<text class="rm-title" lang="nl" x="${tx}" y="${titleTop}" font-size="${FONT.title}" font-weight="bold" fill="#1f2a44">${laid.titleLines.map((line, i) => `<tspan x="${tx}" dy="${i === 0 ? 0 : LINE.title}">${esc(line)}</tspan>`).join('')}</text>` +
    `<text class="rm-caption" x="${tx}" y="${captionTop}" font-size="${FONT.caption}" fill="#4a4a4a">${esc(caption(node, words))}</text>` +
    (amount
      ? `<text class="rm-amount amount" x="${tx}" y="${captionTop + LINE.caption}" font-size="${FONT.caption}" font-weight="bold" fill="#1f2a44">${esc(amount)}</text>`
      : '') +
    '</g>'
  );
}

function edgeSvg(laid: LaidOutEdge): string {
  const { edge, points, label } = laid;
  const [first, ...rest] = points;
  if (!first) return '';
  const d = `M${first.x},${first.y}${rest.map((p) => ` L${p.x},${p.y}`).join('')}`;
  const dash = edge.requires ? ' stroke-dasharray="5 4"' : '';
  const tooltip = `${edge.from} → ${edge.optionId}${edge.requires ? ` [${edge.requires}]` : ''}: ${edge.label}`;
  const text = label.lines
    .map(
      (line, i) =>
        `<text x="${label.x + 3}" y="${label.y + 2 + FONT.label + i * LINE.label}" font-size="${FONT.label}" fill="${line.startsWith('[') ? '#6a3d00' : '#222'}"${i === 0 ? ' lang="nl"' : ''}>${esc(line)}</text>`,
    )
    .join('');
  return (
    `<g class="rm-edge"><title>${esc(tooltip)}</title><path d="${d}" fill="none" stroke="#666" stroke-width="1.4"${dash} marker-end="url(#rm-pijl)"/>` +
    `<rect x="${label.x}" y="${label.y}" width="${label.width}" height="${label.height}" fill="#ffffff" fill-opacity="0.85"/>${text}</g>`
  );
}

/**
 * The route map as one SVG string: the same drawing in the report page and in the game. Arrows first, boxes on
 * top; a dashed arrow has a condition. Every text is escaped.
 */
export function routeMapSvg(layout: RouteMapLayout, words: RouteMapWords, options: RouteMapSvgOptions = {}): string {
  const interactive = options.interactive ?? false;
  const role = interactive ? 'group' : 'img';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="rm-svg" role="${role}" aria-label="${esc(words.name)}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="system-ui, sans-serif">`,
    '<defs><marker id="rm-pijl" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#666"/></marker></defs>',
    ...layout.edges.map(edgeSvg),
    ...layout.nodes.map((node) => nodeSvg(node, words, interactive)),
    '</svg>',
  ].join('\n');
}
