// `npm run build:scorm`: after `npm run build`, packs dist/ twice, as a SCORM 1.2 and a SCORM 2004 (4th edition)
// zip in dist-scorm/: imsmanifest.xml at the root, every file of the build, index.html as the launch page.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { scormManifest, type ScormVersion } from './scorm-manifest.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'dist-scorm');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(dist, path).split(sep).join('/')];
  });
}

const files = filesUnder(dist).sort();
if (!files.includes('index.html')) {
  console.error('Geen dist/index.html: draai eerst npm run build.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const scorm of ['scorm12', 'scorm2004'] as const satisfies readonly ScormVersion[]) {
  const manifest = scormManifest({ version: scorm, identifier: `kostenbewust-intervenieren-${version}`, title: 'Kostenbewust Interveniëren', files });
  const entries: Zippable = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
  for (const file of files) entries[file] = readFileSync(join(dist, file));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const name = `kostenbewust-${scorm}-${version}.zip`;
  writeFileSync(join(out, name), zip);
  console.log(`dist-scorm/${name}: ${files.length + 1} bestanden, ${(zip.length / 1024).toFixed(0)} KiB`);
}
