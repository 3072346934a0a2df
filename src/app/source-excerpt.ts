/** How much of one source line a message shows: enough to recognise the place, never a megabyte-long line. */
export const EXCERPT_MAX = 160;

/**
 * The source line a message points at, clipped around its column (marked with "…" where cut): a hostile file on
 * one long line would otherwise cost the page a long layout.
 */
export function sourceExcerpt(source: string, line: number, column = 1): string | undefined {
  if (source === '') return undefined;
  const text = source.split(/\r?\n/, line)[line - 1];
  if (text === undefined || text.length <= EXCERPT_MAX) return text;
  const start = Math.max(0, Math.min(column - 1 - EXCERPT_MAX / 2, text.length - EXCERPT_MAX));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT_MAX)}${start + EXCERPT_MAX < text.length ? '…' : ''}`;
}
