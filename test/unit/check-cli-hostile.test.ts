import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES_PER_FILE } from '../../src/authoring/diagnostics/cap.ts';
import { oversized, unknownKeys } from '../support/hostile-text.ts';
import { runCheck, type CommandRun } from './support/check-command.ts';

// The trainer's command on hostile files made here (none is stored), run in-process as check-cli.test.ts does.
const root = join(import.meta.dirname, '../..');
const valid = readFileSync(join(root, 'test/fixtures/scenarios/minimal-valid.yaml'), 'utf8');
const TIMEOUT = 60_000;
const ESC = '\u001b';

let dir = '';

const run = (...args: string[]): CommandRun => runCheck(dir, ...args);

/** Nothing a terminal would act on: no C0 control but tab and line feed, no DEL, no C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-cli-hostile-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check-scenarios on hostile files', () => {
  it('writes out control characters in keys and file names, in every line and in --json', { timeout: TIMEOUT }, () => {
    mkdirSync(join(dir, 'stuur'));
    const name = `t${ESC}]0;gekaapt\u0007itel${ESC}[2J\u009b.yaml`;
    writeFileSync(join(dir, 'stuur', name), valid.replace('title: Minimale casus', `title: Minimale casus\n"sleutel${ESC}[2J\u0085": 1`));
    const human = run('stuur');
    expect(human.code).toBe(1);
    expect(human.out).not.toMatch(RAW_CONTROL);
    expect(human.out).toContain('t\\u001b]0;gekaapt\\u0007itel\\u001b[2J\\u009b.yaml:');
    expect(human.out).toContain("Onbekende sleutel 'sleutel\\u001b[2J\\u0085'");
    const json = run('--json', 'stuur');
    expect(json.out).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(json.out) as { diagnostics: { file: string; message: string }[] };
    // Still the same data once parsed: the escapes are JSON's own.
    expect(report.diagnostics.map((d) => d.message)).toContain(`Onbekende sleutel 'sleutel${ESC}[2J\u0085'`);
  });

  it('a control character in a text for players is an error where it stands', { timeout: TIMEOUT }, () => {
    mkdirSync(join(dir, 'tekst'));
    writeFileSync(join(dir, 'tekst/casus.yaml'), valid.replace('title: Minimale casus', 'title: "Minimale\\e[5m casus\\a"'));
    const result = run('tekst');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/tekst\/casus\.yaml:3:8 error SC057 .*\(\\u001b\)/);
    expect(result.out).not.toMatch(RAW_CONTROL);
  });

  it('caps the messages of one file at the first hundred and counts the rest in one line', { timeout: TIMEOUT }, () => {
    mkdirSync(join(dir, 'sleutels'));
    writeFileSync(join(dir, 'sleutels/veel.yaml'), unknownKeys(5000));
    const result = run('sleutels');
    expect(result.code).toBe(1);
    const lines = result.out.trim().split('\n');
    expect(lines.filter((l) => l.includes(' SC002 '))).toHaveLength(MESSAGES_PER_FILE);
    expect(result.out).toContain(`sleutels/veel.yaml: … en nog ${5000 - MESSAGES_PER_FILE} meldingen`);
    // The totals still count every message.
    expect(lines.at(-1)).toBe('1 scenario gecontroleerd: 5000 fouten, 0 waarschuwingen');
  });

  it('refuses a file over 1 MB in one Dutch line, before reading it', { timeout: TIMEOUT }, () => {
    mkdirSync(join(dir, 'groot'));
    writeFileSync(join(dir, 'groot/groot.yaml'), oversized(3 * 1024 * 1024));
    const result = run('groot');
    expect(result.code).toBe(1);
    expect(result.out).toContain('groot/groot.yaml:1:1 error SC051 Dit bestand is 3,0 MB groot; het spel opent casussen tot 1,0 MB');
    expect(result.out.trim().split('\n')).toHaveLength(2);
  });

  it('names a link that leads back to itself a loop, not a missing file', { timeout: TIMEOUT }, () => {
    mkdirSync(join(dir, 'kring'));
    symlinkSync('b.yaml', join(dir, 'kring/a.yaml'));
    symlinkSync('a.yaml', join(dir, 'kring/b.yaml'));
    const result = run('kring');
    expect(result.code).toBe(1);
    expect(result.out).toContain('kring/a.yaml:1:1 error SC051 Deze link (snelkoppeling) wijst via andere links weer naar zichzelf');
    expect(result.out).not.toContain('bestaat niet');
  });

  it('refuses a %YAML 1.1 directive, which would read amount: 1:30 as 90', { timeout: TIMEOUT }, () => {
    mkdirSync(join(dir, 'versie'));
    writeFileSync(join(dir, 'versie/oud.yaml'), `%YAML 1.1\n---\n${valid.replace('amount: 300', 'amount: 1:30')}`);
    const result = run('versie');
    expect(result.code).toBe(1);
    expect(result.out).toContain('versie/oud.yaml:1:7 error SC001 Dit bestand vraagt om YAML 1.1');
  });
});
