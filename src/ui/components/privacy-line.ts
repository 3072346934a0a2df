import type { Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { formatList } from '../../i18n/intl.ts';

/**
 * Where this game's reports go, as configured: the school's LRS (`pending` while the config file is still being
 * read), the LMS that launched it (SCORM), and the embedding page (postMessage, `ouder=`) with its origin.
 */
export interface ReportingDestinations {
  /** The LRS's host (as the link or config file names it), false for none, or pending while the file is read. */
  readonly lrs: 'pending' | false | { readonly host: string };
  readonly lms: boolean;
  /** The origin the embedding page must have (`*` when the link allows any page), or null. */
  readonly parent: string | null;
}

/**
 * The title's privacy line: exactly what goes where. Nothing configured says nothing leaves the browser; otherwise
 * it names each destination and how the trainee is known there (a pseudonym at the LRS, their own account in the
 * LMS). While the config file is still being read it says so rather than promise nothing.
 */
export function privacyLine(lang: Lang, to: ReportingDestinations): string {
  const destinations = [
    ...(to.lrs && to.lrs !== 'pending' ? [t(lang, 'privacy.lrs', { host: to.lrs.host })] : []),
    ...(to.lms ? [t(lang, 'privacy.lms')] : []),
    ...(to.parent ? [to.parent === '*' ? t(lang, 'privacy.parentAny') : t(lang, 'privacy.parent', { origin: to.parent })] : []),
  ];
  if (destinations.length > 0) return t(lang, 'privacy.sends', { destinations: formatList(destinations, lang) });
  return t(lang, to.lrs === 'pending' ? 'privacy.pending' : 'title.privacy');
}
