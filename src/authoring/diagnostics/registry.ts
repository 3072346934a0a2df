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
  SC050: {
    severity: 'error',
    title: 'Bestand is niet opgeslagen als UTF-8',
    description: 'Het spel leest casusbestanden alleen in de tekencodering UTF-8. Kladblok, Word en TextEdit bewaren soms in een andere codering (ANSI/Windows-1252, UTF-16 of "Unicode"); letters als é en ë worden dan onleesbaar.',
    example: "intake.yaml, in Kladblok opgeslagen met Codering: ANSI, met de tekst 'Interveniëren'",
    fix: 'Open het bestand in Kladblok, kies Bestand → Opslaan als… en zet onderaan Codering op UTF-8. In TextEdit: Opslag → Platte tekst, codering Unicode (UTF-8). In Word: Opslaan als → Platte tekst (.txt), codering Unicode (UTF-8), en geef het bestand daarna weer de naam …yaml.',
    messages: {
      utf16: {
        message: "Bestand {name} is opgeslagen als UTF-16 ('Unicode'), niet als UTF-8",
        hint: 'open het in Kladblok en kies Opslaan als… → Codering: UTF-8 (TextEdit: Opslag → Platte tekst, codering Unicode (UTF-8); Word: Opslaan als → Platte tekst, codering Unicode (UTF-8))',
      },
      ansi: {
        message: "Bestand {name} is niet opgeslagen als UTF-8: het teken hier (byte {byte}) is waarschijnlijk '{guess}' in de codering ANSI/Windows-1252",
        hint: 'open het in Kladblok en kies Opslaan als… → Codering: UTF-8 (TextEdit: Opslag → Platte tekst, codering Unicode (UTF-8); Word: Opslaan als → Platte tekst, codering Unicode (UTF-8))',
      },
      invalid: {
        message: 'Bestand {name} is niet opgeslagen als UTF-8: het teken hier (byte {byte}) is in UTF-8 onleesbaar',
        hint: 'open het in Kladblok en kies Opslaan als… → Codering: UTF-8 (TextEdit: Opslag → Platte tekst, codering Unicode (UTF-8); Word: Opslaan als → Platte tekst, codering Unicode (UTF-8))',
      },
      binary: {
        message: 'Bestand {name} is geen tekstbestand (bijvoorbeeld een Word-document dat .yaml heet)',
        hint: 'bewaar de casus als platte tekst: in Word Opslaan als → Platte tekst (.txt), codering Unicode (UTF-8); of kopieer de tekst naar Kladblok en kies Opslaan als… → Codering: UTF-8, en noem het bestand …yaml',
      },
    },
  },
  SC051: {
    severity: 'error',
    title: 'Bestand niet te lezen',
    description: 'Een bestand of map die je noemde bestaat niet of kan niet gelezen worden. De andere bestanden worden gewoon gecontroleerd.',
    example: 'npm run check:scenarios -- scenarios/twee-zonnen.yaml',
    fix: 'Controleer de naam en de map. Een snelkoppeling moet naar een bestaand bestand wijzen; een map met een naam op .yaml hernoem je.',
    messages: {
      missing: { message: 'Bestand of map niet gevonden', hint: 'controleer de naam en de map' },
      missingSuggest: { message: 'Bestand of map niet gevonden', hint: "bedoelde je '{suggestion}'?" },
      brokenLink: { message: "Deze link (snelkoppeling) wijst naar '{target}', en dat bestaat niet", hint: 'laat de link naar een bestaand bestand wijzen, of verwijder hem' },
      folder: { message: 'Dit is een map, geen bestand', hint: 'een casus is één bestand: geef de map een naam zonder .yaml' },
      unreadableFolder: { message: 'Deze map kan niet gelezen worden ({reason})', hint: 'controleer of je deze map mag openen' },
      unreadable: { message: 'Dit bestand kan niet gelezen worden ({reason})', hint: 'controleer of je dit bestand mag openen en of een ander programma het niet vasthoudt' },
      notFile: { message: 'Dit is geen gewoon bestand', hint: 'noem een .yaml-bestand of een map met .yaml-bestanden' },
    },
  },
  SC052: {
    severity: 'error',
    title: 'Gereserveerde naam als sleutel',
    description: "De namen '__proto__', 'constructor' en 'prototype' hebben in JavaScript, de taal van het spel, een eigen betekenis. Als sleutel zouden ze stilletjes verdwijnen, met bijvoorbeeld een voorwaarde of een betaler.",
    example: 'payers:\n  __proto__: { name: Gemeente }',
    fix: 'Kies een andere naam, bijvoorbeeld gemeente of opbouw.',
    messages: {
      reserved: { message: "De naam '{key}' kan niet als sleutel gebruikt worden", hint: "'__proto__', 'constructor' en 'prototype' zijn gereserveerd; kies een andere naam" },
    },
  },
  SC053: {
    severity: 'error',
    title: 'Meer dan één document in het bestand',
    description: "Een regel met alleen '---' begint in YAML een nieuw document. Een casusbestand bevat precies één casus; alles na de tweede '---' zou verloren gaan.",
    example: 'format: 1\nid: casus-a\n…\n---\nformat: 1\nid: casus-b',
    fix: "Haal de regel '---' weg, of zet elke casus in een eigen bestand.",
    messages: {
      marker: { message: "Met deze '---' begint een tweede document; een casusbestand bevat één casus", hint: "haal deze regel weg, of zet de tweede casus in een eigen bestand" },
      afterEnd: { message: "Na de regel '...' (einde document) staat nog tekst; een casusbestand bevat één casus", hint: "haal de regel '...' weg, of zet de tekst erna in een eigen bestand" },
    },
  },
  SC054: {
    severity: 'error',
    title: "Samenvoegsleutel '<<' wordt niet ondersteund",
    description: "Met '<<: *anker' neemt YAML de sleutels van een anker over. Het spel leest YAML 1.2, waarin dat niet bestaat: '<<' zou een gewone, onbekende sleutel worden en de overgenomen waarden zouden ontbreken.",
    example: 'standaard: &standaard { frequency: per_maand, duration: 6 }\n…\n  - item: Begeleiding\n    <<: *standaard',
    fix: 'Schrijf de sleutels uit. Een verwijzing als hele waarde (payer: *betaler) mag wel.',
    messages: {
      merge: { message: "Samenvoegsleutel '<<' wordt niet ondersteund", hint: 'schrijf de sleutels die je van het anker wilt overnemen hier uit; een verwijzing als hele waarde (naam: *anker) mag wel' },
    },
  },
  SC055: {
    severity: 'error',
    title: 'Te diep genest',
    description: 'Een casus komt met ongeveer tien niveaus in elkaar uit. Veel meer komt bijna altijd door haakjes [ of { die niet gesloten worden, of door inspringing die steeds verder oploopt.',
    example: 'text: [[[[[[[[ … (honderden haakjes), of ankers die steeds het vorige anker in een lijst zetten',
    fix: 'Sluit elk [ met ] en elk { met }, en laat regels op hetzelfde niveau even ver inspringen.',
    messages: {
      deep: { message: 'Hier zit het bestand meer dan {limit} niveaus diep in elkaar', hint: 'een casus komt met ongeveer tien niveaus uit: controleer of elk [ en { ook gesloten wordt en of de inspringing niet steeds verder oploopt' },
      alias: { message: 'Met de verwijzing *{name} komt het bestand hier meer dan {limit} niveaus diep in elkaar', hint: 'verwijs niet naar ankers die zelf weer diep geneste verwijzingen bevatten: schrijf de waarde uit' },
    },
  },
  SC056: {
    severity: 'error',
    title: 'Sleutel is een lijst of object',
    description: "Een sleutel is een naam gevolgd door een dubbele punt. YAML staat ook een lijst of object als sleutel toe ('[a, b]: …' of '? …'); het spel kan daar niets mee.",
    example: '[intake, evaluatie]: { title: Intake }',
    fix: 'Geef elke sleutel een gewone naam. Tekst die met [ of { begint zet je tussen aanhalingstekens.',
    messages: {
      collection: { message: 'Deze sleutel is een lijst of object, geen naam', hint: 'geef de sleutel een gewone naam; tekst die met [ of { begint zet je tussen aanhalingstekens' },
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
