// The compiler in stage folders (issue #18 item 2): every file of src/authoring lies in a folder that names its stage
// or its layer, and a stage imports only from its own stage or an earlier one, so the folder list reads as the
// pipeline: parse → schema → resolve → check → compile → analyse. load.ts runs them in that order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

const authoring = join(import.meta.dirname, '../../src/authoring');

/** The stages in the order loadScenario runs them. */
const STAGES = ['parse', 'schema', 'resolve', 'check', 'compile', 'analyse'] as const;

/** The entries that run the stages on a casus: the only files at the top of src/authoring. */
const ENTRIES = ['load.ts', 'load-bytes.ts'];

/**
 * Around the stages: diagnostics/ (codes and message helpers every stage uses) and format/ (format versions, and the
 * upgrade that runs between parse and schema) below them; above them the layers that use the whole compiler:
 * catalogues/ (each shared file read through the stages), compilation/ (a folder checked one way), report/, docs/
 * and browser/.
 */
const OUTER = ['catalogues', 'compilation', 'report', 'docs', 'browser'];
const KNOWN = [...STAGES, 'diagnostics', 'format', ...OUTER];

/**
 * A file's place in the pipeline (0 below every stage), or undefined for the entries and the outer layers. Of
 * format/, versions.ts is read by parse (a shared file's format number) and imports nothing: it sits below it.
 */
function rank(file: string): number | undefined {
  const folder = file.split('/')[0]!;
  if (folder === 'diagnostics' || file === 'format/versions.ts') return 0;
  if (folder === 'format') return 1.5;
  const stage = STAGES.indexOf(folder as (typeof STAGES)[number]);
  return stage < 0 ? undefined : stage + 1;
}

const place = (file: string) => file.split('/')[0]!;

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

/**
 * What a ranked file may not import: a later stage, an entry or an outer layer. A stage may name a catalogue's
 * types (the resolve stage takes the payer and tariff lists as plain data), never call its loader.
 */
function violation({ from, to, typeOnly }: Edge): string | undefined {
  const own = rank(from);
  if (own === undefined) return undefined;
  const target = rank(to);
  if (target !== undefined && target <= own) return undefined;
  if (target === undefined && place(to) === 'catalogues' && typeOnly && own >= 1) return undefined;
  const what = target === undefined ? 'an entry or outer layer' : 'a later stage';
  return `${from} imports ${to}${typeOnly ? ' (types)' : ''}: ${what}`;
}

const sourceFiles = (): string[] =>
  readdirSync(authoring, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.ts') && statSync(join(authoring, path)).isFile())
    .sort();

/** An ESTree node as Vite's parser (Oxc, TypeScript aware) gives it: only what the walk below reads. */
interface AstNode {
  readonly type: string;
  readonly source?: { readonly value?: unknown } | null;
  readonly importKind?: string;
  readonly exportKind?: string;
  readonly specifiers?: readonly AstNode[];
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/**
 * Every import, re-export and dynamic import of a file that points inside src/authoring, with whether it is types
 * only. Parsed by Vite's own parser: the TypeScript compiler took 0.7 s just to load.
 */
function edgesOf(file: string): Edge[] {
  const program = parseAst(readFileSync(join(authoring, file), 'utf8'), { lang: 'ts' }) as unknown as AstNode;
  const edges: Edge[] = [];
  const add = (specifier: unknown, typeOnly: boolean) => {
    if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
    const to = posix.normalize(posix.join(posix.dirname(file), specifier));
    if (!to.startsWith('../')) edges.push({ from: file, to, typeOnly });
  };
  const visit = (node: AstNode): void => {
    if (node.type === 'ImportDeclaration') {
      const specifiers = node.specifiers ?? [];
      const allTypes =
        node.importKind === 'type' ||
        (specifiers.length > 0 && specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'));
      add(node.source?.value, allTypes);
    } else if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source) {
      add(node.source.value, node.exportKind === 'type');
    } else if (node.type === 'ImportExpression') {
      add(node.source?.value, false);
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) for (const item of child as unknown[]) if (isNode(item)) visit(item);
      if (isNode(child)) visit(child);
    }
  };
  visit(program);
  return edges;
}

describe('the compiler in stage folders', () => {
  const files = sourceFiles();

  it('holds only the entries at the top of src/authoring, everything else in a known folder', () => {
    expect(files.filter((file) => !file.includes('/') && !ENTRIES.includes(file))).toEqual([]);
    expect([...new Set(files.filter((file) => file.includes('/')).map(place))].filter((folder) => !KNOWN.includes(folder))).toEqual([]);
    for (const stage of STAGES) expect(files.some((file) => place(file) === stage)).toBe(true);
  });

  it('has no stage import a later stage, an entry or an outer layer', () => {
    const edges = files.flatMap(edgesOf);
    expect(edges.length).toBeGreaterThan(100);
    expect(edges.map(violation).filter((found) => found !== undefined)).toEqual([]);
  });

  it('would catch a stage reaching forward or into a loader', () => {
    expect(violation({ from: 'parse/yaml-stage.ts', to: 'check/check-quotes.ts', typeOnly: true })).toMatch(/a later stage/);
    expect(violation({ from: 'schema/schema.ts', to: 'format/upgrade-on-load.ts', typeOnly: false })).toBeUndefined();
    expect(violation({ from: 'parse/yaml-stage.ts', to: 'format/upgrade-on-load.ts', typeOnly: false })).toMatch(/a later stage/);
    expect(violation({ from: 'diagnostics/registry.ts', to: 'parse/draft.ts', typeOnly: true })).toMatch(/a later stage/);
    expect(violation({ from: 'resolve/resolve-tariffs.ts', to: 'catalogues/tariff-catalogue.ts', typeOnly: true })).toBeUndefined();
    expect(violation({ from: 'resolve/resolve-tariffs.ts', to: 'catalogues/tariff-catalogue.ts', typeOnly: false })).toMatch(/outer/);
    expect(violation({ from: 'check/check-quotes.ts', to: 'load.ts', typeOnly: true })).toMatch(/outer/);
    expect(violation({ from: 'analyse/check-graph.ts', to: 'parse/draft.ts', typeOnly: true })).toBeUndefined();
  });

  it('shows the stage order in load.ts: its imports name the stages in the order it runs them', () => {
    const named = edgesOf('load.ts')
      .map((edge) => place(edge.to))
      .filter((folder, index, all) => STAGES.includes(folder as (typeof STAGES)[number]) && all.indexOf(folder) === index);
    expect(named).toEqual([...STAGES]);
  });
});
