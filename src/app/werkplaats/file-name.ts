import { SLUG_PATTERN } from '../../domain/scenario/slug.ts';

/** The top-level `id:` line, its value plain or quoted, a comment after it allowed. */
const ID_LINE = /^id:[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s#"']+))[ \t]*(?:#.*)?$/m;

/**
 * The name "Bewaar als bestand" suggests: `<id>.yaml` when the text has a valid casus id (read from its lines, so a
 * casus with other errors is named after its id too), else the name it was opened or last saved under.
 */
export function suggestedFileName(text: string, current: string): string {
  const match = ID_LINE.exec(text);
  const id = match ? (match[1] ?? match[2] ?? match[3] ?? '') : '';
  return SLUG_PATTERN.test(id) ? `${id}.yaml` : current;
}
