import { isAlias, isCollection, isPair, type Document, type Node } from 'yaml';
import { walkNodes, type Slot } from './yaml-walk.ts';

/** Options the loader has always turned a document into data with: an anchor may be used 1000 times. */
const MAX_ALIAS_USES = 1000;
/** Nodes the aliases may stand for together once written out. */
const MAX_EXPANDED = 2_000_000;

/** Nodes in `node`, and whether an alias is among them (iteratively: nesting depth does not matter). */
function measure(node: Node): { size: number; hasAlias: boolean } {
  let size = 0;
  let hasAlias = false;
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.key, item.value);
      continue;
    }
    if (item === null || item === undefined) continue;
    size++;
    if (isAlias(item)) hasAlias = true;
    else if (isCollection(item)) stack.push(...item.items);
  }
  return { size, hasAlias };
}

type Replacement = { readonly slot: Slot; readonly alias: Node; readonly target: Node };

function put(slot: Slot, node: Node): void {
  if (slot.key === 'key' || slot.key === 'value') slot.parent[slot.key] = node;
  else if (typeof slot.key === 'number') slot.parent.items[slot.key] = node;
}

/**
 * For every alias, the node its anchor names, when replacing them is plainly safe: every alias points
 * back to an anchor without aliases inside it, no anchor is used more than the loader allows, and the
 * written-out size stays bounded. Undefined when the file is unusual in any of these ways.
 */
function aliasTargets(doc: Document): Replacement[] | undefined {
  const latest = new Map<string, Node>();
  const measured = new Map<Node, { size: number; hasAlias: boolean; uses: number }>();
  const replacements: Replacement[] = [];
  let expanded = 0;
  let safe = true;
  walkNodes(doc, (node, slot) => {
    if (!safe) return;
    if (!isAlias(node)) {
      if (node.anchor) latest.set(node.anchor, node);
      return;
    }
    const target = latest.get(node.source);
    const facts = target && (measured.get(target) ?? { ...measure(target), uses: 0 });
    if (!target || !facts || slot.key === null || facts.hasAlias || ++facts.uses > MAX_ALIAS_USES || (expanded += facts.size) > MAX_EXPANDED) {
      safe = false;
      return;
    }
    measured.set(target, facts);
    replacements.push({ slot, alias: node, target });
  });
  return safe ? replacements : undefined;
}

/**
 * The document as plain data, like `doc.toJS({ maxAliasCount: 1000 })`, which it falls back to.
 * The yaml package resolves each alias by scanning every anchor and alias before it, so a file with
 * thousands of aliases (a long casus sharing its value blocks) took seconds; here each alias is first
 * swapped for its anchored node, and swapped back after: the document is left as it was (positions of
 * diagnostics are read from it afterwards). Throws as the package does for unknown anchors or runaway aliasing.
 */
export function documentData(doc: Document): unknown {
  const replacements = aliasTargets(doc) ?? [];
  for (const { slot, target } of replacements) put(slot, target);
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_USES });
  } finally {
    for (const { slot, alias } of replacements) put(slot, alias);
  }
}
