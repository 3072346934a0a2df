import { insertNewlineAndIndent } from '@codemirror/commands';
import { ensureSyntaxTree } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { EditorState, type StateCommand } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { continueYamlList, withoutComment, yamlIndentAfter, yamlIndentation } from '../../src/app/werkplaats/yaml-indent.ts';

/** Presses Enter with the cursor at `|` (end of the text when absent), as the editor does: the list command first, then the default. */
function enter(marked: string): string {
  const at = marked.includes('|') ? marked.indexOf('|') : marked.length;
  const doc = marked.replace('|', '');
  let state = EditorState.create({ doc, selection: { anchor: at }, extensions: [yamlIndentation, yaml(), EditorState.tabSize.of(2)] });
  ensureSyntaxTree(state, state.doc.length, 5000);
  const run = (command: StateCommand) =>
    command({
      state,
      dispatch: (tr) => {
        state = tr.state;
      },
    });
  if (!run(continueYamlList)) run(insertNewlineAndIndent);
  const head = state.selection.main.head;
  return `${state.doc.sliceString(0, head)}|${state.doc.sliceString(head)}`;
}

describe('werkplaats: Enter follows the YAML structure', () => {
  it('indents one level after a key that opens a block', () => {
    expect(enter('costs:')).toBe('costs:\n  |');
    expect(enter('moments:\n  brief:\n    options:')).toBe('moments:\n  brief:\n    options:\n      |');
    expect(enter('moments:\n  brief:\n    options:   # 2 tot 4 keuzes')).toBe(
      'moments:\n  brief:\n    options:   # 2 tot 4 keuzes\n      |',
    );
    expect(enter('options:\n  - id: a\n    costs:')).toBe('options:\n  - id: a\n    costs:\n      |');
    expect(enter('options:\n  - values:')).toBe('options:\n  - values:\n      |');
  });

  it('keeps a sibling key at its level and continues a mapping item at its keys', () => {
    expect(enter('title:\n  nl: "Huur"')).toBe('title:\n  nl: "Huur"\n  |');
    expect(enter('options:\n  - id: samen-bellen')).toBe('options:\n  - id: samen-bellen\n    |');
    expect(enter('text: "Let op: # geen commentaar"')).toBe('text: "Let op: # geen commentaar"\n|');
  });

  it('indents a block text after | or >, and looks past blank and comment lines', () => {
    expect(enter('rules_note: >-')).toBe('rules_note: >-\n  |');
    expect(enter('moments:\n  brief:\n    title: x\n\n    # uitleg')).toBe('moments:\n  brief:\n    title: x\n\n    # uitleg\n    |');
  });

  it('splits a line at the cursor by the text before it', () => {
    expect(enter('costs:|\nnext: b')).toBe('costs:\n  |\nnext: b');
  });

  it('continues a list of plain values with "- " and ends it on an empty item', () => {
    expect(enter('themes:\n  - "Schulden"')).toBe('themes:\n  - "Schulden"\n  - |');
    expect(enter('themes:\n  - "Schulden"\n  - ')).toBe('themes:\n  - "Schulden"\n  |');
  });

  it('reads comments only outside quotes', () => {
    expect(withoutComment('a: "x # y" # z')).toBe('a: "x # y"');
    expect(withoutComment('a: x#y')).toBe('a: x#y');
    expect(yamlIndentAfter('   # alleen uitleg', 2)).toBeNull();
  });
});
