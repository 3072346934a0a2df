import type { Severity } from './diagnostic.ts';

/**
 * One table of every diagnostic the checker can report, in the manner of YarnSpinner's DiagnosticDescriptor.
 * Checks never write a message inline: they name a code and a variant and pass the values to fill in.
 * The README's table of messages is generated from this table (`npm run docs:diagnostics`), and a test
 * holds that every code here has at least one fixture in test/fixtures/scenarios/.
 */
export interface MessageTemplate {
  /** Dutch; `{name}` placeholders are filled from the params. Says what is wrong. */
  readonly message: string;
  /** Dutch; says how to fix it. May use placeholders, e.g. `{suggestion}`. */
  readonly hint?: string;
  /** Only where one code has variants of different weight (e.g. SC023). */
  readonly severity?: Severity;
}

export interface DiagnosticDescriptor {
  readonly severity: Severity;
  /** Short Dutch name for the table of messages. */
  readonly title: string;
  /** Dutch: when a trainer meets this. */
  readonly description: string;
  /** A few lines of YAML (or a file name) that trigger it. */
  readonly example: string;
  /** Dutch: what to do about it. */
  readonly fix: string;
  readonly messages: Readonly<Record<string, MessageTemplate>>;
}

export const DIAGNOSTICS = {
  SC000: {
    severity: 'error',
    title: 'De controle liep vast',
    description: 'Een fout in de controle zelf, niet in je bestand. De andere bestanden worden gewoon gecontroleerd.',
    example: '(geen: dit hoort niet te gebeuren)',
    fix: 'Meld het bij de ontwikkelaars, met het bestand erbij.',
    messages: {
      crash: { message: 'De controle liep vast op dit bestand: {detail}', hint: 'meld dit bij de ontwikkelaars, met het bestand erbij' },
    },
  },
  SC060: {
    severity: 'info',
    title: 'Eigen betaler in plaats van de gedeelde',
    description:
      "De casus geeft onder 'payers:' een betaler op met een id die ook in de gedeelde lijst (scenarios/gedeeld/betalers.yaml) staat. De casus gebruikt dan haar eigen naam en grondslag; de gedeelde blijft voor de andere casussen.",
    example: 'payers:\n  huishouden: { name: Huishouden, basis: Eigen geld van Sandra en Dave }',
    fix: "Bewust zo? Dan is er niets aan de hand. Anders: haal de betaler weg onder 'payers:' om de gedeelde te gebruiken, of geef hem een eigen id.",
    messages: {
      shadowed: {
        message: "Betaler '{id}' staat ook in de gedeelde betalers; deze casus gebruikt haar eigen versie",
        hint: "haal '{id}' hier weg om de gedeelde naam en grondslag te gebruiken, of geef je eigen betaler een andere id",
      },
    },
  },
} as const satisfies Record<string, DiagnosticDescriptor>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;
type Variants<C extends DiagnosticCode> = keyof (typeof DIAGNOSTICS)[C]['messages'] & string;
export type Params = Readonly<Record<string, string | number>>;

/** What a check reports, before the loader adds the file and the position. */
export interface Report {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly hint?: string;
}

const fill = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : match));

/** The message of `code`'s `variant`, with its placeholders filled in. */
export function report<C extends DiagnosticCode>(code: C, variant: Variants<C>, params: Params = {}): Report {
  const descriptor: DiagnosticDescriptor = DIAGNOSTICS[code];
  const template = descriptor.messages[variant];
  if (!template) throw new Error(`Diagnostic ${code} has no variant '${variant}'`);
  const hint = template.hint === undefined ? undefined : fill(template.hint, params);
  return { severity: template.severity ?? descriptor.severity, code, message: fill(template.message, params), ...(hint ? { hint } : {}) };
}
