import { autocompletion } from '@codemirror/autocomplete';
import { indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, hoverTooltip, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { OwnScenarioMessage } from '../../ui/components/own-scenario-panel.ts';
import { scenarioCompletions, keyHover } from './scenario-help.ts';

/**
 * Time between the last keystroke and the check. With the check itself (tens of milliseconds for a casus the size
 * of Twee zonen in the kept worker, see tools/bench/bench-werkplaats.mjs) the messages stand within 300 ms.
 */
export const CHECK_DELAY_MS = 200;

export type LocatedMessage = Pick<OwnScenarioMessage, 'line' | 'column' | 'severity' | 'code' | 'message' | 'hint'>;

export interface YamlEditorOptions {
  readonly parent: HTMLElement;
  readonly text: string;
  /** The accessible name of the text area. */
  readonly label: string;
  /** Checks the text (in the worker); null when the check was overtaken by a newer one or stopped. */
  readonly check: (text: string) => Promise<readonly LocatedMessage[] | null>;
  readonly onChange: (text: string) => void;
}

/** A message at its line and column (1-based), marking the rest of the line: the gutter and the underline show it. */
export function toEditorDiagnostic(doc: Text, message: LocatedMessage): EditorDiagnostic {
  const line = doc.line(Math.min(Math.max(1, message.line), doc.lines));
  const from = Math.min(line.from + Math.max(0, message.column - 1), line.to);
  return {
    from,
    to: from < line.to ? line.to : from,
    severity: message.severity,
    source: message.code,
    message: message.hint ? `${message.message} — ${message.hint}` : message.message,
  };
}

/** CodeMirror 6 with YAML, messages from the checking worker in the gutter, hover help and completion from the schema. */
export function createYamlEditor({ parent, text, label, check, onChange }: YamlEditorOptions): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        // Tab indents; Escape then Tab leaves the editor (said in the view), so the keyboard is never trapped.
        keymap.of([indentWithTab]),
        yaml(),
        EditorState.tabSize.of(2),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': label, lang: 'nl' }),
        autocompletion({ override: [scenarioCompletions] }),
        hoverTooltip(keyHover),
        lintGutter(),
        linter(
          async (view) => {
            const doc = view.state.doc;
            const messages = await check(doc.toString());
            // Overtaken by a newer check: keep what is shown until the newest answers.
            if (messages === null) return [];
            return messages.map((m) => toEditorDiagnostic(doc, m));
          },
          { delay: CHECK_DELAY_MS },
        ),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}
