import { isAlias, type Alias, type Document, type Node } from 'yaml';
import { walkNodes, type Slot } from './yaml-walk.ts';

export interface AliasUse {
  readonly alias: Alias;
  readonly slot: Slot;
  /** The node its anchor names, undefined for an unknown anchor. */
  readonly target: Node | undefined;
  /** How often that anchor has been used up to and including this alias. */
  readonly use: number;
}

/**
 * Every alias of the document with the node it stands for, found in one walk. `Alias.resolve` gives the same
 * answer (the last node with that anchor before the alias, in document order) but searches the whole
 * document for every alias: a file using one anchor 20,000 times took a minute to explain.
 */
export function aliasUses(doc: Document): AliasUse[] {
  const latest = new Map<string, Node>();
  const uses = new Map<Node, number>();
  const found: AliasUse[] = [];
  walkNodes(doc, (node, slot) => {
    if (!isAlias(node)) {
      if (node.anchor) latest.set(node.anchor, node);
      return;
    }
    const target = latest.get(node.source);
    const use = target ? (uses.get(target) ?? 0) + 1 : 0;
    if (target) uses.set(target, use);
    found.push({ alias: node, slot, target, use });
  });
  return found;
}

/** An alias written inside the very node its anchor names: data that would contain itself. */
export const insideOwnAnchor = ({ alias, target }: AliasUse): boolean => {
  const at = alias.range?.[0];
  return target?.range !== undefined && target.range !== null && at !== undefined && target.range[0] <= at && at < target.range[2];
};
