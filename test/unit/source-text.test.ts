import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { sourceText } from '../../src/authoring/parse/source-text.ts';
import { windows1252Char } from '../../src/authoring/parse/windows-1252.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

/** The one diagnostic for bytes that are refused, as the checker prints it. */
function refusal(input: Uint8Array): string {
  const result = sourceText(input, 'map/casus.yaml');
  if (!('problem' in result)) throw new Error(`accepted: ${result.text}`);
  return formatDiagnostic(result.problem);
}

describe('scenario bytes → text', () => {
  it('reads UTF-8 as it is, and drops a byte order mark', () => {
    expect(sourceText(bytes('id: café\r\n'), 'a.yaml')).toEqual({ text: 'id: café\r\n' });
    expect(sourceText(bytes([0xef, 0xbb, 0xbf], 'id: café\n'), 'a.yaml')).toEqual({ text: 'id: café\n' });
    expect(sourceText(new Uint8Array(), 'a.yaml')).toEqual({ text: '' });
  });

  it('accepts a replacement character that was written in the file', () => {
    expect(sourceText(bytes('text: kapot � teken\n'), 'a.yaml')).toEqual({ text: 'text: kapot � teken\n' });
  });

  it('locates the first byte that is not UTF-8 by line and character, and names the letter it probably was', () => {
    const latin1 = bytes('id: één\ntext: "€ 5, ', [0xe9], 'tagère"\n');
    expect(refusal(latin1)).toMatch(
      /^map\/casus\.yaml:2:13 error SC050 Bestand casus\.yaml is niet opgeslagen als UTF-8: het teken hier \(byte 0xE9\) is waarschijnlijk 'é' /,
    );
    expect(refusal(bytes('a: � ', [0x93], 'x', [0x94]))).toMatch(/^map\/casus\.yaml:1:6 .*byte 0x93\) is waarschijnlijk '“'/);
  });

  it('says "Opslaan als… → Codering: UTF-8" for Kladblok, and how in TextEdit and Word', () => {
    const line = refusal(bytes([0xeb]));
    expect(line).toContain('Kladblok en kies Opslaan als… → Codering: UTF-8');
    expect(line).toContain('TextEdit');
    expect(line).toContain('Word');
  });

  it('does not guess a letter for bytes Windows-1252 leaves empty, nor for a cut-off UTF-8 character', () => {
    expect(refusal(bytes('a: ', [0x81]))).toMatch(/:1:4 error SC050 .*byte 0x81\) is in UTF-8 onleesbaar/);
    expect(refusal(bytes('a: caf', [0xc3]))).toMatch(/:1:7 error SC050 .*byte 0xC3\) is waarschijnlijk 'Ã'/);
  });

  it('refuses UTF-16 with either byte order mark, and without one', () => {
    const text = 'format: 1\nid: casus\n';
    const le = [...text].flatMap((c) => [c.charCodeAt(0), 0]);
    const be = [...text].flatMap((c) => [0, c.charCodeAt(0)]);
    for (const input of [bytes([0xff, 0xfe], le), bytes([0xfe, 0xff], be), bytes(le), bytes(be)]) {
      expect(refusal(input)).toMatch(
        /^map\/casus\.yaml:1:1 error SC050 Bestand casus\.yaml is opgeslagen als UTF-16 \('Unicode'\), niet als UTF-8 — /,
      );
    }
  });

  it('refuses a file that is not text at all', () => {
    expect(refusal(bytes('PK', [3, 4, 20, 0, 6, 0], 'word/document.xml', [0, 0, 0, 0, 0x8f, 0x12]))).toMatch(
      /error SC050 Bestand casus\.yaml is geen tekstbestand/,
    );
  });

  it('knows the Windows-1252 letters that differ from Latin-1, and none below 0x80', () => {
    expect([0x80, 0x85, 0x91, 0x96, 0xe8, 0xef, 0xa0].map(windows1252Char)).toEqual(['€', '…', '‘', '–', 'è', 'ï', 'harde spatie']);
    expect([0x41, 0x8d, 0x100].map(windows1252Char)).toEqual([undefined, undefined, undefined]);
  });

  it('needs no Node: the browser can use it for a file a trainer opens', () => {
    for (const file of ['parse/source-text.ts', 'parse/windows-1252.ts', 'diagnostics/registry.ts']) {
      expect(readFileSync(join(import.meta.dirname, '../../src/authoring', file), 'utf8')).not.toMatch(/from 'node:|require\(/);
    }
  });
});
