import type { Lang } from '../domain/scenario/text.ts';
import { pluralCategory } from './intl.ts';

/**
 * The catalogue's message syntax, a small part of ICU MessageFormat:
 * - `{name}` is replaced by the value passed as `name`;
 * - `{count, plural, one {# fout} other {# fouten}}` chooses a form by the language's plural rules
 *   (`zero`, `one`, `two`, `few`, `many`, `other`, or an exact `=0`); `#` in a form is the count, and a form may hold
 *   `{name}` placeholders. `other` is required.
 */
export type Part = string | { readonly name: string } | { readonly count: true } | Plural;
export interface Plural {
  readonly name: string;
  readonly forms: Readonly<Record<string, readonly Part[]>>;
}

export class MessageSyntaxError extends Error {}

const PLACEHOLDER = /\{(\w+)\}/y;
const PLURAL_START = /\{(\w+),\s*plural,/y;
const FORM = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
const CLOSE = /\s*\}/y;

function match(regex: RegExp, text: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at;
  return regex.exec(text);
}

/** Parses from `at` until the end or, inside a plural form, the form's closing brace. */
function parseParts(text: string, at: number, inForm: boolean): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let literal = '';
  const flush = () => {
    if (literal) parts.push(literal);
    literal = '';
  };
  let i = at;
  while (i < text.length) {
    const char = text[i]!;
    if (inForm && char === '}') break;
    const placeholder = char === '{' ? match(PLACEHOLDER, text, i) : null;
    const plural = char === '{' && !placeholder ? match(PLURAL_START, text, i) : null;
    if (placeholder) {
      flush();
      parts.push({ name: placeholder[1]! });
      i += placeholder[0].length;
    } else if (plural) {
      flush();
      const parsed = parseForms(text, i + plural[0].length, plural[1]!);
      parts.push(parsed.plural);
      i = parsed.end;
    } else if (inForm && char === '#') {
      flush();
      parts.push({ count: true });
      i += 1;
    } else {
      literal += char;
      i += 1;
    }
  }
  if (inForm && i >= text.length) throw new MessageSyntaxError(`A plural form is not closed with "}" in: ${text}`);
  flush();
  return { parts, end: i };
}

function parseForms(text: string, at: number, name: string): { plural: Plural; end: number } {
  const forms: Record<string, Part[]> = {};
  let i = at;
  for (;;) {
    const close = match(CLOSE, text, i);
    if (close) {
      if (!forms.other) throw new MessageSyntaxError(`The plural of {${name}} has no "other" form in: ${text}`);
      return { plural: { name, forms }, end: i + close[0].length };
    }
    const form = match(FORM, text, i);
    if (!form) throw new MessageSyntaxError(`The plural of {${name}} expects a form such as "one {…}" at ${i} in: ${text}`);
    const inner = parseParts(text, i + form[0].length, true);
    forms[form[1]!] = inner.parts;
    i = inner.end + 1;
  }
}

export function parseMessage(text: string): readonly Part[] {
  return parseParts(text, 0, false).parts;
}

/** The placeholders a message fills, with whether each is a plural's count (a number) or any value. */
export function placeholdersOf(parts: readonly Part[]): Map<string, 'count' | 'value'> {
  const found = new Map<string, 'count' | 'value'>();
  const walk = (list: readonly Part[]) => {
    for (const part of list) {
      if (typeof part === 'string' || 'count' in part) continue;
      if ('forms' in part) {
        found.set(part.name, 'count');
        Object.values(part.forms).forEach(walk);
      } else if (!found.has(part.name)) found.set(part.name, 'value');
    }
  };
  walk(parts);
  return found;
}

export type Values = Readonly<Record<string, string | number>>;

/** Writes a parsed message out; a placeholder without a value stays as written ("{name}"). */
export function formatMessage(parts: readonly Part[], values: Values, lang: Lang, count?: string | number): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('count' in part) out += String(count);
    else if (!(part.name in values)) out += `{${part.name}}`;
    else if ('forms' in part) {
      const value = values[part.name]!;
      const n = Number(value);
      const form = part.forms[`=${n}`] ?? part.forms[pluralCategory(n, lang)] ?? part.forms.other!;
      out += formatMessage(form, values, lang, value);
    } else out += String(values[part.name]);
  }
  return out;
}
