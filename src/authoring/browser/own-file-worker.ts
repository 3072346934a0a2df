/// <reference lib="webworker" />
// First: no schema may be built before Zod is told not to probe for eval (see zod-jitless.ts).
import '../../zod-jitless.ts';
import catalogue from 'virtual:payer-catalogue';
import standard from 'virtual:standard-tariffs';
import { report } from '../diagnostics/registry.ts';
import { checkOwnFile } from './check-own-file.ts';
import { checkOwnTariffs } from './check-own-tariffs.ts';

/**
 * Checks a trainer's own casus, or a gemeente's own tariff file, off the main thread, so a large or hostile
 * file never freezes the page. Message in: { bytes: ArrayBuffer, file: string, kind?: 'casus' | 'tariffs' }.
 * Message out: OwnFileResult or OwnTariffResult (plain data).
 */
self.onmessage = (event: MessageEvent<{ bytes: ArrayBuffer; file: string; kind?: 'casus' | 'tariffs' }>) => {
  const { bytes, file, kind } = event.data;
  try {
    if (kind === 'tariffs') self.postMessage(checkOwnTariffs(new Uint8Array(bytes), file, standard));
    else self.postMessage(checkOwnFile(new Uint8Array(bytes), file, catalogue, standard ?? undefined));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ file, source: '', diagnostics: [{ file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) }] });
  }
};
