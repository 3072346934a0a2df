import { closest } from '../src/authoring/did-you-mean.ts';

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

const OPTIONS = ['--sources', '--routes', '--json', '--report', '--upgrade', '--help', '-h'];

/** The checker's command line, with every mistake as one Dutch sentence (the caller exits with 2). */
export function parseCheckArgs(args: readonly string[]): ParsedArgs {
  let help = false;
  let routes = false;
  let json = false;
  let upgrade = false;
  let sources: string | undefined;
  let report: string | undefined;
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      targets.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--routes') routes = true;
    else if (arg === '--json') json = true;
    else if (arg === '--upgrade') upgrade = true;
    else if (arg.startsWith('--sources=')) sources = arg.slice('--sources='.length);
    else if (arg.startsWith('--report=')) report = arg.slice('--report='.length);
    else if (arg === '--report') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('-')) return { error: 'Na --report hoort een map voor de routekaarten, bijvoorbeeld: --report rapport. Typ --help voor uitleg.' };
      report = next;
      i++;
    }
    else if (arg === '--sources') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('-')) return { error: 'Na --sources hoort een map met bronteksten, bijvoorbeeld: --sources ../shared/seeds. Typ --help voor uitleg.' };
      sources = next;
      i++;
    } else if (arg.startsWith('-')) {
      const name = arg.split('=')[0]!;
      // A one-letter option is too short to guess from: '-x' is not a typo of '-h'.
      const guess = name.length > 2 ? closest(name, OPTIONS) : undefined;
      return { error: `Onbekende optie '${arg}'.${guess ? ` Bedoelde je '${guess}'?` : ''} Typ --help voor de mogelijkheden.` };
    } else targets.push(arg);
  }
  if (sources === '') return { error: 'Na --sources= hoort een map met bronteksten, bijvoorbeeld: --sources=../shared/seeds' };
  if (report === '') return { error: 'Na --report= hoort een map voor de routekaarten, bijvoorbeeld: --report=rapport' };
  return { options: { help, routes, targets, ...(json ? { json } : {}), ...(upgrade ? { upgrade } : {}), ...(sources === undefined ? {} : { sources }), ...(report === undefined ? {} : { report }) } };
}
