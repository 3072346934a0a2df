import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../../tools/cli/check-command.ts';

export interface CommandRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

const root = join(import.meta.dirname, '../../..');
const cli = join(root, 'tools/cli/check-scenarios.ts');

/**
 * `npm run check:scenarios -- <args>` as the trainer runs it from `cwd`, in this process: the command's own `main`
 * with stdout and stderr captured line by line, as the terminal would show them. Each child process paid a second
 * of tsx start-up; the few tests of what only a process shows (exit code, the entry point) use `runCheckProcess`.
 */
export function runCheck(cwd: string, ...args: string[]): CommandRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (line) => out.push(`${line}\n`), err: (line) => err.push(`${line}\n`) }, resolve(cwd));
  return { code, out: out.join(''), err: err.join('') };
}

/** The same command as a real child process (node with tsx's loader), for what only a process shows. */
export function runCheckProcess(cwd: string, ...args: string[]): CommandRun {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: child.status, out: child.stdout, err: child.stderr };
}
