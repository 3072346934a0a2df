import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { EditorView, Tooltip } from '@codemirror/view';
import payers from 'virtual:payer-catalogue';
import catalogue from 'virtual:source-catalogue';
import tariffs from 'virtual:standard-tariffs';
import scenarioSchema from '../../../scenarios/schema/casus.schema.json';
import { endingIds, momentIds, ownPayerIds } from './scenario-ids.ts';
import { descriptionAt, keysAt, valuesAt, type JsonSchema } from './schema-help.ts';
import { keyContextAt } from './yaml-key-path.ts';
import { h } from '../../ui/dom.ts';

const schema = scenarioSchema as JsonSchema;
const documents = catalogue as Readonly<Record<string, { readonly title: string; readonly year: number }>>;
const linesOf = (view: EditorView | CompletionContext): string[] => ('state' in view ? view.state : view).doc.toString().split('\n');

function idOptions(ids: readonly string[], type: string, detail?: (id: string) => string | undefined): Completion[] {
  return ids.map((id) => {
    const more = detail?.(id);
    return { label: id, type, ...(more ? { detail: more } : {}) };
  });
}

/** What may follow `key:` here: the casus's own moments and endings, the shared payers, tariffs and sources, or the schema's fixed values. */
function valueOptions(lines: readonly string[], parents: readonly (string | number)[], key: string): Completion[] {
  switch (key) {
    case 'next':
    case 'start':
      return idOptions(momentIds(lines), 'variable');
    case 'ending':
      return idOptions(endingIds(lines), 'variable');
    case 'payer':
      return [...idOptions(ownPayerIds(lines), 'variable'), ...idOptions(Object.keys(payers), 'constant', (id) => payers[id]?.name.nl)];
    case 'tariff':
      return idOptions(Object.keys(tariffs?.tariffs ?? {}), 'constant', (id) => tariffs?.tariffs[id]?.item.nl);
    case 'document':
      return Object.entries(documents).map(([id, doc]) => ({ label: `"${id}"`, type: 'constant', detail: `${doc.title} (${doc.year})` }));
    default:
      return valuesAt(schema, [...parents, key]).map((value) => ({ label: value, type: 'enum' }));
  }
}

/** Completion of keys (with the schema's Dutch description), moment and ending ids, payer, tariff and document ids. */
export function scenarioCompletions(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const lines = linesOf(context);
  const where = keyContextAt(lines, line.number - 1, context.pos - line.from);
  const word = context.matchBefore(/[\w"'-]*/);
  if (!word || (word.from === word.to && !context.explicit && !where.inValue)) return null;
  if (where.inValue && where.key !== undefined) {
    const options = valueOptions(lines, where.parents, where.key);
    return options.length > 0 ? { from: word.from, options, validFor: /^[\w"'-]*$/ } : null;
  }
  if (/:\s/.test(line.text.slice(0, context.pos - line.from))) return null;
  const options = keysAt(schema, where.parents).map((k) => ({
    label: k.key,
    type: 'property',
    apply: `${k.key}: `,
    ...(k.required ? { boost: 1 } : {}),
    ...(k.description ? { info: k.description } : {}),
  }));
  return options.length > 0 ? { from: word.from, options, validFor: /^[\w-]*$/ } : null;
}

/** Hover help over a key: what it means, as the schema describes it in Dutch. */
export function keyHover(view: EditorView, pos: number): Tooltip | null {
  const line = view.state.doc.lineAt(pos);
  const match = /^(\s*(?:-\s+)?)("[^"]*"|'[^']*'|[^\s:#"'][^:#]*?)\s*:(\s|$)/.exec(line.text);
  if (!match) return null;
  const from = line.from + match[1]!.length;
  const to = from + match[2]!.length;
  if (pos < from || pos > to) return null;
  const where = keyContextAt(linesOf(view), line.number - 1, to - line.from + 1);
  if (where.key === undefined) return null;
  const description = descriptionAt(schema, [...where.parents, where.key]);
  if (!description) return null;
  return {
    pos: from,
    end: to,
    above: true,
    create: () => ({ dom: h('div', { className: 'werkplaats__hover', lang: 'nl' }, h('strong', {}, where.key ?? ''), ' — ', description) }),
  };
}
