// The story of a casus as a graph, as plain data: made by src/authoring/report/route-graph.ts (in the checking
// worker and by `check:scenarios --report`), laid out and drawn by src/authoring/report/route-map-*.ts.

export interface RouteGraphMoment {
  readonly kind: 'moment';
  readonly id: string;
  /** Dutch: the casus's own text. */
  readonly title: string;
  readonly month: number;
  /** The moment the casus starts with. */
  readonly start: boolean;
  /** The line of its key in the YAML file, when the file was read as text in block style. */
  readonly line?: number;
}

export interface RouteGraphEnding {
  readonly kind: 'ending';
  readonly id: string;
  readonly title: string;
  readonly tone: string;
  /** What the routes to this ending cost, when the routes could be ranked. */
  readonly cost?: { readonly minCents: number; readonly maxCents: number };
  readonly line?: number;
}

export type RouteGraphNode = RouteGraphMoment | RouteGraphEnding;

/** One option: an arrow from its moment to the moment or ending it leads to. */
export interface RouteGraphEdge {
  readonly from: string;
  readonly to: { readonly kind: 'moment' | 'ending'; readonly id: string };
  readonly optionId: string;
  /** Dutch: the option's label. */
  readonly label: string;
  /** The condition in words, empty when there is none. */
  readonly requires: string;
}

export interface RouteGraph {
  readonly title: string;
  readonly nodes: readonly RouteGraphNode[];
  readonly edges: readonly RouteGraphEdge[];
}

/** Moments and endings may share an id: the drawing keys them apart. */
export const nodeKey = (node: { readonly kind: 'moment' | 'ending'; readonly id: string }) =>
  `${node.kind === 'ending' ? 'e' : 'm'}:${node.id}`;
