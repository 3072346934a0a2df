// Prints how the JS before the menu grows with the library: the bundled casussen, and 100 generated copies.
// Numbers only, no pass/fail. Usage: tsx tools/bench/bench-library.ts [--copies=100]
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { generatedLibrary } from './generated-library.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';

const copies = Number(/--copies=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 100);

interface Sizes {
  readonly raw: number;
  readonly gzip: number;
  readonly files: number;
}

const sizeOf = (file: string) => {
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

/** The entry chunk and everything it imports statically: what loads before the title screen can be used. */
function initialJs(outDir: string, manifest: Manifest): Sizes {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  // The game's page only: the class overviews (resultaten-overzicht.html, klas-live.html) are other entries, never
  // loaded by a player.
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry && key === 'index.html') visit(key);
  return [...seen].reduce(
    (sum, key) => {
      const { raw, gzip } = sizeOf(join(outDir, manifest[key]?.file ?? ''));
      return { raw: sum.raw + raw, gzip: sum.gzip + gzip, files: sum.files + 1 };
    },
    { raw: 0, gzip: 0, files: 0 },
  );
}

function scenarioChunks(outDir: string, manifest: Manifest): Sizes {
  return Object.values(manifest)
    .filter(
      (chunk) => chunk.src?.startsWith('\0virtual:casus/') || chunk.name?.startsWith('casus-') || /virtual:casus\//.test(chunk.src ?? ''),
    )
    .reduce(
      (sum, chunk) => {
        const { raw, gzip } = sizeOf(join(outDir, chunk.file));
        return { raw: sum.raw + raw, gzip: sum.gzip + gzip, files: sum.files + 1 };
      },
      { raw: 0, gzip: 0, files: 0 },
    );
}

async function measure(label: string, scenariosDir: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kostenbewust-bench-out-'));
  process.env.KOSTENBEWUST_SCENARIOS = scenariosDir;
  await build({ logLevel: 'warn', build: { outDir, manifest: true, emptyOutDir: true } });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const initial = initialJs(outDir, manifest);
  const chunks = scenarioChunks(outDir, manifest);
  rmSync(outDir, { recursive: true, force: true });
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return `| ${label} | ${kib(initial.raw)} | ${kib(initial.gzip)} | ${initial.files} | ${chunks.files} | ${chunks.files ? kib(chunks.gzip / chunks.files) : '–'} |`;
}

const rows = [await measure(`bundled (${readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f)).length})`, 'scenarios')];
const library = generatedLibrary(copies);
rows.push(await measure(`${copies} generated`, library));
rmSync(library, { recursive: true, force: true });
console.log('\nJS before the menu is usable, by library size (entry chunk + its static imports; gzip -9):');
console.log('| casussen | initial JS raw | initial JS gzip | files | casus chunks | per casus chunk (gzip) |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
