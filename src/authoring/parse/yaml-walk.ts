import { isCollection, isMap, isPair, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

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
