/// <reference lib="webworker" />
// First: no schema may be built before Zod is told not to probe for eval (see zod-jitless.ts).
import '../../zod-jitless.ts';
import sharedFiles from 'virtual:shared-files';
import { report } from '../diagnostics/registry.ts';
import { OWN_FILE_LIMIT, checkOwnFile, tooLarge } from './check-own-file.ts';
import { checkOwnTariffs } from './check-own-tariffs.ts';
import { bundledLibrary } from './bundled-library.ts';
import { bundledSourceTexts } from './bundled-source-texts.ts';

/** The bundled shared files, read once per worker, on the first file. */
let library: ReturnType<typeof bundledLibrary> | undefined;

/** What the page sends: the file itself (a File or Blob), so reading and decoding happen here, not on the page. */
export interface OwnFileRequest {
  readonly blob: Blob;
  readonly file: string;
  readonly kind?: 'casus' | 'tariffs';
  /** Echoed in the answer, so a page that keeps one worker for many checks (the werkplaats) knows which one answered. */
  readonly id?: number;
  /** False: leave the route map out (it costs more than the check); the werkplaats asks for it only while it shows it. */
  readonly routeMap?: boolean;
}

/**
 * Checks a trainer's own casus, or a gemeente's own tariff file, off the main thread, so a large or hostile
 * file never freezes the page. The size is judged from `Blob.size` before anything is read. The page ends this
 * worker when the check runs out of time or another file is chosen (src/app/bounded-check.ts).
 * Message out: OwnFileResult or OwnTariffResult (plain data).
 */
self.onmessage = async (event: MessageEvent<OwnFileRequest>) => {
  const { blob, file, kind, id, routeMap } = event.data;
  const answer = (result: object) => self.postMessage(id === undefined ? result : { ...result, id });
  try {
    if (blob.size > OWN_FILE_LIMIT) {
      answer(tooLarge(file, blob.size));
      return;
    }
    const bytes = new Uint8Array(await blob.arrayBuffer());
    library ??= bundledLibrary(sharedFiles);
    const sources = await bundledSourceTexts();
    if (kind === 'tariffs') answer(checkOwnTariffs(bytes, file, library.standardTariffs, sources));
    else answer(checkOwnFile(bytes, file, { ...library.inputs, sources }, routeMap !== false));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    answer({ file, source: '', diagnostics: [{ file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) }] });
  }
};
