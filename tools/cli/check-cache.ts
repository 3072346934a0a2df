import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CachedScenario, ResultCache } from '../../src/authoring/compilation/compilation-job.ts';

const root = join(import.meta.dirname, '../..');
/** Where tools keep caches by convention (Babel, ESLint's cache, Vite's deps): never committed, safe to delete. */
export const CACHE_DIR = join(root, 'node_modules', '.cache', 'kostenbewust-check');
/** Enough for a large library checked from a few places; the oldest results go first. */
const MAX_ENTRIES = 2000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
    )
    .sort();
}

/**
 * The checker's own version: a hash of every source file a message can come from (the compiler and the domain it
 * compiles to), of the YAML and schema libraries it uses, of the game's package.json and of Node's version. Any edit to any of them is a new version, and so
 * every earlier result is ignored: a message can never be older than the code that would make it.
 */
export function checkerVersion(base: string = root): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(join(base, 'src', 'authoring')), ...filesUnder(join(base, 'src', 'domain'))]) {
    hash.update(relative(base, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const library of ['yaml', 'zod']) hash.update(readFileSync(join(base, 'node_modules', library, 'package.json')));
  // The game's version (named in format messages) and Node's (its Unicode tables judge characters in texts).
  hash.update(readFileSync(join(base, 'package.json'))).update(process.version);
  return hash.digest('hex');
}

/**
 * Results of earlier checks on disk, one JSON file each, keyed by the checker's version, the file's name and
 * bytes and the shared inputs. A cache that cannot be read or written is no cache: the check runs as without it.
 */
export function diskResultCache(dir: string = CACHE_DIR, version: string = checkerVersion()): ResultCache {
  let inputsText = '';
  let inputsHash = '';
  const key = (file: string, bytes: Uint8Array, inputs: string) => {
    if (inputs !== inputsText) [inputsText, inputsHash] = [inputs, createHash('sha256').update(inputs).digest('hex')];
    return createHash('sha256')
      .update(version)
      .update('\0')
      .update(inputsHash)
      .update('\0')
      .update(file)
      .update('\0')
      .update(bytes)
      .digest('hex');
  };
  let written = 0;
  return {
    get(file, bytes, inputs) {
      try {
        return JSON.parse(readFileSync(join(dir, `${key(file, bytes, inputs)}.json`), 'utf8')) as CachedScenario;
      } catch {
        return undefined;
      }
    },
    set(file, bytes, inputs, loaded) {
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${key(file, bytes, inputs)}.json`), JSON.stringify(loaded));
        if (++written === 1) prune(dir);
      } catch {
        // No room or no right to write: the next check simply does the work again.
      }
    },
  };
}

/** Keeps the newest MAX_ENTRIES results (once per run, on its first write). */
function prune(dir: string): void {
  const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  if (names.length <= MAX_ENTRIES) return;
  const byAge = names.map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs })).sort((a, b) => a.time - b.time);
  for (const { name } of byAge.slice(0, names.length - MAX_ENTRIES)) rmSync(join(dir, name), { force: true });
}

/**
 * The command line's cache: on by default; `KOSTENBEWUST_CHECK_CACHE=uit` turns it off, any other value names the
 * folder to keep it in (the benchmark measures a cold and a warm check that way).
 */
export function cacheFromEnvironment(value: string | undefined = process.env.KOSTENBEWUST_CHECK_CACHE): ResultCache | undefined {
  if (value === 'uit' || value === 'off') return undefined;
  return diskResultCache(value || CACHE_DIR);
}
