import { isDeepStrictEqual } from './deep-equal.ts';
import { isMap, isScalar, parseDocument, type Document, type Pair } from 'yaml';
import { documentData } from '../parse/yaml-data.ts';
import type { PathSegment } from '../parse/yaml-locate.ts';
import { upgradeData } from './upgrade-on-load.ts';
import { OLDEST_SCENARIO_FORMAT, SCENARIO_FORMAT } from './versions.ts';

export type SourceUpgrade =
  | { readonly kind: 'current' }
  | { readonly kind: 'upgraded'; readonly text: string; readonly from: number; readonly changes: readonly string[] }
  /** Dutch: why the file was left as it is. */
  | { readonly kind: 'refused'; readonly reason: string };

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function pairAt(doc: Document, path: readonly PathSegment[]): Pair | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const key = path.at(-1);
  return parent.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

/**
 * The text that removes one `key: value` pair and nothing else: its whole line in a block map, or the pair and
 * one comma in a flow map ({ a: 1, duration: 2 }). The value must be a one-line scalar.
 */
function removal(source: string, pair: Pair): Splice | undefined {
  if (!isScalar(pair.key) || !isScalar(pair.value) || !pair.key.range || !pair.value.range) return undefined;
  const keyStart = pair.key.range[0];
  const valueEnd = pair.value.range[1];
  if (source.slice(keyStart, valueEnd).includes('\n')) return undefined;
  const lineStart = source.lastIndexOf('\n', keyStart - 1) + 1;
  const newline = source.indexOf('\n', valueEnd);
  const lineEnd = newline === -1 ? source.length : newline + 1;
  const before = source.slice(lineStart, keyStart);
  const after = source.slice(valueEnd, newline === -1 ? source.length : newline);
  const blockLine = /^\s*$/.test(before) && /^\s*(#.*)?\r?$/.test(after);
  if (blockLine) return { start: lineStart, end: lineEnd, text: '' };
  // "- duration: 2" as the first key of a list item: the next key moves up behind the dash.
  if (/^\s*-\s+$/.test(before) && /^\s*(#.*)?\r?$/.test(after)) {
    const indent = ' '.repeat(keyStart - lineStart);
    if (!source.startsWith(indent, lineEnd) || /\s/.test(source[lineEnd + indent.length] ?? '')) return undefined;
    return { start: keyStart, end: lineEnd + indent.length, text: '' };
  }
  const comma = /^\s*,\s*/.exec(source.slice(valueEnd));
  if (comma) return { start: keyStart, end: valueEnd + comma[0].length, text: '' };
  const leading = /,\s*$/.exec(source.slice(lineStart, keyStart));
  if (leading) return { start: lineStart + leading.index, end: valueEnd, text: '' };
  return undefined;
}

/**
 * `check:scenarios --upgrade`: a file in an older format rewritten to the newest, by editing its text where
 * the upgrade changes something and nowhere else, so comments, quotes, line breaks and blank lines stay as the
 * trainer wrote them (the yaml Document API gives the places; re-serialising it would reflow long texts).
 * The result is read back and must hold exactly the upgraded data, or nothing is written.
 */
export function upgradeSource(source: string): SourceUpgrade {
  const doc = parseDocument(source, { uniqueKeys: false });
  if (doc.errors.length > 0) return { kind: 'refused', reason: 'het bestand heeft een YAML-fout: los die eerst op' };
  let data: unknown;
  try {
    data = documentData(doc);
  } catch {
    return { kind: 'refused', reason: 'het bestand heeft een verwijzing (*naam) die niet klopt: los die eerst op' };
  }
  const formatPair = pairAt(doc, ['format']);
  const from = isScalar(formatPair?.value) ? formatPair.value.value : undefined;
  if (from === SCENARIO_FORMAT) return { kind: 'current' };
  if (typeof from !== 'number' || !Number.isInteger(from) || from < OLDEST_SCENARIO_FORMAT || from > SCENARIO_FORMAT) {
    return { kind: 'refused', reason: `'format: ${String(from)}' is geen ouder formaat dat dit spel kan bijwerken` };
  }
  const upgraded = upgradeData(data, from);
  const splices: Splice[] = [];
  const range = isScalar(formatPair?.value) ? formatPair.value.range : undefined;
  if (!range) return { kind: 'refused', reason: "'format:' staat er niet als gewoon getal" };
  splices.push({ start: range[0], end: range[1], text: String(SCENARIO_FORMAT) });
  for (const edit of upgraded.edits) {
    const pair = pairAt(doc, edit.path);
    const splice = pair ? removal(source, pair) : undefined;
    if (!splice)
      return {
        kind: 'refused',
        reason: `de regel met '${String(edit.path.at(-1))}' kan niet automatisch herschreven worden: ${edit.change}; doe dat zelf en zet format: ${SCENARIO_FORMAT}`,
      };
    splices.push(splice);
  }
  let text = source;
  for (const splice of [...splices].sort((a, b) => b.start - a.start))
    text = text.slice(0, splice.start) + splice.text + text.slice(splice.end);
  let reread: unknown;
  try {
    const check = parseDocument(text, { uniqueKeys: false });
    reread = check.errors.length > 0 ? undefined : documentData(check);
  } catch {
    reread = undefined;
  }
  if (!isDeepStrictEqual(reread, upgraded.data))
    return { kind: 'refused', reason: 'het herschreven bestand zou iets anders zeggen dan bedoeld: pas het zelf aan' };
  return { kind: 'upgraded', text, from, changes: upgraded.edits.map((e) => e.change) };
}
