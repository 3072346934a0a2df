import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../../src/authoring/diagnostics/did-you-mean.ts';

export interface CheckOptions {
  readonly help: boolean;
  readonly routes: boolean;
  /** Rewrite files in an older casus format to the newest before checking them. */
  readonly upgrade?: boolean;
  /** Print one JSON object for tools instead of the Dutch lines. */
  readonly json?: boolean;
  /** Folder of source texts to check quotes against; the last --sources given counts. */
  readonly sources?: string;
  /** Folder to write one HTML route map per valid casus into. */
  readonly report?: string;
  /** Files and folders to check; empty means the default folder. */
  readonly targets: readonly string[];
}

export type ParsedArgs = { readonly options: CheckOptions } | { readonly error: string };

/** The options as `node:util` parseArgs reads them; every mistake is then said in Dutch below. */
const OPTIONS = {
  sources: { type: 'string' },
  report: { type: 'string' },
  routes: { type: 'boolean' },
  json: { type: 'boolean' },
  upgrade: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const NAMES = [...Object.keys(OPTIONS).map((name) => `--${name}`), '-h'];

/** What to say when a folder option has no folder: with a space, or with = and nothing after it. */
const MISSING: Readonly<Record<'sources' | 'report', { readonly spaced: string; readonly equals: string }>> = {
  sources: {
    spaced: 'Na --sources hoort een map met bronteksten, bijvoorbeeld: --sources ../shared/seeds. Typ --help voor uitleg.',
    equals: 'Na --sources= hoort een map met bronteksten, bijvoorbeeld: --sources=../shared/seeds',
  },
  report: {
    spaced: 'Na --report hoort een map voor de routekaarten, bijvoorbeeld: --report rapport. Typ --help voor uitleg.',
    equals: 'Na --report= hoort een map voor de routekaarten, bijvoorbeeld: --report=rapport',
  },
};

function unknown(arg: string): string {
  const name = arg.split('=')[0]!;
  // A one-letter option is too short to guess from: '-x' is not a typo of '-h'.
  const guess = name.length > 2 ? closest(name, NAMES) : undefined;
  return `Onbekende optie '${arg}'.${guess ? ` Bedoelde je '${guess}'?` : ''} Typ --help voor de mogelijkheden.`;
}

/**
 * The checker's command line, read by `node:util` parseArgs (options and files in any order, `--` ends the
 * options, the last --sources counts), with every mistake as one Dutch sentence (the caller exits with 2).
 */
export function parseCheckArgs(args: readonly string[]): ParsedArgs {
  // Not strict: parseArgs's own errors are English; each token is judged here instead.
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const flags = { help: false, routes: false, json: false, upgrade: false };
  const folders: { sources?: string; report?: string } = {};
  const targets: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') targets.push(token.value);
    if (token.kind !== 'option') continue;
    const written = token.inlineValue ? `${token.rawName}=${token.value ?? ''}` : token.rawName;
    if (token.name === 'sources' || token.name === 'report') {
      // `--sources --routes` gives '--routes' as the folder: a folder named like an option is a forgotten folder.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) return { error: MISSING[token.name].spaced };
      if (token.value === '') return { error: MISSING[token.name].equals };
      folders[token.name] = token.value;
    } else if (Object.hasOwn(flags, token.name) && !token.inlineValue) flags[token.name as keyof typeof flags] = true;
    else return { error: unknown(written) };
  }
  const { help, routes, json, upgrade } = flags;
  const { sources, report } = folders;
  return {
    options: {
      help,
      routes,
      targets,
      ...(json ? { json } : {}),
      ...(upgrade ? { upgrade } : {}),
      ...(sources === undefined ? {} : { sources }),
      ...(report === undefined ? {} : { report }),
    },
  };
}
