// `npm run build:scorm` (or `npm run build:lms`): after `npm run build`, packs dist/ three times in dist-scorm/: a
// SCORM 1.2 and a SCORM 2004 (4th edition) zip with imsmanifest.xml, and a cmi5 zip with cmi5.xml (one AU), each
// with every file of the build and index.html as the launch page.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_KINDS, lmsPackage } from './lms-packages.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const out = join(root, 'dist-scorm');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

if (!existsSync(join(dist, 'index.html'))) {
  console.error('Geen dist/index.html: draai eerst npm run build.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const kind of PACKAGE_KINDS) {
  const { name, zip, count } = lmsPackage(kind, dist, version);
  writeFileSync(join(out, name), zip);
  console.log(`dist-scorm/${name}: ${count} bestanden, ${(zip.length / 1024).toFixed(0)} KiB`);
}
