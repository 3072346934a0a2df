import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DIAGNOSTICS, report, type DiagnosticDescriptor } from '../../src/authoring/diagnostics/registry.ts';
import { DIAGNOSTICS_DOC, diagnosticsTable, tableInReadme } from '../../src/authoring/diagnostics/table.ts';
import { scenarioSchema } from '../../src/authoring/schema/schema.ts';
import { zodIssuesToDrafts } from '../../src/authoring/schema/zod-diagnostics.ts';

const root = join(import.meta.dirname, '../..');
const entries = Object.entries(DIAGNOSTICS as Record<string, DiagnosticDescriptor>);

/**
 * Codes no file can produce, each tested here or elsewhere instead of by a fixture:
 * - SC000: a crash of the checker itself (test/unit/scenario-files.test.ts);
 * - SC008: the fallback for schema problems the current schema cannot raise (tested below);
 * - SC051: a file or folder that cannot be read, which no file's content can carry (test/unit/check-cli.test.ts
 *   and test/unit/vite-plugin-scenarios.test.ts run the real checker on such paths);
 * - SC106: a story too large to walk for the endings' assumptions (test/unit/format-3.test.ts lowers the limit).
 */
const NO_FIXTURE = new Set(['SC000', 'SC008', 'SC051', 'SC106']);

function expectedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return expectedFiles(path);
    return entry.name.endsWith('expected.txt') ? [path] : [];
  });
}

/** Codes as they stand in fixture output: "file:line:column severity CODE message". */
const codesInFixtures = new Set(
  expectedFiles(join(root, 'test/fixtures')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^\S+:\d+:\d+ (?:error|warning|info) (SC\d{3}) /gm)].map((m) => m[1]),
  ),
);

describe('diagnostics registry', () => {
  it.each(entries.map(([code]) => code))('%s has a fixture that produces it (or a commented exemption)', (code) => {
    if (NO_FIXTURE.has(code)) return;
    expect(codesInFixtures.has(code), `no test/fixtures/**/*expected.txt shows ${code}: add a fixture pair`).toBe(true);
  });

  it('lists codes in ascending order, so additions merge cleanly', () => {
    const codes = entries.map(([code]) => code);
    expect(codes).toEqual([...codes].sort());
  });

  it.each(entries)('%s is documented: title, description, example, fix and at least one message', (_code, d) => {
    for (const text of [d.title, d.description, d.example, d.fix]) expect(text.trim()).not.toBe('');
    expect(Object.keys(d.messages).length).toBeGreaterThan(0);
  });

  it('fills placeholders and takes the variant severity over the code severity', () => {
    expect(report('SC023', 'durationOnce')).toEqual({
      severity: 'warning',
      code: 'SC023',
      message: "Een eenmalig bedrag heeft geen 'duration'",
      hint: "laat 'duration' weg",
    });
    expect(report('SC020', 'tooManyDecimals', { amount: 1.005, rounded: '1.01' }).message).toBe(
      'Bedrag 1.005 heeft meer dan twee decimalen',
    );
  });

  it('reports a schema problem without a message of its own as SC008, with the schema text', () => {
    const issue: z.core.$ZodIssue = { code: 'custom', path: ['format'], message: 'Invalid input', input: 1 };
    const drafts = zodIssuesToDrafts([issue], { data: { format: 1 }, schema: scenarioSchema, locate: () => ({ line: 1, column: 9 }) });
    expect(drafts).toEqual([{ line: 1, column: 9, severity: 'error', code: 'SC008', message: "'format': Invalid input" }]);
  });
});

describe('docs/diagnostics.md table of messages', () => {
  it('is the table generated from the registry', () => {
    const doc = readFileSync(join(root, DIAGNOSTICS_DOC), 'utf8');
    expect(tableInReadme(doc), 'the table is out of date: run `npm run docs:diagnostics`').toBe(diagnosticsTable());
  });

  it('has a row for every code, with its severities', () => {
    const table = diagnosticsTable();
    for (const [code] of entries) expect(table).toContain(`| ${code} |`);
    expect(table).toContain('| SC023 | error / warning |');
  });
});
