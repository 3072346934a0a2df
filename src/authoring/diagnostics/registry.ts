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
  // Story analysis (check-graph.ts, check-balance.ts): SC030–SC034, SC040, SC041, SC043.
  SC030: {
    severity: 'warning',
    title: 'Onbereikbaar moment',
    description: 'Geen enkele route vanaf het startmoment komt bij dit moment: geen keuze verwijst ernaar, of alleen keuzes die nooit beschikbaar zijn.',
    example: 'start: intake\nmoments:\n  intake: { …, options: [{ …, ending: goed }, …] }\n  vergeten: { … }   # nergens een next: vergeten',
    fix: "Verwijs ernaar met 'next:' vanuit een moment dat wel bereikt wordt, of verwijder het moment.",
    messages: {
      moment: { message: "Moment '{moment}' is onbereikbaar", hint: "verwijs ernaar met 'next:' vanuit een ander moment, of verwijder het" },
    },
  },
  SC031: {
    severity: 'warning',
    title: 'Onbereikbaar einde',
    description: 'Geen enkele route eindigt bij dit einde: geen beschikbare keuze verwijst ernaar met ending:.',
    example: 'endings:\n  los: { title: Los einde, text: …, tone: gemengd }   # geen keuze heeft ending: los',
    fix: "Verwijs ernaar met 'ending:' vanuit een keuze, of verwijder het einde.",
    messages: {
      ending: { message: "Einde '{ending}' is onbereikbaar", hint: "verwijs ernaar met 'ending:' vanuit een keuze, of verwijder het" },
    },
  },
  SC032: {
    severity: 'error',
    title: 'Doodlopend moment',
    description: "Een speler kan bij dit moment aankomen in een toestand waarin aan geen enkele 'requires' is voldaan: er valt niets te kiezen.",
    example: 'evaluatie:\n  options:\n    - { id: afronden, requires: { hulp: true }, … }\n    - { id: verlengen, requires: { hulp: true }, … }   # hulp kan false zijn',
    fix: "Geef het moment minstens één keuze zonder 'requires', of pas de voorwaarden aan zodat er in elke toestand een keuze overblijft.",
    messages: {
      state: {
        message: "Doodlopend: in '{moment}' is geen enkele keuze beschikbaar bij toestand {state}",
        hint: "geef minstens één keuze zonder 'requires', of pas de voorwaarden aan",
      },
    },
  },
  SC033: {
    severity: 'error',
    title: 'Verhaallijn in een kring',
    description: 'Een route komt terug bij een moment waar hij al langs kwam. Een casus loopt vooruit in de tijd, dus dat is altijd een vergissing.',
    example: 'intake: { options: [{ …, next: evaluatie }, …] }\nevaluatie: { options: [{ …, next: intake }, …] }',
    fix: 'Laat de keuze naar een later moment of naar een einde gaan.',
    messages: {
      cycle: {
        message: 'De verhaallijn loopt in een kring: {cycle}',
        hint: 'een casus loopt vooruit in de tijd: laat een keuze naar een later moment of een einde gaan',
      },
    },
  },
  SC034: {
    severity: 'warning',
    title: 'Keuze nooit beschikbaar',
    description: "Aan de 'requires' van deze keuze wordt op geen enkele route voldaan: geen speler krijgt haar ooit te zien.",
    example: "- id: naar-vader\n  requires: { ruud_betrokken: true }   # geen eerdere keuze zet ruud_betrokken op true",
    fix: "Laat een eerdere keuze de toestand zetten die de voorwaarde vraagt ('set:' of 'add:'), of pas de voorwaarde aan.",
    messages: {
      option: {
        message: "Keuze '{option}' is nooit beschikbaar: aan 'requires' wordt op geen enkele route voldaan",
        hint: 'controleer de voorwaarden en de toestanden die eerdere keuzes zetten',
      },
    },
  },
  SC040: {
    severity: 'warning',
    title: 'Zuinigheid wint',
    description: 'Steeds de goedkoopste keuze nemen scoort minstens zo goed als de beste route. Het spel wil dat balans wint, niet de goedkoopste route.',
    example: '(een casus waarin de goedkoopste keuzes geen prijs hebben in legitimiteit of betrokkenheid)',
    fix: 'Laat de goedkoopste keuzes iets kosten in legitimiteit of betrokkenheid, of maak een evenwichtige route beter.',
    messages: {
      all: {
        message: 'Zuinigheid wint: steeds de goedkoopste keuze scoort {thrifty}, de beste route {best}',
        hint: 'kostenbewust, maar sla niet door: laat de goedkoopste keuzes iets kosten in legitimiteit of betrokkenheid',
      },
      sample: {
        message: 'Zuinigheid wint in een steekproef van {sample} van {total} routes: steeds de goedkoopste keuze scoort {thrifty}, de beste route in de steekproef {best}',
        hint: 'kostenbewust, maar sla niet door: laat de goedkoopste keuzes iets kosten in legitimiteit of betrokkenheid',
      },
    },
  },
  SC041: {
    severity: 'info',
    title: 'Zuinigheid op een steekproef gecontroleerd',
    description: 'De casus heeft te veel routes om ze allemaal te scoren. De controle of zuinigheid wint (SC040) vergelijkt dan een vaste steekproef, met altijd de route van steeds de goedkoopste en van steeds de duurste keuze erin.',
    example: '(een casus met meer dan 100.000 routes, bijvoorbeeld 17 momenten met elk twee keuzes)',
    fix: 'Geen fout. Wie zeker wil zijn, speelt de casus zelf of maakt hem kleiner.',
    messages: {
      sample: {
        message: 'Zuinigheid gecontroleerd op een steekproef van {sample} van {total} routes: steeds de goedkoopste keuze scoort {thrifty}, de beste route in de steekproef {best}',
        hint: 'dat is geen fout; met meer dan {limit} routes worden ze niet allemaal vergeleken',
      },
    },
  },
  SC043: {
    severity: 'warning',
    title: 'Verhaalcontrole ingekort',
    description: "De controle loopt elke combinatie van moment en toestand na. Lezen de 'requires' veel ja/nee-variabelen, dan groeit het aantal toestanden snel (20 ervan: een miljoen). Boven een vaste grens stopt de controle en zegt ze wat ze niet heeft kunnen nagaan.",
    example: 'state: { a: false, b: false, …, t: false }\n# 20 momenten zetten elk een variabele; het laatste leest ze allemaal:\nrequires: { a: true, b: true, …, t: true }',
    fix: "Lees minder ja/nee-variabelen in 'requires' (vaak kan één getal, bijvoorbeeld 'vertrouwen' met 'add:', er vele vervangen), of maak de casus korter.",
    messages: {
      states: {
        message: 'Verhaalcontrole ingekort: na {pairs} combinaties van moment en toestand gestopt (grens {limit}); doodlopende momenten, onbereikbare delen, nooit beschikbare keuzes, kringen en de zuinigheidstoets zijn niet volledig nagegaan',
        hint: "in '{moment}' tellen {variables} variabelen mee ({names}): lees er minder in 'requires', of maak de casus korter",
      },
      variables: {
        message: 'Verhaalcontrole ingekort: na {pairs} combinaties van moment en toestand gestopt, omdat er samen al {limit} waarden van variabelen bij te houden waren; doodlopende momenten, onbereikbare delen, nooit beschikbare keuzes, kringen en de zuinigheidstoets zijn niet volledig nagegaan',
        hint: "in '{moment}' tellen {variables} variabelen mee ({names}): lees er minder in 'requires', of maak de casus korter",
      },
      cycles: {
        message: "Niet volledig nagegaan of de verhaallijn in een kring loopt: te veel combinaties van moment en toestand rond '{moment}'",
        hint: "laat keuzes alleen naar latere momenten gaan en lees minder ja/nee-variabelen in 'requires'",
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
