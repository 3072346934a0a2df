import type { Lang } from '../domain/scenario/text.ts';
import { t } from './index.ts';

/** A publication in the shared source list (scenarios/gedeeld/bronnen.yaml). */
export interface NamedDocument {
  readonly title: string;
  readonly publisher: Readonly<Record<Lang, string>>;
  readonly year: number;
}

/** A cited document as the player reads it: the publication's title (in its own language) and where it comes from. */
export interface SourceName {
  /** The publication's title, or null when neither the source list nor the source names one (then `where` gives its number). */
  readonly title: string | null;
  /** "(gemeente Utrecht, 2020), regel 515", "(document 007), regel 12" or, without any title, "Document 007, regel 12". */
  readonly where: string;
}

/** `fallbackTitle`: the title a source gives itself, used when the source list does not know its document. */
export function nameSource(
  documents: Readonly<Record<string, NamedDocument>>,
  source: { readonly document: string; readonly line: number },
  lang: Lang,
  fallbackTitle?: string,
): SourceName {
  const { document, line } = source;
  const known = documents[document];
  if (known)
    return { title: known.title, where: t(lang, 'receipt.sourceWhere', { publisher: known.publisher[lang], year: known.year, line }) };
  return fallbackTitle
    ? { title: fallbackTitle, where: t(lang, 'receipt.sourceDocumentWhere', { document, line }) }
    : { title: null, where: t(lang, 'receipt.sourceRef', { document, line }) };
}
