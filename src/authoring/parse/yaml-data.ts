import { isAlias, isCollection, isPair, type Alias, type Document, type Node } from 'yaml';
import { aliasUses, insideOwnAnchor } from './yaml-aliases.ts';
import type { Slot } from './yaml-walk.ts';

/** The loader has always allowed an anchor 1000 uses (the yaml package's `maxAliasCount`). */
export const MAX_ALIAS_USES = 1000;
/** Nodes the aliases may stand for together once written out: bounds "billion laughs" nesting of anchors. */
const MAX_EXPANDED = 2_000_000;

export type AliasProblemKind = 'unknown' | 'tooMany' | 'tooLarge' | 'self';

/** Why the aliases of a document cannot become data, and which alias showed it first. */
export class AliasProblem extends Error {
  constructor(
    readonly kind: AliasProblemKind,
    readonly alias: Alias,
  ) {
    super(`YAML alias *${alias.source}: ${kind}`);
  }
}

function put(slot: Slot, node: Node): void {
  if (slot.key === 'key' || slot.key === 'value') slot.parent[slot.key] = node;
  else if (typeof slot.key === 'number') slot.parent.items[slot.key] = node;
}

/** Nodes in `node` once its aliases are written out; `sizes` holds the size of every anchor used so far. */
function expandedSize(node: Node, targetOf: ReadonlyMap<Alias, Node>, sizes: ReadonlyMap<Node, number>): number {
  let size = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.key, item.value);
      continue;
    }
    if (item === null || item === undefined) continue;
    if (isAlias(item)) size += sizes.get(targetOf.get(item)!) ?? 1;
    else {
      size++;
      if (isCollection(item)) stack.push(...item.items);
    }
  }
  return size;
}

/**
 * The document as plain data, like `doc.toJS({ maxAliasCount: 1000 })`, in time linear in the written-out
 * size. The yaml package resolves each alias by scanning every anchor and alias before it, so a file with
 * thousands of aliases took minutes; here every alias is found in one walk and swapped for its anchored node,
 * and swapped back after: the document is left as it was (positions of diagnostics are read from it
 * afterwards). Throws an AliasProblem, naming the alias, for an unknown anchor, an anchor used more than
 * MAX_ALIAS_USES times, an alias inside its own anchor, or aliases that together write out too much.
 */
export function documentData(doc: Document): unknown {
  const uses = aliasUses(doc);
  const targetOf = new Map<Alias, Node>();
  const sizes = new Map<Node, number>();
  let expanded = 0;
  for (const use of uses) {
    const { alias, target } = use;
    if (!target || use.slot.key === null) throw new AliasProblem('unknown', alias);
    if (insideOwnAnchor(use)) throw new AliasProblem('self', alias);
    if (use.use > MAX_ALIAS_USES) throw new AliasProblem('tooMany', alias);
    targetOf.set(alias, target);
    // An anchor's aliases all come after it ends, so the aliases inside it are already measured.
    let size = sizes.get(target);
    if (size === undefined) {
      size = expandedSize(target, targetOf, sizes);
      sizes.set(target, size);
    }
    expanded += size;
    if (expanded > MAX_EXPANDED) throw new AliasProblem('tooLarge', alias);
  }
  for (const { slot, alias } of uses) put(slot, targetOf.get(alias)!);
  try {
    return doc.toJS({ maxAliasCount: -1 });
  } finally {
    for (const { slot, alias } of uses) put(slot, alias);
  }
}
