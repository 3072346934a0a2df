import type { Severity } from './diagnostic.ts';
import { DIAGNOSTICS, type DiagnosticDescriptor } from './registry.ts';

/** The guide's Dutch words for a severity. */
const SEVERITY_NL: Readonly<Record<Severity, string>> = { error: 'fout', warning: 'waarschuwing', info: 'ter informatie' };

function severities(d: DiagnosticDescriptor): string {
  const all = new Set<Severity>([d.severity, ...Object.values(d.messages).map((m) => m.severity ?? d.severity)]);
  return [...all].map((s) => SEVERITY_NL[s]).join(' of ');
}

/** An example is YAML when it looks like keys or a list; otherwise (a file name, a command) it is plain prose. */
const looksLikeYaml = (example: string) => /^\s*(?:-\s|[\w<[]+[^\n]*:)/.test(example) && !example.startsWith('(');

function example(text: string): string {
  return looksLikeYaml(text) ? ['```yaml', text, '```'].join('\n') : `Voorbeeld: ${text}`;
}

/** One section per code, in registry order: title, weight, when you meet it, an example and what to do. */
export function diagnosticsGuide(): string {
  return Object.entries(DIAGNOSTICS as Record<string, DiagnosticDescriptor>)
    .map(([code, d]) =>
      [`#### ${code} — ${d.title} (${severities(d)})`, '', d.description, '', example(d.example), '', `**Wat te doen:** ${d.fix}`].join(
        '\n',
      ),
    )
    .join('\n\n');
}
