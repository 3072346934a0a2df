import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The trainer's command, run for real: node with tsx's loader, in a folder of its own, as a child process.
const root = join(import.meta.dirname, '../..');
const cli = join(root, 'tools/cli/check-scenarios.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const fixtures = join(root, 'test/fixtures/scenarios');
const valid = readFileSync(join(fixtures, 'minimal-valid.yaml'), 'utf8');
const TIMEOUT = 30_000;

let dir = '';

/**
 * A casus outside any library is checked against the game's own shared payers (as in the browser): the
 * fixture's own 'gemeente-wmo' and 'huishouden' then shadow the shared ones, which is worth an SC060 note.
 */
const shadowed = (file: string): string[] =>
  ['gemeente-wmo:8', 'huishouden:9'].map((entry) => {
    const [id, line] = entry.split(':');
    return `${file}:${line}:3 info SC060 Betaler '${id}' staat ook in de gedeelde betalers; deze casus gebruikt haar eigen versie — haal '${id}' hier weg om de gedeelde naam en grondslag te gebruiken, of geef je eigen betaler een andere id`;
  });

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd: dir, encoding: 'utf8', timeout: TIMEOUT });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

/** No Node stack trace, on either stream. */
function expectNoStack({ out, err }: { out: string; err: string }): void {
  expect(out + err).not.toMatch(/^ {4}at /m);
  expect(out + err).not.toMatch(/node:internal|Error: /);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
  // goed/: two valid casussen and what editors leave behind; none of the leftovers may be read.
  mkdirSync(join(dir, 'goed'));
  writeFileSync(join(dir, 'goed/a.yaml'), valid);
  writeFileSync(join(dir, 'goed/b.yaml'), valid.replace('id: minimaal', 'id: tweede'));
  symlinkSync('trainer@laptop.4242:1700000000', join(dir, 'goed/.#a.yaml'));
  for (const leftover of ['a.yaml~', '.a.yaml.swp', '#a.yaml#', '~$a.yaml', '.verborgen.yaml'])
    writeFileSync(join(dir, 'goed', leftover), 'kapot: [\n\u0000');
  // fout/: every way a file can fail to be read, beside one good casus that must still be checked.
  mkdirSync(join(dir, 'fout'));
  writeFileSync(join(dir, 'fout/goed.yaml'), valid.replace('id: minimaal', 'id: derde'));
  copyFileSync(join(fixtures, 'invalid-encoding-latin1.yaml'), join(dir, 'fout/latin1.yaml'));
  copyFileSync(join(fixtures, 'invalid-encoding-utf16le.yaml'), join(dir, 'fout/utf16.yaml'));
  mkdirSync(join(dir, 'fout/oud.yaml'));
  symlinkSync('verhuisd.yaml', join(dir, 'fout/link.yaml'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check-scenarios on the command line', () => {
  it('prints Dutch usage for --help and -h, and exits 0', { timeout: TIMEOUT }, () => {
    for (const flag of ['--help', '-h']) {
      const result = run(flag);
      expect(result.code).toBe(0);
      expect(result.out).toContain('Gebruik: npm run check:scenarios');
      for (const part of ['--sources MAP', '--routes', 'Voorbeelden:', 'UTF-8', 'npm run check:scenarios -- scenarios/mijn-casus.yaml'])
        expect(result.out).toContain(part);
      expectNoStack(result);
    }
  });

  it('refuses an unknown option in one Dutch line with exit code 2', { timeout: TIMEOUT }, () => {
    const result = run('--route', 'goed');
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.trim()).toBe("Onbekende optie '--route'. Bedoelde je '--routes'? Typ --help voor de mogelijkheden.");
  });

  it(
    'prints one JSON object for tools with --json: per casus the systeemroute and the cheapest, best and dearest routes',
    { timeout: TIMEOUT },
    () => {
      const result = run('--json', '--sources', 'nergens', 'goed');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.out) as { scenarios: Record<string, unknown>[]; errors: number; sourcesChecked: boolean };
      expect(result.err).toContain('Bronteksten niet gevonden in nergens'); // sentences for people go to stderr
      expect(report.errors).toBe(0);
      expect(report.sourcesChecked).toBe(false);
      expect(report.scenarios.map((s) => s.id)).toEqual(['minimaal', 'tweede']);
      const [first] = report.scenarios;
      expect(first).toMatchObject({
        title: 'Minimale casus',
        moments: 2,
        endings: 2,
        paths: 3,
        unsourcedAmounts: 0,
        systeemroute: { costCents: 5_520_000 },
      });
      for (const key of ['cheapest', 'best', 'dearest']) {
        expect(first?.[key]).toMatchObject({
          costCents: expect.any(Number),
          overall: expect.any(Number),
          scores: { legitimiteit: expect.any(Number), betrokkenheid: expect.any(Number), rendement: expect.any(Number) },
        });
      }
      const broken = run('--json', 'fout');
      expect(broken.code).toBe(1);
      const brokenReport = JSON.parse(broken.out) as { scenarios: { id: string }[]; errors: number; diagnostics: { code: string }[] };
      expect(brokenReport.scenarios.map((s) => s.id)).toEqual(['derde']);
      expect(brokenReport.errors).toBeGreaterThan(0);
      expect(brokenReport.diagnostics.map((d) => d.code)).toContain('SC050');
    },
  );

  it('checks a file named twice, or also inside a named folder, once', { timeout: TIMEOUT }, () => {
    const result = run('goed', 'goed/a.yaml', './goed/a.yaml', join(dir, 'goed/b.yaml'));
    expect(result.out.split('\n').filter(Boolean)).toEqual([
      ...shadowed('goed/a.yaml'),
      'goed/a.yaml: ok (2 momenten, 2 eindes, 37 teksten zonder Engelse versie)',
      ...shadowed('goed/b.yaml'),
      'goed/b.yaml: ok (2 momenten, 2 eindes, 37 teksten zonder Engelse versie)',
      "2 scenario's gecontroleerd: 0 fouten, 0 waarschuwingen",
    ]);
    expect(result.code).toBe(0);
    expectNoStack(result);
  });

  it('reports a mistyped path in one Dutch line and still checks the other files', { timeout: TIMEOUT }, () => {
    const result = run('goed/a.yml', 'goed/b.yaml');
    expect(result.out.split('\n').filter(Boolean)).toEqual([
      "goed/a.yml:1:1 error SC051 Bestand of map niet gevonden — bedoelde je 'goed/a.yaml'?",
      ...shadowed('goed/b.yaml'),
      'goed/b.yaml: ok (2 momenten, 2 eindes, 37 teksten zonder Engelse versie)',
      "2 scenario's gecontroleerd: 1 fout, 0 waarschuwingen",
    ]);
    expect(result.code).toBe(1);
    expectNoStack(result);
  });

  it('reports every unreadable file in its own Dutch line and still checks the others', { timeout: TIMEOUT }, () => {
    const result = run('fout');
    const notes = shadowed('fout/goed.yaml');
    expect(result.out.split('\n').filter(Boolean).slice(0, 2)).toEqual(notes);
    const lines = result.out.split('\n').filter(Boolean).slice(notes.length);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('fout/goed.yaml: ok (2 momenten, 2 eindes, 37 teksten zonder Engelse versie)');
    expect(lines[1]).toMatch(
      /^fout\/latin1\.yaml:18:34 error SC050 Bestand latin1\.yaml is niet opgeslagen als UTF-8: het teken hier \(byte 0xE9\) is waarschijnlijk 'é' .* — open het in Kladblok en kies Opslaan als… → Codering: UTF-8/,
    );
    expect(lines[2]).toBe(
      "fout/link.yaml:1:1 error SC051 Deze link (snelkoppeling) wijst naar 'verhuisd.yaml', en dat bestaat niet — laat de link naar een bestaand bestand wijzen, of verwijder hem",
    );
    expect(lines[3]).toBe(
      'fout/oud.yaml:1:1 error SC051 Dit is een map, geen bestand — een casus is één bestand: geef de map een naam zonder .yaml',
    );
    expect(lines[4]).toMatch(
      /^fout\/utf16\.yaml:1:1 error SC050 Bestand utf16\.yaml is opgeslagen als UTF-16 \('Unicode'\), niet als UTF-8 — open het in Kladblok/,
    );
    expect(lines[5]).toBe("5 scenario's gecontroleerd: 4 fouten, 0 waarschuwingen");
    expect(result.code).toBe(1);
    expectNoStack(result);
  });

  it('checks the scenarios folder when no file or folder is named, and says so when there is none', { timeout: TIMEOUT }, () => {
    const none = run();
    expect(none.code).toBe(1);
    expect(none.out).toMatch(/^Geen map scenarios\/ in .*: noem de bestanden of mappen die je wilt controleren/);
    mkdirSync(join(dir, 'scenarios'));
    writeFileSync(join(dir, 'scenarios/casus.yaml'), valid);
    symlinkSync('trainer@laptop.4242:1700000000', join(dir, 'scenarios/.#casus.yaml'));
    const result = run('--sources', 'bronnen');
    expect(result.out.split('\n').filter(Boolean)).toEqual([
      'Bronteksten niet gevonden in bronnen: citaten worden niet gecontroleerd.',
      ...shadowed('scenarios/casus.yaml'),
      'scenarios/casus.yaml: ok (2 momenten, 2 eindes, 37 teksten zonder Engelse versie)',
      '1 scenario gecontroleerd: 0 fouten, 0 waarschuwingen',
    ]);
    expect(result.code).toBe(0);
    expectNoStack(result);
  });

  it('--upgrade rewrites a file in an older format, says what changed, and then checks it without notes', { timeout: TIMEOUT }, () => {
    mkdirSync(join(dir, 'oud'));
    copyFileSync(join(fixtures, 'warn-format-upgrade.yaml'), join(dir, 'oud/casus.yaml'));
    const before = run('oud');
    expect(before.out).toContain('warning SC018 Formaat 1 is bij het lezen bijgewerkt naar formaat 3');
    const result = run('--upgrade', 'oud/casus.yaml');
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      "oud/casus.yaml: bijgewerkt van formaat 1 naar 3:\n  - 'duration: 2' weggehaald bij dit eenmalige bedrag: het telde al maar één keer",
    );
    expect(result.out).not.toContain('SC018');
    expect(readFileSync(join(dir, 'oud/casus.yaml'), 'utf8')).toBe(
      readFileSync(join(root, 'test/fixtures/upgrade/warn-format-upgrade.upgraded.yaml'), 'utf8'),
    );
    expect(run('--upgrade', 'oud/casus.yaml').out).toContain('oud/casus.yaml: al formaat 3, niets bijgewerkt');
    expectNoStack(result);
  });
});
