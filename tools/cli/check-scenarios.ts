// Checks every scenario file in the folders or files given (default: scenarios/) and prints located
// Dutch diagnostics. Exit code 0 when no file has an error, 1 when one has (or none was found), 2 for a
// command-line mistake. `--help` explains it to trainers. The command itself is check-command.ts.
import { answerWithoutChecking, TERMINAL } from './command-line.ts';

// --help and a mistyped option are answered before the checker is loaded (half the start-up time).
// exitCode instead of exit(): lets a piped stdout finish writing.
const answered = answerWithoutChecking(process.argv.slice(2), TERMINAL);
if (typeof answered === 'number') process.exitCode = answered;
else {
  const { checkSafely } = await import('./check-command.ts');
  process.exitCode = checkSafely(answered, TERMINAL);
}
