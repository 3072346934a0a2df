/// <reference lib="webworker" />
import catalogue from 'virtual:payer-catalogue';
import { report } from '../diagnostics/registry.ts';
import { checkOwnFile } from './check-own-file.ts';

/**
 * Checks a trainer's own casus off the main thread, so a large or hostile file never freezes the page.
 * Message in: { bytes: ArrayBuffer, file: string }. Message out: OwnFileResult (plain data).
 */
self.onmessage = (event: MessageEvent<{ bytes: ArrayBuffer; file: string }>) => {
  const { bytes, file } = event.data;
  try {
    self.postMessage(checkOwnFile(new Uint8Array(bytes), file, catalogue));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ file, source: '', diagnostics: [{ file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) }] });
  }
};
