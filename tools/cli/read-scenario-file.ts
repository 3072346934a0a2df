import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { closest } from '../../src/authoring/diagnostics/did-you-mean.ts';
import { report, type Report } from '../../src/authoring/diagnostics/registry.ts';
import { sizeProblem } from '../../src/authoring/parse/file-limit.ts';
import { isEditorLeftover, SCENARIO_FILE } from './scenario-targets.ts';

export type FileRead = { readonly bytes: Uint8Array } | { readonly problem: Report };

/** Dutch for the file system's error codes a trainer can meet. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'geen toestemming',
  EPERM: 'geen toestemming',
  EBUSY: 'in gebruik door een ander programma',
  ENOENT: 'het bestaat niet meer',
  EIO: 'leesfout van de schijf',
  EMFILE: 'te veel open bestanden',
  ENAMETOOLONG: 'de naam is te lang',
  ELOOP: 'links verwijzen in een kring naar elkaar',
};

const reason = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && REASONS[code]) || `systeemfout ${typeof code === 'string' ? code : 'onbekend'}`;
};

/** A scenario file beside a mistyped one whose name is close, written the way the trainer wrote the folder. */
function suggestion(path: string, cwd: string): string | undefined {
  try {
    const names = readdirSync(resolve(cwd, dirname(path))).filter((name) => SCENARIO_FILE.test(name) && !isEditorLeftover(name));
    const typed = basename(path);
    const match = closest(typed, names) ?? names.find((name) => name.replace(SCENARIO_FILE, '') === typed.replace(SCENARIO_FILE, ''));
    return match === undefined ? undefined : join(dirname(path), match);
  } catch {
    return undefined;
  }
}

function missing(path: string, cwd: string): Report {
  const similar = suggestion(path, cwd);
  return similar ? report('SC051', 'missingSuggest', { suggestion: similar }) : report('SC051', 'missing');
}

function brokenLink(path: string): Report {
  let target = '?';
  try {
    target = readlinkSync(path);
  } catch {
    // The link vanished meanwhile; the message still says what is wrong.
  }
  return report('SC051', 'brokenLink', { target });
}

function folder(path: string): Report {
  try {
    readdirSync(path);
    return report('SC051', 'folder');
  } catch (error) {
    return report('SC051', 'unreadableFolder', { reason: reason(error) });
  }
}

/**
 * A scenario file's bytes, or why it cannot be read, as a diagnostic for that file alone. Never throws,
 * and never opens anything but a regular file (a named pipe would block the check for ever). A relative `path`
 * is read from `cwd`; messages name it as written.
 */
export function readScenarioFile(typed: string, cwd: string = process.cwd()): FileRead {
  const path = resolve(cwd, typed);
  try {
    const entry = lstatSync(path, { throwIfNoEntry: false });
    if (!entry) return { problem: missing(typed, cwd) };
    let stat;
    try {
      stat = statSync(path, { throwIfNoEntry: false });
    } catch (error) {
      // Links that lead back to themselves: say so, not that the file does not exist.
      if ((error as { code?: unknown } | null)?.code === 'ELOOP') return { problem: report('SC051', 'linkLoop') };
      stat = undefined;
    }
    if (!stat) return { problem: entry.isSymbolicLink() ? brokenLink(path) : missing(typed, cwd) };
    if (stat.isDirectory()) return { problem: folder(path) };
    if (!stat.isFile()) return { problem: report('SC051', 'notFile') };
    // Refused by its size on disk, before a byte is read.
    const tooLarge = sizeProblem(stat.size);
    if (tooLarge) return { problem: tooLarge };
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { problem: report('SC051', 'unreadable', { reason: reason(error) }) };
  }
}
