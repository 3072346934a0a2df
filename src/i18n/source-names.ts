import documents from 'virtual:source-catalogue';
import type { Lang } from '../domain/scenario/text.ts';
import { t } from './index.ts';

/** A cited document as the player reads it: the publication's title (in its own language) and where it comes from. */
export interface SourceName {
  /** The publication's title, or null when the source list does not know the document (then `where` names its number). */
  readonly title: string | null;
  /** "(gemeente Utrecht, 2020), regel 515", or "Document 007, regel 12" for an unknown document. */
  readonly where: string;
}

/** `fallbackTitle`: the title a source gives itself, used when the source list does not know its document. */
export function sourceName(document: string, line: number, lang: Lang, fallbackTitle?: string): SourceName {
  const known = documents[document];
  if (!known) {
    return fallbackTitle
      ? { title: fallbackTitle, where: t(lang, 'receipt.sourceDocumentWhere', { document, line }) }
      : { title: null, where: t(lang, 'receipt.sourceRef', { document, line }) };
  }
  return { title: known.title, where: t(lang, 'receipt.sourceWhere', { publisher: known.publisher[lang], year: known.year, line }) };
}
