import { isMap, isSeq, isScalar, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export type PathSegment = string | number;

function keyName(key: unknown): unknown {
  return isScalar(key) ? key.value : key;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** Pairs of large maps by key, built once per map: a file with 5000 moments and a message at each stays linear. */
const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, segment: PathSegment): Pair | undefined {
  const name = String(segment);
  if (map.items.length <= 16) return map.items.find((p) => String(keyName(p.key)) === name) as Pair | undefined;
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    // The first pair with a key wins, as with find(); duplicate keys are a syntax error anyway.
    for (const pair of map.items) {
      const key = String(keyName(pair.key));
      if (!index.has(key)) index.set(key, pair as Pair);
    }
    indexes.set(map, index);
  }
  return index.get(name);
}

/**
 * Where a path into the parsed data stands in the YAML source. Walks as deep as the
 * path exists; a missing key is reported at the object that should hold it. With
 * `keyOf`, points at the key of that entry in the object at `path` (for unknown keys).
 */
export function locate(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[], keyOf?: string): Position {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  const segments = keyOf === undefined ? path : [...path, keyOf];
  for (const [index, segment] of segments.entries()) {
    let next: unknown;
    if (isMap(node)) {
      const pair = pairOf(node, segment);
      if (!pair) break;
      const isLast = index === segments.length - 1;
      if (isLast && keyOf !== undefined) {
        offset = rangeStart(pair.key) ?? offset;
        break;
      }
      next = pair.value ?? pair.key;
      // An empty value has no range of its own: point at its key.
      if (rangeStart(next) === undefined) {
        offset = rangeStart(pair.key) ?? offset;
        break;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    const start = rangeStart(next);
    if (next === undefined || start === undefined) break;
    node = next;
    offset = start;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The value at `path` as the trainer wrote it (`002`, not the number 2 it reads as), when it is a single value. */
export function writtenAt(doc: Document, path: readonly PathSegment[]): string | undefined {
  const node: unknown = doc.getIn(path, true);
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}
