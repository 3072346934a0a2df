import { Composer, Lexer, Parser, type CST, type Document, type LineCounter } from 'yaml';
import { report } from '../diagnostics/registry.ts';
import type { Draft } from './draft.ts';

/**
 * How deep a casus may nest. The bundled casus needs ten levels; the `yaml` package builds its tree
 * recursively and runs out of stack somewhere near 800 levels (fewer in a busy browser), and the checks
 * after it recurse too. Refusing far below that keeps every later stage safe.
 */
export const MAX_DEPTH = 50;

/**
 * The YAML parsed once, with the problems in the shape of its stream found before any recursive step runs:
 * nesting deeper than MAX_DEPTH, and a second document. The CST parser keeps its open collections on an
 * explicit stack, so the scan cannot overflow and stops at the first problem (which also bounds its time on
 * runaway input); only a stream without them is composed into a document, from the same tokens (what
 * `parseDocument` does, without lexing and parsing the text a second time: that was a quarter of a check).
 */
export function parseYaml(source: string, lineCounter: LineCounter): { readonly problem: Draft } | { readonly doc: Document.Parsed } {
  lineCounter.addNewLine(0);
  const parser = new Parser(lineCounter.addNewLine);
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const tokens: CST.Token[] = [];
  let firstDocument: CST.Token | undefined;
  for (const lexeme of new Lexer().lex(source)) {
    for (const token of parser.next(lexeme)) {
      firstDocument ??= token.type === 'document' ? token : undefined;
      tokens.push(token);
    }
    const [bottom] = parser.stack;
    if (bottom?.type === 'document') {
      firstDocument ??= bottom;
      if (bottom !== firstDocument) return { problem: secondDocument(bottom, at) };
    }
    const top = parser.stack[parser.stack.length - 1];
    // The stack holds the document, then each open collection (and at most one scalar being read).
    if (top && parser.stack.length - 1 > MAX_DEPTH)
      return { problem: { ...at(top.offset), ...report('SC055', 'deep', { limit: MAX_DEPTH }) } };
  }
  tokens.push(...parser.end());
  // Duplicate keys are checked by addDuplicateKeyErrors: the package's own check is quadratic per map.
  const composer = new Composer({ uniqueKeys: false });
  const [doc] = [...composer.compose(tokens, true, source.length)];
  return { doc: doc! };
}

function secondDocument(document: CST.Document, at: (offset: number) => { line: number; column: number }): Draft {
  const marker = document.start.find((t) => t.type === 'doc-start');
  return marker ? { ...at(marker.offset), ...report('SC053', 'marker') } : { ...at(document.offset), ...report('SC053', 'afterEnd') };
}
