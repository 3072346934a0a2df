import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A library of `count` casussen in a fresh temporary folder: copies of every bundled casus under new ids and titles. */
export function generatedLibrary(count: number, from = 'scenarios'): string {
  const dir = mkdtempSync(join(tmpdir(), 'kostenbewust-bench-lib-'));
  const sources = readdirSync(from).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('.'));
  // The shared lists (payers, tariffs) the casussen refer to come along.
  for (const shared of ['gedeeld', 'tarieven']) {
    if (existsSync(join(from, shared))) cpSync(join(from, shared), join(dir, shared), { recursive: true });
  }
  for (let i = 0; i < count; i++) {
    const file = sources[i % sources.length] ?? '';
    const yaml = readFileSync(join(from, file), 'utf8')
      .replace(/^id: (\S+)$/m, (_m, id: string) => `id: ${id}-kopie-${i}`)
      .replace(/^title:\n {2}nl: "([^"]+)"/m, (_m, title: string) => `title:\n  nl: "${title} (kopie ${i})"`);
    writeFileSync(join(dir, `kopie-${i}.yaml`), yaml);
  }
  return dir;
}
