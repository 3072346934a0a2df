import { getIndentUnit, indentService } from '@codemirror/language';
import { EditorSelection, type Extension, type StateCommand } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';

/**
 * Enter in the casus's YAML follows its structure. @codemirror/lang-yaml's own indentation (6.1) keeps the column of
 * the mapping the cursor is in, so after `costs:` or `options:` the next line started at the key's own column (a
 * sibling, not a child) and the checker then reported unknown keys. This line-based service takes precedence
 * (the indentService facet is asked before the language's indentNodeProp), the approach CodeMirror users settled
 * on for YAML (e.g. codemirror/dev#1000, Dokploy#4828).
 */

/** The line's text without a trailing comment (a # after a space, outside quotes). */
export function withoutComment(text: string): string {
  let quote: string | null = null;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (at === 0 || /\s/.test(text[at - 1]!))) return text.slice(0, at).trimEnd();
  }
  return text.trimEnd();
}

const LIST_ITEM = /^(\s*)-(?:\s+|$)/;
/** A key opening a block: `key:` with nothing (or only a comment) after it, possibly after a list marker. */
const OPENS_BLOCK = /^(\s*(?:-\s+)*)(?:"[^"]*"|'[^']*'|[^\s#"'][^:#]*?)\s*:$/;
const BLOCK_SCALAR = /:\s*[|>][-+]?\d*$/;

/**
 * The column a new line after `before` (the text of the line being split, up to the cursor) starts at, in YAML:
 * one unit deeper after a key that opens a block or a block text (| or >); under a list item, at its content
 * (`- id: x` → the column of `id`); otherwise the line's own indentation. Null for a line of only blanks or a
 * comment (the caller looks further up).
 */
export function yamlIndentAfter(before: string, unit: number): number | null {
  const text = withoutComment(before);
  if (text.trim() === '') return null;
  const lead = /^\s*/.exec(text)![0].length;
  const item = LIST_ITEM.exec(text);
  // The content of a list item starts after "- " (and after "- - " in nested ones).
  const content = item ? /^(\s*(?:-\s+)*)/.exec(text)![0].length : lead;
  const opens = OPENS_BLOCK.exec(text);
  if (opens) return opens[1]!.length + unit;
  if (BLOCK_SCALAR.test(text)) return content + unit;
  return content;
}

/** The indentation service for the editor: the lines above the cursor decide, skipping blank and comment lines. */
export const yamlIndentation: Extension = indentService.of((context, pos) => {
  const unit = getIndentUnit(context.state);
  let line = context.lineAt(pos, -1);
  // lineAt(pos, -1) sees the line as split at the cursor (the break CodeMirror simulates for Enter).
  let text = line.text.slice(0, Math.max(0, pos - line.from));
  for (;;) {
    const column = yamlIndentAfter(text, unit);
    if (column !== null) return column;
    if (line.from === 0) return 0;
    line = context.lineAt(line.from - 1, -1);
    text = line.text;
  }
});

/**
 * Enter at the end of a list item of plain values (`- "Wonen"`) starts the next item with "- " at the same depth;
 * Enter on an empty item ("- " alone) ends the list, as in Markdown lists. Items that are mappings (`- id: x`)
 * continue with the next key instead (the indentation service).
 */
export const continueYamlList: StateCommand = ({ state, dispatch }) => {
  const range = state.selection.main;
  if (!range.empty || state.selection.ranges.length > 1) return false;
  const line = state.doc.lineAt(range.head);
  if (range.head !== line.to) return false;
  const text = withoutComment(line.text);
  const item = /^(\s*)-(\s+)(.*)$/.exec(text) ?? /^(\s*)-()()$/.exec(text);
  if (!item) return false;
  const [, indent = '', , value = ''] = item;
  if (value === '') {
    // An empty item: take its marker away and stay on the line.
    dispatch(
      state.update({
        changes: { from: line.from, to: line.to, insert: indent },
        selection: EditorSelection.cursor(line.from + indent.length),
        scrollIntoView: true,
        userEvent: 'delete',
      }),
    );
    return true;
  }
  // `- key: value` or `- key:` is a mapping: the indentation service places the next key.
  if (/^(?:"[^"]*"|'[^']*'|[^\s#"'{[][^:#]*?)\s*:(\s|$)/.test(value)) return false;
  const insert = `${state.lineBreak}${indent}- `;
  dispatch(
    state.update({
      changes: { from: range.head, insert },
      selection: EditorSelection.cursor(range.head + insert.length),
      scrollIntoView: true,
      userEvent: 'input',
    }),
  );
  return true;
};

/** Both, ahead of the default Enter (insertNewlineAndIndent, which then uses the service). */
export const yamlEnter: Extension = [yamlIndentation, Prec.high(keymap.of([{ key: 'Enter', run: continueYamlList }]))];
