/**
 * Where a position stands in a YAML casus as it is being typed, read from indentation alone: it must work on a
 * half-written file the parser refuses. Block style only (the style the template and every casus use).
 */
export interface KeyContext {
  /** The keys (and list indices) of the mappings around the position, outermost first. */
  readonly parents: readonly (string | number)[];
  /** The key on the position's own line, when there is one before the position ("to: |" → "to"). */
  readonly key?: string;
  /** Whether the position is in a value (after "key:") rather than where a key is typed. */
  readonly inValue: boolean;
}

interface ReadLine {
  /** The column of a list dash, when the line starts an item. */
  readonly dash?: number;
  /** The column the line's content (its key, if any) starts at. */
  readonly column: number;
  readonly key?: string;
}

const unquote = (key: string): string => key.replace(/^(["'])(.*)\1$/, '$2');

function readLine(text: string): ReadLine | null {
  if (/^\s*(#.*)?$/.test(text)) return null;
  const lead = /^(\s*)(-(?:\s+|$))?/.exec(text)!;
  const dash = lead[2] !== undefined ? lead[1]!.length : undefined;
  const column = lead[0].length;
  const key = /^("[^"]*"|'[^']*'|(?!-(?:\s|$))[^\s:#"'{[][^:#]*?)\s*:(?:\s|$)/.exec(text.slice(column))?.[1];
  return { ...(dash !== undefined ? { dash } : {}), column, ...(key !== undefined ? { key: unquote(key) } : {}) };
}

const contentColumn = (text: string): number => /^(\s*)(-(?:\s+|$))?/.exec(text)![0].length;

/**
 * Whether `line` continues a scalar begun above it: the text of a block scalar (`rules_note: >-`) or the next line of
 * a plain or quoted value (`text: Wat er speelt …`). Such a line has no key, even when it holds "woord: woord".
 */
export function continuesScalar(lines: readonly string[], line: number): boolean {
  const column = contentColumn(lines[line] ?? '');
  for (let at = line - 1; at >= 0; at--) {
    const text = lines[at]!;
    if (/^\s*(#.*)?$/.test(text)) continue;
    if (contentColumn(text) >= column) continue;
    const rest = text.slice(contentColumn(text));
    if (/:\s*[|>][-+0-9]*\s*(#.*)?$/.test(rest)) return true;
    const value = /^(?:"[^"]*"|'[^']*'|(?!-(?:\s|$))[^\s:#"'{[][^:#]*?)\s*:\s+(.*)$/.exec(rest)?.[1];
    return value !== undefined && value !== '' && !value.startsWith('#');
  }
  return false;
}

/** The key context at (0-based) `line`, `column` of `lines`. */
export function keyContextAt(lines: readonly string[], line: number, column: number): KeyContext {
  const before = (lines[line] ?? '').slice(0, column);
  const own = readLine(before.trim() === '' ? before + 'x' : before) ?? { column: before.length };
  const ownKey = continuesScalar(lines, line)
    ? undefined
    : /^\s*(?:-\s+)?("[^"]*"|'[^']*'|(?!-(?:\s|$))[^\s:#"'{[][^:#]*?)\s*:(?:\s|$)/.exec(before)?.[1];
  const parents: (string | number)[] = [];
  let limit = own.column;
  let list: { dash: number; index: number } | null = own.dash !== undefined ? { dash: own.dash, index: 0 } : null;
  if (list) limit = list.dash;
  for (let at = line - 1; at >= 0 && (limit > 0 || list); at--) {
    const read = readLine(lines[at]!);
    if (!read || (read.key !== undefined && continuesScalar(lines, at))) continue;
    if (list) {
      if (read.dash === list.dash) {
        list.index += 1;
        continue;
      }
      if (read.column <= list.dash && read.key !== undefined) {
        parents.unshift(read.key, list.index);
        limit = read.dash ?? read.column;
        list = read.dash !== undefined ? { dash: read.dash, index: 0 } : null;
        if (list) limit = list.dash;
      }
      continue;
    }
    if (read.dash !== undefined && read.dash < limit && read.column <= limit) {
      if (read.column < limit && read.key !== undefined) parents.unshift(read.key);
      list = { dash: read.dash, index: 0 };
      limit = read.dash;
      continue;
    }
    if (read.key !== undefined && read.column < limit) {
      parents.unshift(read.key);
      limit = read.column;
    }
  }
  return { parents, ...(ownKey !== undefined ? { key: unquote(ownKey) } : {}), inValue: ownKey !== undefined };
}
