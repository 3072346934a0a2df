import { isAlias, isCollection, isScalar, Scalar, visit, type Document, type LineCounter, type Node } from 'yaml';
import { report, type Report } from '../diagnostics/registry.ts';
import { aliasDepthProblem } from './yaml-alias-depth.ts';
import { aliasUses } from './yaml-aliases.ts';
import type { Draft } from './draft.ts';

/** Keys that turn into JavaScript's own object machinery instead of data, so their content would vanish. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

function keyProblem(key: unknown, targets: () => ReadonlyMap<unknown, unknown>): Report | undefined {
  const resolved = isAlias(key) ? targets().get(key) : key;
  if (isCollection(resolved)) return report('SC056', 'collection');
  if (!isScalar(resolved) || typeof resolved.value !== 'string') return undefined;
  if (RESERVED.has(resolved.value)) return report('SC052', 'reserved', { key: resolved.value });
  // A quoted '<<' is an ordinary (unknown) key; only the plain one means "merge" to YAML 1.1 readers.
  if (resolved.value === '<<' && resolved.type === Scalar.PLAIN) return report('SC054', 'merge');
  return undefined;
}

/**
 * Keys the parser accepts but the data could not keep: reserved JavaScript names, YAML 1.1 merge keys
 * and lists or objects used as keys. Each would be dropped or mangled silently when the document becomes
 * data, so they are refused on the syntax tree, before that happens. Every occurrence is reported.
 */
function keyHazards(doc: Document, lineCounter: LineCounter): Draft[] {
  const drafts: Draft[] = [];
  // Aliases as keys are rare: their anchors are looked up in one walk, and only when one is met.
  let resolved: ReadonlyMap<unknown, unknown> | undefined;
  const targets = () => (resolved ??= new Map(aliasUses(doc).map(({ alias, target }) => [alias, target])));
  visit(doc, {
    Pair(_, pair) {
      const problem = keyProblem(pair.key, targets);
      if (!problem) return undefined;
      const { line, col } = lineCounter.linePos((pair.key as Node | null)?.range?.[0] ?? 0);
      drafts.push({ line, column: col, ...problem });
      // Whatever sits inside a refused key is not worth a second message.
      return isCollection(pair.key) ? visit.SKIP : undefined;
    },
  });
  return drafts;
}

/** What the syntax tree holds that must not become data: the hazardous keys, then runaway alias nesting. */
export function yamlDocumentHazards(doc: Document, lineCounter: LineCounter): Draft[] {
  const keys = keyHazards(doc, lineCounter);
  if (keys.length > 0) return keys;
  const deep = aliasDepthProblem(doc, lineCounter);
  return deep ? [deep] : [];
}
