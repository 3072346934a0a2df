// The LMS packages made from a build (dist/): SCORM 1.2, SCORM 2004 (4th edition) and cmi5, each a zip with its
// manifest (imsmanifest.xml or cmi5.xml) at the root beside every file of the build. Used by `npm run build:scorm`
// and by the browser tests, which import a package as an LMS would.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { GAME_AU, cmi5CourseStructure } from './cmi5-course.ts';
import { scormManifest, type ScormVersion } from './scorm-manifest.ts';

export type PackageKind = ScormVersion | 'cmi5';
export const PACKAGE_KINDS = ['scorm12', 'scorm2004', 'cmi5'] as const satisfies readonly PackageKind[];

export interface LmsPackage {
  readonly name: string;
  readonly zip: Uint8Array;
  /** Files in the zip, the manifest included. */
  readonly count: number;
}

/** Every file under `dir`, relative to it with / as separator, sorted. */
export function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join('/')];
    })
    .sort();
}

function manifest(kind: PackageKind, version: string, files: readonly string[]): [string, string] {
  if (kind === 'cmi5') return ['cmi5.xml', cmi5CourseStructure(GAME_AU)];
  return [
    'imsmanifest.xml',
    scormManifest({ version: kind, identifier: `kostenbewust-intervenieren-${version}`, title: 'Kostenbewust Interveniëren', files }),
  ];
}

/** One package from the build in `dist`; the zip is the same for the same build (fixed file times). */
export function lmsPackage(kind: PackageKind, dist: string, version: string): LmsPackage {
  const files = filesUnder(dist);
  if (!files.includes('index.html')) throw new Error(`Geen index.html in ${dist}: draai eerst npm run build.`);
  const [manifestName, text] = manifest(kind, version, files);
  const entries: Zippable = { [manifestName]: new TextEncoder().encode(text) };
  for (const file of files) entries[file] = readFileSync(join(dist, file));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  return { name: `kostenbewust-${kind}-${version}.zip`, zip, count: files.length + 1 };
}
