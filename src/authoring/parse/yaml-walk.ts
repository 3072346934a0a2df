import {
  isCollection,
  isMap,
  isPair,
  visit,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type visitorFn,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/** Where a node stands: in a pair (as its key or value) or in a sequence (at an index). */
export type Slot =
  | { readonly parent: Pair; readonly key: 'key' | 'value' }
  | { readonly parent: YAMLMap | YAMLSeq; readonly key: number }
  | { readonly parent: Document; readonly key: null };

/**
 * Every node of `doc` in document order (a node before what it contains, a key before its value),
 * with its slot. Iterative, without the path arrays the yaml package's `visit` builds at every node:
 * the loader walks large files several times.
 */
export function walkNodes(doc: Document, enter: (node: Node, slot: Slot) => void): void {
  const stack: { node: unknown; slot: Slot }[] = [{ node: doc.contents, slot: { parent: doc, key: null } }];
  while (stack.length > 0) {
    const { node, slot } = stack.pop()!;
    if (node === null || node === undefined || typeof node !== 'object') continue;
    enter(node as Node, slot);
    if (!isCollection(node)) continue;
    const items = node.items as unknown[];
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (isMap(node) && isPair(item)) {
        stack.push({ node: item.value, slot: { parent: item, key: 'value' } });
        stack.push({ node: item.key, slot: { parent: item, key: 'key' } });
      } else {
        stack.push({ node: item, slot: { parent: node, key: i } });
      }
    }
  }
}

/** What a check looks at in a shared walk: the pairs and the scalars, as the yaml package's `visit` gives them. */
export interface PairScalarVisitor {
  readonly Pair?: visitorFn<Pair>;
  readonly Scalar?: visitorFn<Scalar>;
}

/**
 * Several checks in one `visit` of the document: a walk of a large file costs more than most checks in it. What a
 * visitor returns is ignored (none of these skips or replaces a node).
 */
export function visitTogether(doc: Document, visitors: readonly PairScalarVisitor[]): void {
  visit(doc, {
    Pair(key, pair, path) {
      for (const visitor of visitors) visitor.Pair?.(key, pair, path);
    },
    Scalar(key, node, path) {
      for (const visitor of visitors) visitor.Scalar?.(key, node, path);
    },
  });
}
