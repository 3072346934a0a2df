import type { LineCounter } from 'yaml';
import { report } from '../diagnostics/registry.ts';
import { visible } from '../diagnostics/visible.ts';
import type { Draft } from './draft.ts';
import type { PairScalarVisitor } from './yaml-walk.ts';

/** C0 controls but tab, line feed and carriage return; DEL; C1. Never part of a text a player should see. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Every text value holding a control character, one message per value. In double quotes YAML turns `\e`,
 * `\a` or `\x1b` into one, and a pasted one is invisible in most editors; it would reach the player's screen
 * (and a trainer's terminal) as it is.
 */
export function controlVisitor(lineCounter: LineCounter, drafts: Draft[]): PairScalarVisitor {
  return {
    Scalar(key, node) {
      // Keys are names, not text for players: an odd one is an unknown key, shown escaped.
      if (key === 'key' || typeof node.value !== 'string') return;
      const found = CONTROL.exec(node.value);
      if (!found) return;
      const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
      drafts.push({ line, column: col, ...report('SC057', 'control', { char: visible(found[0]) }) });
    },
  };
}

/**
 * A `%YAML` directive for any version but 1.2. The parser follows it: under `%YAML 1.1`, `amount: 1:30` is the
 * number 90 (base 60) and `yes` is true, so the casus would silently say something else than it reads.
 */
export function yamlVersionProblem(source: string, lineCounter: LineCounter): Draft | undefined {
  const end = source.search(/^---/m);
  const directives = end < 0 ? source : source.slice(0, end);
  const found = /^%YAML[ \t]+([^\s#]*)/m.exec(directives);
  if (!found || found[1] === '1.2') return undefined;
  const version = found[1] ?? '';
  const { line, col } = lineCounter.linePos(found.index + found[0].length - version.length);
  return { line, column: col, ...report('SC001', 'yamlVersion', { version: visible(version) || '?' }) };
}
