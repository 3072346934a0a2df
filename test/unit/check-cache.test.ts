// The command line's result cache (tools/cli/check-cache.ts) may make a check fast, never wrong: a kept result is used
// only for the same bytes, name, shared inputs and checker version, and an edit to any of them is checked anew.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompilation, type ResultCache } from '../../src/authoring/compilation/compilation-job.ts';
import { checkerVersion, diskResultCache } from '../../tools/cli/check-cache.ts';
import { nodeFilePort } from '../../tools/cli/node-file-port.ts';
import { bundledScenarios, root } from './checked-folder.ts';

const work = mkdtempSync(join(tmpdir(), 'check-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const library = join(work, 'scenarios');
for (const shared of ['gedeeld', 'tarieven']) cpSync(join(bundledScenarios, shared), join(library, shared), { recursive: true });
const scenario = join(library, 'twee-zonen.yaml');
writeFileSync(scenario, readFileSync(join(bundledScenarios, 'twee-zonen.yaml')));

/** A cache that counts what it gave back. */
function counting(cache: ResultCache): ResultCache & { hits: number } {
  const counted = {
    hits: 0,
    get: (...args: Parameters<ResultCache['get']>) => {
      const kept = cache.get(...args);
      if (kept) counted.hits += 1;
      return kept;
    },
    set: cache.set,
  };
  return counted;
}

const check = (cache?: ResultCache) => runCompilation({ scenarios: [scenario], libraryRoot: library }, nodeFilePort, cache).files;

describe('the result cache', () => {
  const dir = join(work, 'cache');

  it('gives back exactly what checking gives, for the same bytes, name, shared files and checker', { timeout: 60_000 }, () => {
    const fresh = check();
    const first = counting(diskResultCache(dir, 'versie-a'));
    expect(check(first)).toEqual(fresh);
    expect(first.hits).toBe(0);
    const second = counting(diskResultCache(dir, 'versie-a'));
    expect(check(second)).toEqual(fresh);
    expect(second.hits).toBe(1);
  });

  it('checks anew after an edit to a shared file: a payer taken out of the shared list is an error at once', { timeout: 60_000 }, () => {
    const payers = join(library, 'gedeeld', 'betalers.yaml');
    const before = readFileSync(payers, 'utf8');
    writeFileSync(payers, before.replace(/\n {2}rijk-duo:\n(?: {4}.*\n)+/, '\n'));
    try {
      const cache = counting(diskResultCache(dir, 'versie-a'));
      const files = check(cache);
      expect(cache.hits).toBe(0);
      expect(files).toEqual(check());
      expect(files[0]?.diagnostics.filter((d) => d.code === 'SC013').length).toBeGreaterThan(0);
    } finally {
      writeFileSync(payers, before);
    }
  });

  it('checks anew after an edit to the casus or under another checker version', { timeout: 60_000 }, () => {
    const other = counting(diskResultCache(dir, 'versie-b'));
    check(other);
    expect(other.hits).toBe(0);
    const text = readFileSync(scenario, 'utf8');
    writeFileSync(scenario, text.replace('payer: rijk-duo', 'payer: rijk-dou'));
    try {
      const cache = counting(diskResultCache(dir, 'versie-a'));
      const files = check(cache);
      expect(cache.hits).toBe(0);
      expect(files[0]?.diagnostics.map((d) => d.code)).toContain('SC013');
    } finally {
      writeFileSync(scenario, text);
    }
  });

  it("takes its version from the compiler and domain sources and the game's version: an edit to one is another version", () => {
    const copy = join(work, 'bron');
    for (const folder of ['src/authoring', 'src/domain', 'node_modules/yaml/package.json', 'node_modules/zod/package.json', 'package.json'])
      cpSync(join(root, folder), join(copy, folder), { recursive: true });
    const version = checkerVersion(copy);
    expect(checkerVersion(copy)).toBe(version);
    writeFileSync(join(copy, 'src/authoring/load.ts'), `${readFileSync(join(copy, 'src/authoring/load.ts'), 'utf8')}\n// edited\n`);
    const edited = checkerVersion(copy);
    expect(edited).not.toBe(version);
    // The game's version is named in the format messages (SC009).
    const manifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { version: string };
    writeFileSync(join(copy, 'package.json'), JSON.stringify({ ...manifest, version: `${manifest.version}-volgende` }));
    expect(checkerVersion(copy)).not.toBe(edited);
  });
});
