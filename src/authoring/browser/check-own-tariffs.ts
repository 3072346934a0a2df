import type { SourceTexts } from '../check/check-quotes.ts';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { sourceText } from '../parse/source-text.ts';
import { compileTariffSet, loadTariffCatalogue, type TariffCatalogue } from '../catalogues/tariff-catalogue.ts';
import { OWN_TARIFF_SET, type TariffSet } from '../../domain/costs/tariff-set.ts';
import { OWN_FILE_LIMIT, tooLarge } from './check-own-file.ts';

export interface OwnTariffResult {
  readonly file: string;
  /** Present only when the file has no errors. */
  readonly set?: TariffSet;
  readonly diagnostics: readonly Diagnostic[];
  readonly source: string;
}

/**
 * A gemeente's own tariff file opened in the browser: the same checks and messages as a set in
 * scenarios/tarieven/ gets from `check:scenarios`, quotes included when the source texts are given. A file with any
 * error prices nothing: a missing or malformed price is a located message, never a silent € 0.
 */
export function checkOwnTariffs(bytes: Uint8Array, file: string, standard: TariffCatalogue | null, sources?: SourceTexts): OwnTariffResult {
  if (bytes.length > OWN_FILE_LIMIT) return tooLarge(file, bytes.length);
  const decoded = sourceText(bytes, file);
  if ('problem' in decoded) return { file, source: '', diagnostics: [decoded.problem] };
  const result = loadTariffCatalogue(decoded.text, file, { ...(standard ? { standard } : {}), ...(sources ? { sources } : {}) });
  if (hasErrors(result.diagnostics)) return { file, source: decoded.text, diagnostics: result.diagnostics };
  return { file, source: decoded.text, diagnostics: result.diagnostics, set: compileTariffSet(OWN_TARIFF_SET, result) };
}
