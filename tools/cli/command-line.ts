import { parseCheckArgs, type CheckOptions } from './check-scenarios-args.ts';
import { USAGE } from './check-scenarios-usage.ts';
import { visible } from '../../src/authoring/diagnostics/visible.ts';

/** Where the command writes: the terminal's stdout and stderr, or a test's capture (check-cli.test.ts runs it in-process). */
export interface CommandOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const TERMINAL: CommandOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

/**
 * What the command line says before anything is checked: the usage for --help (exit code 0), a mistake in one Dutch
 * line (exit code 2), or else the options to check with. Imports nothing of the checker, so the entry point answers
 * these without loading it.
 */
export function answerWithoutChecking(args: readonly string[], io: CommandOutput): number | CheckOptions {
  const parsed = parseCheckArgs(args);
  if ('error' in parsed) {
    io.err(visible(parsed.error));
    return 2;
  }
  if (parsed.options.help) {
    io.out(USAGE);
    return 0;
  }
  return parsed.options;
}
