import { isMap, isScalar, YAMLParseError, type Document } from 'yaml';
import { walkNodes } from './yaml-walk.ts';

/**
 * The yaml package's own duplicate-key check (`uniqueKeys: true`) compares every new key with every key
 * before it in the map: a `state:` with 40 000 entries took 19 s. The loader parses with that check off
 * and runs this one instead: one set per map, the same error (code, position) the package would add.
 */
export function addDuplicateKeyErrors(doc: Document): void {
  const found: YAMLParseError[] = [];
  walkNodes(doc, (map) => {
    if (!isMap(map)) return;
    const seen = new Set<unknown>();
    for (const pair of map.items) {
      // As the package: scalar keys are equal by value, other keys only when they are the same node.
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      const start = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? map.range?.[0] ?? 0;
      found.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
    }
  });
  if (found.length === 0) return;
  doc.errors.push(...found);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
