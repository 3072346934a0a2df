/**
 * A generated block in a Markdown file stands between `<!-- name:start -->` and `<!-- name:end -->` and is
 * never edited by hand: a tool rewrites it and a unit test fails when it is stale.
 */
export interface BlockMarkers {
  readonly start: string;
  readonly end: string;
}

export const markers = (name: string): BlockMarkers => ({ start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` });

function positions(text: string, { start, end }: BlockMarkers): { from: number; to: number } {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} block`);
  return { from: from + start.length, to };
}

/** The block's content as it stands between the markers. */
export function blockIn(text: string, block: BlockMarkers): string {
  const { from, to } = positions(text, block);
  return text.slice(from, to).trim();
}

/** The text with `content` between the markers (blank lines around it, so Markdown sees tables and headings). */
export function withBlock(text: string, block: BlockMarkers, content: string): string {
  const { from, to } = positions(text, block);
  return `${text.slice(0, from)}\n\n${content}\n\n${text.slice(to)}`;
}
