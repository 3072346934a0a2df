import dagre from '@dagrejs/dagre';
import { nodeKey, type RouteGraph, type RouteGraphEdge, type RouteGraphNode } from './route-graph.ts';

/**
 * The route map laid out: boxes for moments and endings, arrows with their labels, in plain numbers (no DOM).
 * Dagre ranks the story left to right (time flows that way; top to bottom on a phone), orders each rank to cross few arrows, and places an
 * arrow's label as a box of its own, so no two boxes and no label overlap. Text is measured by an estimate of the
 * glyph widths: the drawing sets the font, and each line is cut to what fits.
 */

export interface LaidOutNode {
  /** "m:id" or "e:id". */
  readonly key: string;
  readonly node: RouteGraphNode;
  /** Top-left corner and size. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The title, wrapped to the box (the last line ends in "…" when it was cut). */
  readonly titleLines: readonly string[];
}

export interface LaidOutEdge {
  readonly edge: RouteGraphEdge;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** The label's box (top-left, size) and its lines: the option's label, then its condition. */
  readonly label: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly lines: readonly string[];
  };
}

export interface RouteMapLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}

export const FONT = { title: 13, caption: 11, label: 11 } as const;
export const LINE = { title: 16, caption: 14, label: 13 } as const;
export const NODE_WIDTH = 210;
export const NODE_PAD = 8;
const TITLE_LINES = 3;
const LABEL_CHARS = 30;
const MARGIN = 16;

/** A generous average glyph width (bold sans-serif): an estimate may leave room, never spill out of a box. */
export const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.62 : 0.56);

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Words into lines of at most `chars` characters, at most `maxLines` of them; a word too long is cut. */
export function wrap(text: string, chars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= chars) current = next;
    else {
      if (current) lines.push(current);
      current = clip(word, chars);
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), clip(lines.slice(maxLines - 1).join(' '), chars)];
}

/** How many caption lines a node has under its title: moments one (month · id), endings two (tone · id, cost). */
export const captionLines = (node: RouteGraphNode) => (node.kind === 'ending' && node.cost ? 2 : 1);

function nodeSize(node: RouteGraphNode): { width: number; height: number; titleLines: string[] } {
  const chars = Math.floor((NODE_WIDTH - 2 * NODE_PAD) / (FONT.title * 0.62));
  const titleLines = wrap(node.title, chars, TITLE_LINES);
  const height = 2 * NODE_PAD + titleLines.length * LINE.title + captionLines(node) * LINE.caption;
  return { width: NODE_WIDTH, height, titleLines };
}

/**
 * An arrow's label: the option's label cut to fit, its condition; when options of one moment read the same once
 * cut ("Op kamers met studiefinancier…"), their ids tell them apart.
 */
export function edgeLabels(edges: readonly RouteGraphEdge[]): string[][] {
  const first = edges.map((edge) => clip(edge.label, LABEL_CHARS));
  const seen = new Map<string, number>();
  edges.forEach((edge, i) => seen.set(`${edge.from}\u0000${first[i]!}`, (seen.get(`${edge.from}\u0000${first[i]!}`) ?? 0) + 1));
  return edges.map((edge, i) => [
    first[i]!,
    ...(seen.get(`${edge.from}\u0000${first[i]!}`)! > 1 ? [clip(`(${edge.optionId})`, LABEL_CHARS)] : []),
    ...(edge.requires ? [clip(`[${edge.requires}]`, LABEL_CHARS)] : []),
  ]);
}

export interface LayoutOptions {
  /** Time flows left to right (the default: wide screens, the report page) or top to bottom (a phone held upright). */
  readonly direction?: 'LR' | 'TB';
}

export function layoutRouteMap(graph: RouteGraph, options: LayoutOptions = {}): RouteMapLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: options.direction ?? 'LR', nodesep: 18, edgesep: 10, ranksep: 36, marginx: MARGIN, marginy: MARGIN });
  const sizes = new Map<string, ReturnType<typeof nodeSize> & { node: RouteGraphNode }>();
  for (const node of graph.nodes) {
    const size = { ...nodeSize(node), node };
    sizes.set(nodeKey(node), size);
    g.setNode(nodeKey(node), { width: size.width, height: size.height });
  }
  const labels = edgeLabels(graph.edges);
  graph.edges.forEach((edge, i) => {
    const from = nodeKey({ kind: 'moment', id: edge.from });
    const to = nodeKey(edge.to);
    if (!sizes.has(from) || !sizes.has(to)) return;
    const lines = labels[i]!;
    const width = Math.max(...lines.map((line) => textWidth(line, FONT.label))) + 6;
    g.setEdge(from, to, { width, height: lines.length * LINE.label + 4, labelpos: 'c', minlen: 1 }, `o${i}`);
  });
  dagre.layout(g);
  const nodes = [...sizes].map(([key, size]): LaidOutNode => {
    const placed = g.node(key) as { x: number; y: number };
    return {
      key,
      node: size.node,
      x: placed.x - size.width / 2,
      y: placed.y - size.height / 2,
      width: size.width,
      height: size.height,
      titleLines: size.titleLines,
    };
  });
  const edges = graph.edges.flatMap((edge, i): LaidOutEdge[] => {
    const from = nodeKey({ kind: 'moment', id: edge.from });
    const to = nodeKey(edge.to);
    const placed = g.edge(from, to, `o${i}`) as
      { points: { x: number; y: number }[]; x: number; y: number; width: number; height: number } | undefined;
    if (!placed) return [];
    const label = {
      x: placed.x - placed.width / 2,
      y: placed.y - placed.height / 2,
      width: placed.width,
      height: placed.height,
      lines: labels[i]!,
    };
    return [{ edge, points: placed.points.map(({ x, y }) => ({ x, y })), label }];
  });
  const size = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
