import { report, type Report } from '../diagnostics/registry.ts';

/**
 * The largest file the checker opens, in the CLI, the build, the development server and the browser alike
 * (the browser's own-file check uses the same 1 MB). A casus is plain text of a few hundred kB at most; a
 * bigger file is the wrong file, and parsing it would cost seconds and hundreds of MB for nothing.
 */
export const FILE_LIMIT = 1024 * 1024;

/** A size in the words of the message: "812 kB", "30,0 MB". */
export const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} kB`;

/** The one-line refusal of a file over the limit, or undefined when it is not. */
export function sizeProblem(bytes: number): Report | undefined {
  return bytes > FILE_LIMIT ? report('SC051', 'tooLarge', { size: fileSize(bytes), limit: fileSize(FILE_LIMIT) }) : undefined;
}
