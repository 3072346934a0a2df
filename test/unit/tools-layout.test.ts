// tools/ by purpose (issue #18 item 3): every tool lies in a folder that says what it is for (cli, build, docs, bench,
// test), and no tool shares its file name with a file under src/, so a name in a stack trace or an import says which
// one is meant.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(root, dir, path)).isFile());

describe('the tools folder', () => {
  it('holds no file at its top level, only folders by purpose', () => {
    const loose = readdirSync(join(root, 'tools')).filter((name) => name !== 'README.md' && statSync(join(root, 'tools', name)).isFile());
    expect(loose).toEqual([]);
  });

  it('shares no file name with src/', () => {
    const inSrc = new Set(filesUnder('src').map((path) => basename(path)));
    const shared = filesUnder('tools').filter((path) => inSrc.has(basename(path)));
    expect(shared).toEqual([]);
  });

  it('has every tools/ path that a package.json script runs', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const named = Object.values(scripts).flatMap((script) => script.match(/tools\/[\w./-]+/g) ?? []);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((path) => !statSync(join(root, path), { throwIfNoEntry: false })?.isFile())).toEqual([]);
  });
});
