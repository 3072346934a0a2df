import { isScalar, Scalar, type LineCounter } from 'yaml';
import { report } from '../diagnostics/registry.ts';
import type { Draft } from './draft.ts';
import type { PairScalarVisitor } from './yaml-walk.ts';

/**
 * Characters Word, Outlook and PDFs put where a trainer meant a plain one. In a key or a name they make an
 * otherwise correct word unknown; around a text they are shown to players as part of it.
 */
const LOOKALIKES: Readonly<Record<string, { readonly name: string; readonly plain: string }>> = {
  '“': { name: 'krullend aanhalingsteken “', plain: '"' },
  '”': { name: 'krullend aanhalingsteken ”', plain: '"' },
  '„': { name: 'laag aanhalingsteken „', plain: '"' },
  '‘': { name: 'krullend enkel aanhalingsteken ‘', plain: "'" },
  '’': { name: 'krullend enkel aanhalingsteken ’', plain: "'" },
  '–': { name: 'gedachtestreepje –', plain: '-' },
  '—': { name: 'lang streepje —', plain: '-' },
  '\u2011': { name: 'vast afbreekstreepje', plain: '-' },
  '\u00a0': { name: 'harde spatie', plain: 'een gewone spatie' },
  '\u202f': { name: 'smalle harde spatie', plain: 'een gewone spatie' },
  '\u200b': { name: 'onzichtbare spatie', plain: 'niets' },
};
const ANY = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`);
const OPEN = /^[“„‘]/;
const CLOSE = /[”’]$/;
/** An opening curly quote after the first character: the text holds more than one quotation. */
const OPEN_INSIDE = /.[“„‘]/s;

/**
 * Curly quotes that wrap a whole text are Word's when the trainer meant YAML's own quotes: then the value is a
 * plain scalar holding one quotation. Inside "…", '…' or a block (> or |) they are typography on purpose, as the
 * bundled casussen use it for what someone says; so is a text that holds several quotations.
 */
function wordQuoted(node: Scalar, text: string): boolean {
  if (node.type !== Scalar.PLAIN) return false;
  return text.length > 1 && OPEN.test(text) && CLOSE.test(text) && !OPEN_INSIDE.test(text);
}

function at(lineCounter: LineCounter, offset: number | undefined): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset ?? 0);
  return { line, column: col };
}

function lookalike(text: string): { name: string; plain: string } | undefined {
  const found = ANY.exec(text);
  return found ? LOOKALIKES[found[0]] : undefined;
}

/** SC070: look-alike characters in keys and names, and whole texts wrapped in Word's curly quotes. */
export function typographyVisitor(lineCounter: LineCounter, drafts: Draft[]): PairScalarVisitor {
  return {
    Pair(_, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string') {
        const found = lookalike(pair.key.value);
        if (found) drafts.push({ ...at(lineCounter, pair.key.range?.[0]), ...report('SC070', 'inKey', { key: pair.key.value, ...found }) });
      }
    },
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string') return;
      // A quote is copied from its source as it stands there, typography included (SC027 compares loosely).
      const parent = path.at(-1);
      if (parent && 'key' in parent && isScalar(parent.key) && parent.key.value === 'quote') return;
      const text = node.value.trim();
      if (wordQuoted(node, text)) {
        const field = parent && 'key' in parent && isScalar(parent.key) ? String(parent.key.value) : 'text';
        const example = text.length > 40 ? `${text.slice(0, 30)}…${text.at(-1)}` : text;
        drafts.push({
          ...at(lineCounter, node.range?.[0]),
          ...report('SC070', 'wrapped', { quote: `${text[0]}…${text.at(-1)}`, field, example }),
        });
        return;
      }
      // A value without an ordinary space is a name (id, next, payer …): a look-alike makes it unknown.
      const found = !/ /.test(text) ? lookalike(text) : undefined;
      if (found) drafts.push({ ...at(lineCounter, node.range?.[0]), ...report('SC070', 'inName', { value: text, ...found }) });
    },
  };
}
