import { describe, expect, it } from 'vitest';
import { cappedLines, capPerFile } from '../../src/authoring/diagnostics/cap.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { visible, visibleJson, visibleLine } from '../../src/authoring/diagnostics/visible.ts';

const message = (file: string, line: number, text = 'Onbekende sleutel'): Diagnostic => ({
  file,
  line,
  column: 1,
  severity: 'error',
  code: 'SC002',
  message: text,
});

describe('messages as people read them', () => {
  it('writes out C0 (tab and line feed aside), DEL, C1 and the bidirectional overrides', () => {
    expect(visible('a\u001b[2Jb\u0007c\td\ne\u007f\u0085\u009b\u202e\u2066')).toBe(
      'a\\u001b[2Jb\\u0007c\td\ne\\u007f\\u0085\\u009b\\u202e\\u2066',
    );
    expect(visible('\r')).toBe('\\u000d');
    expect(visibleLine('twee\nregels')).toBe('twee\\nregels');
    expect(visible('Interveniëren € 4.600 “citaat”')).toBe('Interveniëren € 4.600 “citaat”');
  });

  it('keeps JSON valid and its data the same once parsed', () => {
    const data = { file: 'a\u009b\u001b.yaml', message: 'x\u007f\u202e' };
    const json = visibleJson(JSON.stringify(data));
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(json)).toEqual(data);
  });

  it('formats a diagnostic on one line with its file name and key written out', () => {
    const line = formatDiagnostic({ ...message('t\u001b]0;x\u0007.yaml', 3, "Onbekende sleutel 'a\nb\u001b'"), hint: 'h\u009b' });
    expect(line).toBe("t\\u001b]0;x\\u0007.yaml:3:1 error SC002 Onbekende sleutel 'a\\nb\\u001b' — h\\u009b");
  });

  it('shows each file its first messages and counts the rest in one line after them', () => {
    const all = [
      ...Array.from({ length: 5 }, (_, i) => message('a.yaml', i + 1)),
      message('b.yaml', 1),
      ...Array.from({ length: 4 }, (_, i) => message('c.yaml', i + 1)),
    ];
    expect(capPerFile(all, 3).hidden).toEqual(
      new Map([
        ['a.yaml', 2],
        ['c.yaml', 1],
      ]),
    );
    const lines = cappedLines(all, (d) => `${d.file}:${d.line}`, 3);
    expect(lines).toEqual([
      'a.yaml:1',
      'a.yaml:2',
      'a.yaml:3',
      'a.yaml: … en nog 2 meldingen (los eerst de bovenstaande op; --json geeft ze allemaal)',
      'b.yaml:1',
      'c.yaml:1',
      'c.yaml:2',
      'c.yaml:3',
      'c.yaml: … en nog 1 melding (los eerst de bovenstaande op; --json geeft ze allemaal)',
    ]);
  });
});
