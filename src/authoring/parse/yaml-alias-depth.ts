import { isAlias, isCollection, isPair, type Document, type LineCounter } from 'yaml';
import { report } from '../diagnostics/registry.ts';
import { MAX_DEPTH } from './yaml-stream-scan.ts';
import type { Draft } from './draft.ts';

/**
 * Nesting that only appears once aliases are filled in: each `*naam` puts its anchor's whole value in
 * place, so a chain of anchors that each nest the previous one can build data thousands of levels deep
 * from a file the stream scan found shallow, and the checks after this one would run out of stack.
 * The written tree is at most MAX_DEPTH deep (parseYaml refused deeper streams), so plain recursion is safe
 * here; an anchor's depth is remembered, and YAML defines anchors before their aliases.
 */
export function aliasDepthProblem(doc: Document, lineCounter: LineCounter): Draft | undefined {
  const depths = new Map<unknown, number>();
  // Walking in document order, the anchor an alias means is the last one of that name seen so far
  // (Alias.resolve finds the same, but searches the whole document for every alias).
  const anchors = new Map<string, unknown>();
  let problem: Draft | undefined;
  const depthOf = (node: unknown, level: number): number => {
    if (problem) return 0;
    if (isAlias(node)) {
      const target = depths.get(anchors.get(node.source)) ?? 1;
      if (level + target > MAX_DEPTH) {
        const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
        problem = { line, column: col, ...report('SC055', 'alias', { name: node.source, limit: MAX_DEPTH }) };
      }
      return target;
    }
    const anchor = (node as { anchor?: unknown } | null)?.anchor;
    if (typeof anchor === 'string') anchors.set(anchor, node);
    if (!isCollection(node)) return 1;
    let deepest = 0;
    for (const item of node.items) {
      const parts = isPair(item) ? [item.key, item.value] : [item];
      for (const part of parts) deepest = Math.max(deepest, depthOf(part, level + 1));
    }
    depths.set(node, deepest + 1);
    return deepest + 1;
  };
  depthOf(doc.contents, 1);
  return problem;
}
