import documents from 'virtual:source-catalogue';
import type { Lang } from '../domain/scenario/text.ts';
import { nameSource, type SourceName } from './source-name.ts';

/** A cited document named from the source list the build compiled in (see source-name.ts). */
export function sourceName(document: string, line: number, lang: Lang, fallbackTitle?: string): SourceName {
  return nameSource(documents, { document, line }, lang, fallbackTitle);
}
