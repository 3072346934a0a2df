/**
 * Where each moment and ending of a casus starts in its YAML text: the line of its key under `moments:` and
 * `endings:`. A plain scan of block-style YAML (as every casus and the template are written), so the worker need
 * not keep the parsed document; a key it cannot find (flow style, anchors) simply has no line.
 */
export interface KeyLines {
  readonly moments: ReadonlyMap<string, number>;
  readonly endings: ReadonlyMap<string, number>;
}

const TOP_KEY = /^([A-Za-z_][\w-]*)\s*:\s*(?:#.*)?$/;
const CHILD_KEY = /^(\s+)(?:"([^"]+)"|'([^']+)'|([^\s"'#:][^:#]*?))\s*:(?:\s|$)/;

function childLines(lines: readonly string[], from: number): Map<string, number> {
  const found = new Map<string, number>();
  let indent: number | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    if (!/^\s/.test(line)) break; // the next top-level key
    const match = CHILD_KEY.exec(line);
    const width = /^\s*/.exec(line)![0].length;
    indent ??= width;
    if (width !== indent || !match) continue;
    const key = match[2] ?? match[3] ?? match[4]!;
    if (!found.has(key)) found.set(key, i + 1);
  }
  return found;
}

export function keyLines(source: string): KeyLines {
  const lines = source.split(/\r\n|\r|\n/);
  const sections: Record<string, Map<string, number>> = {};
  lines.forEach((line, i) => {
    const name = TOP_KEY.exec(line)?.[1];
    if ((name === 'moments' || name === 'endings') && !sections[name]) sections[name] = childLines(lines, i + 1);
  });
  return { moments: sections['moments'] ?? new Map(), endings: sections['endings'] ?? new Map() };
}
