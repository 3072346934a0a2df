/**
 * The ids a casus being typed declares, read from its lines (the parser may refuse a half-written file):
 * the keys directly under `moments:` and `endings:`, the own payers under `payers:`, and the moment a line
 * belongs to (for "speel vanaf hier").
 */
function blockKeys(lines: readonly string[], section: string): { id: string; line: number }[] {
  const start = lines.findIndex((l) => new RegExp(`^${section}:\\s*(#.*)?$`).test(l));
  if (start < 0) return [];
  const found: { id: string; line: number }[] = [];
  let indent: number | null = null;
  for (let at = start + 1; at < lines.length; at++) {
    const text = lines[at]!;
    if (/^\s*(#.*)?$/.test(text)) continue;
    const lead = /^\s*/.exec(text)![0].length;
    if (lead === 0) break;
    indent ??= lead;
    if (lead !== indent) continue;
    const key = /^\s*("[^"]*"|'[^']*'|[^\s:#"'][^:#]*?)\s*:(\s|$)/.exec(text)?.[1];
    if (key) found.push({ id: key.replace(/^(["'])(.*)\1$/, '$2'), line: at });
  }
  return found;
}

export const momentIds = (lines: readonly string[]): string[] => blockKeys(lines, 'moments').map((k) => k.id);
export const endingIds = (lines: readonly string[]): string[] => blockKeys(lines, 'endings').map((k) => k.id);
export const ownPayerIds = (lines: readonly string[]): string[] => blockKeys(lines, 'payers').map((k) => k.id);

/** The moment whose block holds (0-based) `line`, if the line is inside `moments:`. */
export function momentAtLine(lines: readonly string[], line: number): string | undefined {
  const keys = blockKeys(lines, 'moments');
  const end = (() => {
    const start = lines.findIndex((l) => /^moments:\s*(#.*)?$/.test(l));
    for (let at = start + 1; at < lines.length; at++) if (/^\S/.test(lines[at]!) && !/^#/.test(lines[at]!)) return at;
    return lines.length;
  })();
  if (line >= end) return undefined;
  return keys.filter((k) => k.line <= line).pop()?.id;
}
