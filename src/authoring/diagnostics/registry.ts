import type { Severity } from './diagnostic.ts';

/**
 * One table of every diagnostic the checker can report, in the manner of YarnSpinner's DiagnosticDescriptor.
 * Checks never write a message inline: they name a code and a variant and pass the values to fill in.
 * The README's table of messages is generated from this table (`npm run docs:diagnostics`), and a test
 * holds that every code here has at least one fixture in test/fixtures/ (or a commented exemption).
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
  SC001: {
    severity: 'error',
    title: 'YAML-schrijfwijze klopt niet',
    description:
      'Het bestand is geen geldige YAML: inspringing met tabs of ongelijke spaties, een dubbele punt in een tekst, een ontbrekend aanhalingsteken, een sleutel die twee keer voorkomt of een verwijzing (*naam) naar een onbekend anker. Na zo’n fout wordt verder niets gecontroleerd. Een onbekende tag (!iets) is alleen een waarschuwing.',
    example: 'moments:\n  intake:\n    text: Let op: de school belt',
    fix: 'Los de eerste melding op en controleer opnieuw: latere meldingen komen er vaak uit voort. Zet tekst met een dubbele punt tussen aanhalingstekens en spring in met spaties.',
    messages: {
      duplicateKey: {
        message: 'Deze sleutel staat er twee keer in',
        hint: 'geef elke sleutel (moment, einde, betaler …) een eigen naam, of voeg de twee samen',
      },
      tabIndent: { message: 'Inspringen met een tab', hint: 'spring in met spaties, niet met tabs' },
      badIndent: { message: 'Verkeerd ingesprongen', hint: 'regels op hetzelfde niveau moeten even ver inspringen (met spaties)' },
      missingChar: {
        message: 'Er ontbreekt een teken (bijvoorbeeld een sluitend aanhalingsteken of haakje)',
        hint: 'controleer aanhalingstekens, ] en }',
      },
      lineWithoutColon: {
        message: 'Een regel zonder dubbele punt waar een sleutel werd verwacht',
        hint: 'schrijf sleutels als "naam: waarde" (dubbele punt en spatie), elk op een eigen regel; tekst met een dubbele punt erin tussen aanhalingstekens',
      },
      colonInText: {
        message: 'De inspringing klopt hier niet, of er ontbreekt een dubbele punt',
        hint: 'staat er een dubbele punt in je tekst? Zet de tekst dan tussen aanhalingstekens: text: "Let op: …". Anders: vergelijk de inspringing met de regels erboven',
      },
      curlyQuotes: {
        message:
          'In deze regel staan krullende aanhalingstekens ({quote}) uit Word of Outlook: YAML ziet die als gewone letters, dus de dubbele punt in de tekst breekt de regel',
        hint: 'vervang ze door gewone rechte aanhalingstekens: label: "Let op: …"',
      },
      oneSpaceLess: {
        message: 'Deze regel springt één spatie minder in dan regel {line} erboven',
        hint: 'regels op hetzelfde niveau springen even ver in: zet hier {expected} spaties vooraan',
      },
      oneSpaceMore: {
        message: 'Deze regel springt één spatie meer in dan regel {line} erboven',
        hint: 'regels op hetzelfde niveau springen even ver in: zet hier {expected} spaties vooraan',
      },
      unexpectedToken: { message: 'Onverwacht teken', hint: 'controleer dubbele punten, streepjes en aanhalingstekens' },
      unknownTag: {
        severity: 'warning',
        message: 'Onbekende tag (iets dat met ! begint)',
        hint: 'laat de tag weg of zet de waarde tussen aanhalingstekens',
      },
      badAlias: {
        message: 'Verwijzing (*naam) naar een onbekend anker',
        hint: 'definieer eerst het anker met &naam, of schrijf de waarde uit',
      },
      unknownAnchor: {
        message: "Verwijzing '*{name}' naar een onbekend anker",
        hint: 'definieer eerst het anker met &naam, of schrijf de waarde uit',
      },
      tooManyAliases: {
        message: 'Te veel of oneindige verwijzingen (*naam) in dit bestand',
        hint: 'definieer eerst het anker met &naam, of schrijf de waarde uit',
      },
      anchorOverused: {
        message: "Meer dan {limit} verwijzingen (*{name}) naar het anker '&{name}': dit is er één te veel",
        hint: 'schrijf de waarde vaker uit, of verdeel de verwijzingen over meer ankers',
      },
      selfAnchor: {
        message: 'Een anker (&naam) verwijst naar zichzelf',
        hint: 'schrijf de waarde uit in plaats van *naam te gebruiken binnen het eigen anker',
      },
      unusualValue: {
        message: 'Een waarde die geen tekst, getal, ja/nee, lijst of object is (bijvoorbeeld !!binary of een datum)',
        hint: 'laat tags als !!binary weg en zet datums tussen aanhalingstekens',
      },
      /** Rare parser problems keep the parser's own (English) words after a Dutch prefix. */
      badScalarStart: {
        message: 'Een waarde zonder aanhalingstekens kan niet beginnen met {char}',
        hint: 'zet de tekst tussen aanhalingstekens, bijvoorbeeld text: "@gemeente …"',
      },
      badEscape: {
        message: "Tussen dubbele aanhalingstekens betekent \\ iets bijzonders, en '{sequence}' kent YAML niet",
        hint: "gebruik enkele aanhalingstekens ('C:\\map') of schrijf \\\\ voor één \\",
      },
      yamlVersion: {
        message:
          'Dit bestand vraagt om YAML {version}; het spel leest alleen YAML 1.2, en een andere versie leest sommige waarden anders (onder YAML 1.1 is 1:30 het getal 90)',
        hint: "haal de regel '%YAML {version}' weg: zonder die regel leest het spel het bestand als YAML 1.2",
      },
      badDirective: {
        message: 'Een regel die met % begint is voor YAML een instructie, en deze kent het niet',
        hint: 'zet de tekst tussen aanhalingstekens als ze met % begint',
      },
      blockInFlow: {
        message: 'Binnen haakjes [ ] of { } kan geen lijst met streepjes of ingesprongen blok staan',
        hint: "schrijf binnen de haakjes met komma's ([a, b]), of laat de haakjes weg en zet elk onderdeel op een eigen regel",
      },
      longKey: {
        message: 'Een sleutel van meer dan 1024 tekens: waarschijnlijk staat er een dubbele punt in een lange tekst',
        hint: 'zet lange tekst met een dubbele punt erin tussen aanhalingstekens',
      },
      multipleAnchors: { message: 'Een waarde met twee ankers (&naam)', hint: 'geef een waarde hooguit één anker' },
      multipleTags: { message: 'Een waarde met twee tags (iets dat met ! begint)', hint: 'laat de tags weg' },
      aliasProps: {
        message: 'Een verwijzing (*naam) kan zelf geen anker (&naam) of tag (!) krijgen',
        hint: 'laat het anker of de tag bij de verwijzing weg',
      },
      badPropOrder: {
        message: 'Een anker (&naam) of tag (!) staat vóór het streepje of de dubbele punt',
        hint: "zet het anker of de tag na '- ' of ': '",
      },
      badCollectionType: { message: 'Een tag (!!map, !!seq …) past niet bij de soort waarde', hint: 'laat de tag weg' },
      nonStringKey: { message: 'Een sleutel moet een naam (tekst) zijn', hint: 'geef de sleutel een gewone naam' },
      multipleDocs: {
        message: "Het bestand bevat meer dan één document (een tweede '---')",
        hint: "haal de regel '---' weg, of zet de tweede casus in een eigen bestand",
      },
      tooDeep: {
        message: 'Het bestand zit hier te diep in elkaar om te lezen',
        hint: 'controleer of elk [ en { ook gesloten wordt en of de inspringing niet steeds verder oploopt',
      },
      unplaceable: {
        message: 'De YAML-lezer kan dit stuk niet plaatsen',
        hint: 'controleer inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens',
      },
      parserError: {
        message: 'YAML-fout: {detail}',
        hint: 'controleer inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens',
      },
      parserWarning: {
        severity: 'warning',
        message: 'YAML-waarschuwing: {detail}',
        hint: 'controleer inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens',
      },
      /** Never reported alone: appended to the hint of the first syntax error when the parser found more. */
      echoes: { message: '(daarna volgen nog {count} meldingen die hier vaak uit voortkomen: los deze eerst op en controleer opnieuw)' },
    },
  },
  SC002: {
    severity: 'error',
    title: 'Onbekende sleutel',
    description:
      'Een sleutel die op deze plek niet bestaat, meestal een tikfout (lable in plaats van label). Elke onbekende sleutel is een fout, zodat een tikfout nooit stilletjes wordt overgeslagen.',
    example: '- id: thuis\n  lable: Blijf thuis',
    fix: 'Verbeter de spelling: de melding noemt de sleutel die het dichtst in de buurt komt, of alle sleutels die hier mogen. Hoort de sleutel bij de sleutel erboven, spring hem dan verder in.',
    messages: {
      // An indentation mistake reads as an unknown key one level up: the hint names that cause too.
      unknownKey: {
        message: "Onbekende sleutel '{key}'",
        hint: "bedoelde je '{suggestion}'? Of hoort '{key}' onder de sleutel erboven: spring dan verder in",
      },
      unknownKeyAllowed: {
        message: "Onbekende sleutel '{key}'",
        hint: "toegestaan: {allowed}. Hoort '{key}' onder de sleutel erboven, spring dan verder in",
      },
    },
  },
  SC003: {
    severity: 'error',
    title: 'Verplicht veld ontbreekt',
    description:
      'Een veld dat elke casus, elk moment of elke keuze nodig heeft, staat er niet. Ook: een leeg bestand, of een bestand dat geen casus is (bijvoorbeeld alleen een lijst).',
    example: '- id: thuis\n  values: { … }\n  next: evaluatie\n# label ontbreekt',
    fix: 'Voeg het genoemde veld toe; kopieer zo nodig de opbouw uit scenarios/twee-zonen.yaml. Staat het veld er wel, maar minder ver ingesprongen dan de velden ernaast, spring het dan verder in.',
    messages: {
      // A field written one level too far left is missing where it belongs: the hint names indentation too.
      missing: {
        message: "Verplicht veld '{field}' ontbreekt{place}",
        hint: "voeg '{field}:' toe ({expected}), of spring '{field}:' verder in als het er al staat",
      },
      missingChoice: {
        message: "Verplicht veld '{field}' ontbreekt{place}",
        hint: "voeg '{field}:' toe (een van: {allowed}), of spring '{field}:' verder in als het er al staat",
      },
      missingText: {
        message: "Verplicht veld '{field}' ontbreekt{place}",
        hint: 'voeg \'{field}:\' toe (tekst, of { nl: "...", en: "..." }), of spring \'{field}:\' verder in als het er al staat',
      },
      noScenario: {
        message: 'Dit bestand bevat geen casus',
        hint: "een casus begint met sleutels als 'format: 1', 'id:', 'title:' (zie scenarios/twee-zonen.yaml)",
      },
    },
  },
  SC004: {
    severity: 'error',
    title: 'Verkeerd soort waarde',
    description:
      'Een veld verwacht een ander soort waarde: een getal waar tekst staat (of andersom), een kommagetal waar een geheel getal hoort, of een bedrag met € of komma.',
    example: 'amount: "1500"\nsource: { document: 002, line: 12, quote: "…" }',
    fix: 'Schrijf getallen zonder aanhalingstekens, € of komma (1500 of 12.50) en zet tekst die op een getal lijkt tussen aanhalingstekens ("002").',
    messages: {
      moneyAsText: {
        message: '{path} moet een getal zijn, niet "{value}"',
        hint: 'schrijf bedragen als getal in euro met een punt: 4600 of 12.50',
      },
      quotedNumber: { message: '{path} moet een getal zijn, geen tekst: "{value}"', hint: 'haal de aanhalingstekens weg: schrijf {value}' },
      numberAsText: { message: '{path} moet tekst zijn, geen getal', hint: 'zet aanhalingstekens om de waarde: schrijf "{written}"' },
      notInteger: { message: '{path} moet een geheel getal zijn, niet {value}', hint: 'laat de decimalen weg' },
      notFinite: { message: '{path} moet een gewoon getal zijn, niet {value}', hint: 'schrijf een getal zoals 300 of 12.50' },
      wrongType: { message: '{path} moet {expected} zijn', hint: 'nu staat er {value}' },
      oddShape: { message: '{path} heeft een onverwachte vorm', hint: 'schrijf tekst, of { nl: "...", en: "..." }' },
      notText: { message: '{path} heeft een ongeldige waarde {value}', hint: 'schrijf tekst, of { nl: "...", en: "..." }' },
      notStateValue: {
        message: '{path} heeft een ongeldige waarde {value}',
        hint: 'gebruik true/false, een geheel getal of een naam in kleine letters',
      },
    },
  },
  SC005: {
    severity: 'error',
    title: 'Waarde niet toegestaan',
    description: 'Een veld met een vaste keuzelijst (frequency, tone, figure) heeft een waarde die daar niet in staat.',
    example: 'frequency: maandelijks',
    fix: 'Kies een van de waarden die de melding noemt, precies zo gespeld (bijvoorbeeld per_maand).',
    messages: {
      notAllowed: { message: '{path} heeft een ongeldige waarde {value}', hint: 'kies uit: {allowed}' },
    },
  },
  SC006: {
    severity: 'error',
    title: 'Ongeldige naam',
    description:
      'Namen (id’s van de casus, momenten, keuzes, eindes, betalers en toestanden) bestaan uit kleine letters, cijfers en - of _. Hoofdletters, spaties en accenten kunnen niet.',
    example: 'moments:\n  Evaluatie na 6 maanden:',
    fix: 'Schrijf de naam in kleine letters zonder spaties, bijvoorbeeld evaluatie-6-maanden, en pas ook de verwijzingen ernaar aan.',
    messages: {
      badName: {
        message: '{path} is geen geldige naam: {value}',
        hint: 'gebruik kleine letters, cijfers en - of _ (bijvoorbeeld "begeleid-wonen")',
      },
      badKey: {
        message: "'{key}' is geen geldige naam",
        hint: 'gebruik kleine letters, cijfers en - of _ (bijvoorbeeld "begeleid-wonen")',
      },
    },
  },
  SC007: {
    severity: 'error',
    title: 'Te groot, te klein, te veel of te weinig',
    description:
      'Een getal buiten het toegestane bereik (delta −30…30, horizon_months 1…120, leeftijd 0…120), een lege tekst, of een lijst met te weinig of te veel items (een moment heeft 2 tot 4 keuzes).',
    example: 'legitimiteit: { delta: 50, reason: "…" }',
    fix: 'Kies een waarde binnen het bereik dat de melding noemt, of voeg items toe of haal ze weg.',
    messages: {
      outOfRange: { message: '{path} moet tussen {min} en {max} liggen, niet {value}', hint: 'kies een getal van {min} tot en met {max}' },
      atLeast: { message: '{path} moet minstens {bound} zijn, niet {value}', hint: 'maak het minstens {bound}' },
      moreThan: { message: '{path} moet groter zijn dan {bound}, niet {value}', hint: 'maak het groter dan {bound}' },
      atMost: { message: '{path} mag hoogstens {bound} zijn, niet {value}', hint: 'maak het hoogstens {bound}' },
      lessThan: { message: '{path} moet kleiner zijn dan {bound}, niet {value}', hint: 'maak het kleiner dan {bound}' },
      tooFewItems: { message: '{path} heeft te weinig items: minstens {bound}, nu {count}', hint: 'voeg er een toe (een regel met "- ")' },
      tooManyItems: { message: '{path} heeft te veel items: hoogstens {bound}, nu {count}', hint: 'haal er een weg of voeg er twee samen' },
      emptyText: { message: '{path} is leeg', hint: 'schrijf de tekst, of laat het veld weg als het niet verplicht is' },
    },
  },
  SC008: {
    severity: 'error',
    title: 'Ander probleem met de opbouw',
    description:
      'Een probleem met de opbouw dat geen van de andere meldingen beschrijft; de melding geeft de woorden van de controle zelf (Engels).',
    example: '(geen: met de huidige opbouw van een casus komt dit niet voor)',
    fix: 'Vergelijk het genoemde veld met de voorbeeldcasus; kom je er niet uit, meld het dan bij de ontwikkelaars.',
    messages: {
      other: { message: '{path}: {detail}' },
    },
  },
  SC009: {
    severity: 'error',
    title: 'Formaatversie past niet bij dit spel',
    description:
      "Het bestand is geschreven voor een formaatversie die dit spel niet leest: een nieuwere (het spel is te oud), een die niet bestaat, of het gebruikt iets dat zijn eigen 'format:' nog niet kent (zoals 'until' in een bestand met format: 1). Er wordt verder niets gecontroleerd. Een ouder formaat wordt bijgewerkt (SC018).",
    example: 'format: 3',
    fix: "Open een bestand in een nieuwer formaat in een nieuwere versie van het spel. Zet bij een onbekend nummer 'format: 2'. Gebruik je 'until', zet dan 'format: 2' (of laat npm run check:scenarios -- --upgrade BESTAND dat doen).",
    messages: {
      unsupported: {
        message: 'Formaatversie {found} bestaat niet (deze versie van het spel, {game}, leest formaat {readable})',
        hint: "zet 'format: {supported}' bovenaan",
      },
      newer: {
        message: 'Dit bestand is geschreven in formaat {found}; deze versie van het spel ({game}) leest formaat {readable}',
        hint: 'open het in een nieuwere versie van het spel dan {game}, of vraag de maker om een versie in formaat {supported}',
      },
      later: {
        message: "'{key}' bestaat pas vanaf formaat {to}, maar dit bestand zegt format: {found}",
        hint: "zet 'format: {supported}' bovenaan; npm run check:scenarios -- --upgrade {file} doet dat en werkt de rest van het bestand bij",
      },
    },
  },
  SC010: {
    severity: 'error',
    title: 'Onbekend volgend moment',
    description: "Een keuze gaat met 'next:' naar een moment dat niet onder 'moments:' staat, vaak door een tikfout.",
    example: 'next: evaluatei',
    fix: "Verbeter de naam (de melding noemt de dichtstbijzijnde), of voeg het moment toe onder 'moments:'.",
    messages: {
      unknownNear: { message: "Keuze verwijst naar onbekend moment '{id}'", hint: "bedoelde je '{suggestion}'?" },
      unknown: { message: "Keuze verwijst naar onbekend moment '{id}'", hint: 'kies uit: {known}' },
    },
  },
  SC011: {
    severity: 'error',
    title: 'Onbekend einde',
    description: "Een keuze sluit met 'ending:' af bij een einde dat niet onder 'endings:' staat.",
    example: 'ending: op-eigen-bene',
    fix: "Verbeter de naam, of voeg het einde toe onder 'endings:'.",
    messages: {
      unknownNear: { message: "Keuze verwijst naar onbekend einde '{id}'", hint: "bedoelde je '{suggestion}'?" },
      unknown: { message: "Keuze verwijst naar onbekend einde '{id}'", hint: 'kies uit: {known}' },
    },
  },
  SC012: {
    severity: 'error',
    title: 'Keuze zonder (of met twee) vervolgen',
    description:
      "Elke keuze gaat verder naar een moment ('next:') of sluit de casus af ('ending:'), nooit allebei en nooit geen van beide.",
    example: '- id: afronden\n  next: evaluatie\n  ending: goed',
    fix: "Houd precies één van de twee: 'next: <moment>' of 'ending: <einde>'.",
    messages: {
      nextOrEnding: {
        message: "Keuze '{option}' moet precies één van 'next' of 'ending' hebben",
        hint: "'next: <moment>' gaat verder, 'ending: <einde>' sluit de casus af",
      },
    },
  },
  SC013: {
    severity: 'error',
    title: 'Onbekende betaler',
    description: "Een kostenpost noemt een betaler die niet onder 'payers:' staat.",
    example: 'payer: gemeente-wmoo',
    fix: "Verbeter de naam, of voeg de betaler toe onder 'payers:' met een naam en eventueel de wet waaronder hij betaalt.",
    messages: {
      unknownNear: { message: "Onbekende betaler '{id}'", hint: "bedoelde je '{suggestion}'?" },
      unknown: { message: "Onbekende betaler '{id}'", hint: "voeg '{id}' toe onder 'payers:' of kies uit: {known}" },
    },
  },
  SC014: {
    severity: 'error',
    title: 'Onbekende toestand',
    description: "'requires', 'set' of 'add' noemt een toestand die niet onder 'state:' is gedeclareerd.",
    example: 'requires: { ruud_betrokkken: true }',
    fix: "Verbeter de naam, of declareer de toestand met een beginwaarde onder 'state:'.",
    messages: {
      unknownNear: { message: "Onbekende toestand '{name}'", hint: "bedoelde je '{suggestion}'?" },
      unknown: { message: "Onbekende toestand '{name}'", hint: "declareer '{name}' met een beginwaarde onder 'state:'" },
    },
  },
  SC015: {
    severity: 'error',
    title: 'Onbekend startmoment',
    description: "'start:' noemt een moment dat niet onder 'moments:' staat.",
    example: 'start: signal',
    fix: "Kies een bestaand moment als start (meestal het eerste onder 'moments:').",
    messages: {
      unknownNear: { message: "Startmoment '{id}' bestaat niet", hint: "bedoelde je '{suggestion}'?" },
      unknown: { message: "Startmoment '{id}' bestaat niet", hint: 'kies uit: {known}' },
    },
  },
  SC016: {
    severity: 'error',
    title: 'Dubbele keuze-id',
    description: 'Twee keuzes in hetzelfde moment hebben dezelfde id, zodat spel en voortgang ze niet uit elkaar houden.',
    example: 'options:\n  - id: gesprek\n    …\n  - id: gesprek',
    fix: 'Geef elke keuze in een moment een eigen id.',
    messages: {
      duplicateOption: {
        message: "Keuze-id '{option}' komt twee keer voor in '{moment}'",
        hint: 'geef elke keuze in een moment een eigen id',
      },
    },
  },
  SC017: {
    severity: 'error',
    title: 'Toestand van het verkeerde soort',
    description:
      "Een toestand wordt vergeleken of gezet met een waarde van een ander soort dan zijn beginwaarde onder 'state:' (ja/nee, getal of naam), of 'add'/'gte'/'lte' wordt gebruikt bij iets dat geen getal is.",
    example: 'state:\n  hulp: false\n…\nset: { hulp: 3 }',
    fix: "Gebruik dezelfde soort waarde als onder 'state:': true/false voor ja/nee, 'set' in plaats van 'add', eq/ne in plaats van gte/lte.",
    messages: {
      notNumeric: { message: "'{name}' is geen getal: gte/lte kan niet", hint: 'vergelijk met eq of ne' },
      compareYesNo: {
        message: "'{name}' is een ja/nee, maar wordt vergeleken met een {kind} ({value})",
        hint: "'{name}' is ja/nee: schrijf true of false (zonder aanhalingstekens)",
      },
      compare: {
        message: "'{name}' is een {declared}, maar wordt vergeleken met een {kind} ({value})",
        hint: "geef '{name}' een waarde van dezelfde soort als onder 'state:'",
      },
      declaredYesNoWord: {
        message:
          "'{name}' begint als het woord '{value}', en dat leest het spel als een naam; {places} plek(ken) gebruiken '{name}' als ja/nee",
        hint: "schrijf onder 'state:' {name}: {intended} in plaats van {value}: ja is true, nee is false (zonder aanhalingstekens)",
      },
      setYesNoWord: {
        message: "'{name}' is een ja/nee, maar krijgt het woord '{value}'",
        hint: 'schrijf {intended} in plaats van {value}: ja is true, nee is false (zonder aanhalingstekens)',
      },
      compareYesNoWord: {
        message: "'{name}' is een ja/nee, maar wordt vergeleken met het woord '{value}'",
        hint: 'schrijf {intended} in plaats van {value}: ja is true, nee is false (zonder aanhalingstekens)',
      },
      setYesNo: {
        message: "'{name}' is een ja/nee, maar krijgt een {kind}",
        hint: "'{name}' is ja/nee: schrijf true of false (zonder aanhalingstekens)",
      },
      set: {
        message: "'{name}' is een {declared}, maar krijgt een {kind}",
        hint: "geef '{name}' een waarde van dezelfde soort als onder 'state:'",
      },
      addToNonNumber: { message: "'add' kan alleen bij een getal, '{name}' is een {declared}", hint: "gebruik 'set'" },
    },
  },
  SC018: {
    severity: 'warning',
    title: 'Ouder formaat bijgewerkt bij het lezen',
    description:
      "Het bestand zegt een ouder 'format:' dan het spel schrijft. Het spel werkt het bij het lezen bij naar het nieuwste formaat en zegt per plek wat het veranderde. Verandert er niets behalve het nummer, dan leest het spel het bestand zonder melding.",
    example: 'format: 1\n…\n  - item: Intake\n    amount: 150\n    frequency: eenmalig\n    duration: 1',
    fix: 'Laat npm run check:scenarios -- --upgrade BESTAND het bestand herschrijven (commentaar en opmaak blijven staan), of pas de genoemde plekken zelf aan en zet het nieuwe nummer bij format:.',
    messages: {
      upgraded: {
        message:
          'Formaat {found} is bij het lezen bijgewerkt naar formaat {supported}, met {count} wijziging(en) (zie de meldingen hieronder): {summary}',
        hint: 'npm run check:scenarios -- --upgrade {file} herschrijft het bestand zo (commentaar en opmaak blijven staan)',
      },
      change: { message: 'Bijgewerkt naar formaat {supported}: {change}', hint: 'met --upgrade gebeurt dit ook in het bestand' },
    },
  },
  SC019: {
    severity: 'warning',
    title: 'Looptijd net naast de telling',
    description:
      "Een maandbedrag met 'duration' dat precies één maand afwijkt van de telling tot het volgende moment op die route, of tot de horizon: de klassieke telfout (van maand 3 tot 24 zijn het 21 maanden, niet 22). Komt 'duration' precies overeen met een van beide, of wijkt het meer af, dan is het geen melding: dan is het bewust.",
    example:
      'horizon_months: 24\n…\n    month: 3\n    …\n        frequency: per_maand\n        duration: 22\n        …\n      ending: thuis',
    fix: "Laat het spel tellen met 'until: volgend_moment' of 'until: einde' (formaat 2), of verbeter het getal.",
    messages: {
      offByOne: {
        message: "'duration: {duration}' is één maand {more} dan tot {target}: van maand {from} tot {to} zijn het {months} maanden",
        hint: 'bedoel je {months}? Schrijf until: {until}, dan telt het spel (en telt het mee als je de maanden later verschuift)',
      },
    },
  },
  SC020: {
    severity: 'error',
    title: 'Bedrag met meer dan twee decimalen',
    description: 'Bedragen worden in hele centen bijgehouden; een bedrag met drie of meer cijfers achter de punt past daar niet in.',
    example: 'amount: 1250.505',
    fix: 'Rond af op hele centen: 1250.51.',
    messages: {
      tooManyDecimals: { message: 'Bedrag {amount} heeft meer dan twee decimalen', hint: 'rond af op hele centen: schrijf {rounded}' },
    },
  },
  SC021: {
    severity: 'error',
    title: 'Bedrag zonder bron of schatting',
    description:
      "Elk bedrag noemt waar het vandaan komt: een bronpassage ('source') of, als geen bron het noemt, een schatting met de reden ('estimate'). Spelers kunnen beide op de kassabon openen.",
    example: '- item: Ambulante begeleiding\n  amount: 300\n  frequency: per_maand\n  duration: 6\n  payer: gemeente-wmo',
    fix: "Voeg 'source: { document, line, quote }' toe, of 'estimate: \"…\"' met waarom het een schatting is.",
    messages: {
      noSource: {
        message: 'Bedrag zonder bron of schatting',
        hint: "voeg 'source: { document, line, quote }' toe, of 'estimate: { reason }' met waarom het een schatting is",
      },
    },
  },
  SC022: {
    severity: 'warning',
    title: 'Bedrag met bron én schatting',
    description: "Een bedrag heeft zowel 'source' als 'estimate'; spelers zien dan niet of het bedrag letterlijk in de bron staat.",
    example: 'source: { document: "002", line: 924, quote: "€ 300 per maand" }\nestimate: "ongeveer"',
    fix: 'Houd er één: de bron als het bedrag letterlijk in de bron staat, anders de schatting.',
    messages: {
      sourceAndEstimate: {
        message: 'Bedrag heeft zowel een bron als een schatting',
        hint: 'houd er één: de bron als het bedrag letterlijk in de bron staat',
      },
    },
  },
  SC023: {
    severity: 'error',
    title: "Looptijd ('duration' of 'until') ontbreekt, is overbodig of dubbel",
    description:
      "Een terugkerend bedrag (per_week, per_maand, per_jaar) zegt hoe lang het loopt: met 'duration: N' of met 'until: volgend_moment' of 'until: einde', waarna het spel telt. Geen van beide, of allebei, is een fout; net als 'until' bij een eenmalig bedrag of 'until: volgend_moment' waar geen volgend moment is. Een eenmalig bedrag met een 'duration' is een waarschuwing: de duur telt daar niet.",
    example: 'amount: 300\nfrequency: per_maand\n# duration of until ontbreekt',
    fix: "Geef bij een terugkerend bedrag 'duration: N' (aantal weken, maanden of jaren) of 'until: volgend_moment' / 'until: einde'; laat beide weg bij eenmalig.",
    messages: {
      missingDuration: {
        message: "Terugkerend bedrag ({frequency}) zonder 'duration' of 'until'",
        hint: 'laat het spel tellen met until: volgend_moment (tot het volgende moment op deze route) of until: einde (tot de horizon), of geef het aantal zelf op met duration: N',
      },
      durationOnce: { severity: 'warning', message: "Een eenmalig bedrag heeft geen 'duration'", hint: "laat 'duration' weg" },
      untilOnce: {
        message: "Een eenmalig bedrag heeft geen 'until': het wordt één keer betaald",
        hint: "laat 'until' weg, of kies een frequentie als per_maand als het bedrag terugkomt",
      },
      untilAndDuration: {
        message: "Dit bedrag heeft zowel 'duration: {duration}' als 'until: {until}'",
        hint: "houd er één: 'until' als het spel mag tellen, 'duration' als je een ander aantal bedoelt",
      },
      untilNextInSysteemroute: {
        message: "De systeemroute heeft geen volgend moment: 'until: volgend_moment' kan hier niet tellen",
        hint: 'schrijf until: einde (tot de horizon) of duration: N',
      },
      untilNoTime: {
        message: "'until: volgend_moment' telt hier niets: het volgende moment '{next}' valt ook in maand {month}",
        hint: 'geef het volgende moment een latere maand, of schrijf duration: N',
      },
    },
  },
  SC024: {
    severity: 'warning',
    title: 'Kosten lopen door na de horizon',
    description:
      "Een terugkerend bedrag loopt langer door dan 'horizon_months'. Alleen het deel binnen de horizon telt mee; de kassabon zegt dat erbij.",
    example: 'horizon_months: 12\n…\nmonth: 6\n…\nfrequency: per_maand\nduration: 18',
    fix: "Verkort de duur of verleng 'horizon_months'; laat het zo als het zo bedoeld is.",
    messages: {
      pastHorizon: {
        message: 'Loopt door na de horizon ({horizon} maanden): alleen {counted} van de {periods} {unit} tellen mee',
        hint: 'verkort de duur of verleng horizon_months',
      },
    },
  },
  SC025: {
    severity: 'error',
    title: 'Moment buiten de horizon',
    description: "De 'month' van een moment valt op of na het einde van 'horizon_months', dus buiten de periode waarover kosten tellen.",
    example: 'horizon_months: 12\n…\n  evaluatie:\n    month: 12',
    fix: "Kies een eerdere maand of verleng 'horizon_months'.",
    messages: {
      monthPastHorizon: {
        message: 'Maand {month} valt buiten de horizon van {horizon} maanden',
        hint: 'kies een eerdere maand of verleng horizon_months',
      },
    },
  },
  SC026: {
    severity: 'warning',
    title: 'Terug in de tijd',
    description: "Een keuze gaat met 'next:' naar een moment met een eerdere 'month' dan het moment waar de keuze staat.",
    example: '  intake:\n    month: 3\n    … next: evaluatie\n  evaluatie:\n    month: 0',
    fix: 'Laat de casus vooruit lopen: kies een later moment of pas de maanden aan.',
    messages: {
      backInTime: {
        message: "'{next}' (maand {nextMonth}) ligt vóór '{moment}' (maand {month})",
        hint: 'een casus loopt vooruit in de tijd: kies een later moment of pas de maanden aan',
      },
    },
  },
  SC027: {
    severity: 'error',
    title: 'Citaat niet gevonden in de bron',
    description:
      "Alleen met bronteksten (--sources): het citaat ('quote') staat niet letterlijk in het brondocument rond de genoemde regel (3 regels ervoor tot 8 erna; hoofdletters, spaties en afbreekstreepjes tellen niet).",
    example: 'source: { document: "002", line: 924, quote: "€ 350 per maand" }',
    fix: 'Neem de tekst letterlijk over uit de bron en controleer het regelnummer. De melding zegt waar het citaat wél staat, of welk stuk er het meest op lijkt, met de woorden die verschillen tussen ⟨ en ⟩.',
    messages: {
      quoteNotFound: {
        message: 'Citaat staat niet in document {document} rond regel {line}, en ook nergens anders in dat document',
        hint: 'neem de tekst letterlijk over uit de bron en controleer het documentnummer',
      },
      quoteElsewhere: {
        message: 'Citaat staat niet in document {document} rond regel {line}, maar wel op regel {found}',
        hint: 'zet line: {found}',
      },
      quoteNearest: {
        message:
          'Citaat staat niet letterlijk in document {document} rond regel {line}; het meest gelijkende stuk begint op regel {found}, met het verschil tussen ⟨ en ⟩: "{excerpt}"',
        hint: '{difference}; neem de tekst woord voor woord over uit de bron (en zet line: {found} als dat de plek is)',
      },
    },
  },
  SC028: {
    severity: 'warning',
    title: 'Brondocument niet gevonden',
    description:
      'Alleen met bronteksten (--sources): het genoemde document staat niet in de map met bronteksten, dus het citaat is niet gecontroleerd.',
    example: 'source: { document: "007", line: 12, quote: "…" }',
    fix: 'Verbeter het documentnummer, of zet de brontekst als NNN_naam.txt in de map met bronteksten.',
    messages: {
      unknownDocument: { message: "Brondocument '{document}' niet gevonden: citaat niet gecontroleerd", hint: 'beschikbaar: {available}' },
    },
  },
  SC029: {
    severity: 'error',
    title: 'Bedrag met een punt voor duizendtallen',
    description:
      'Een bedrag als 6.500 leest als zesduizend vijfhonderd euro, maar voor de computer is het 6,5: bedragen hebben geen scheidingsteken voor duizendtallen.',
    example: 'amount: 6.500',
    fix: 'Schrijf 6500; decimalen met een punt: 12.50.',
    messages: {
      thousandsDot: {
        message: 'Bedrag {written} leest als {intended} euro in Nederlandse notatie, maar als {parsed} voor de computer',
        hint: 'bedoel je {intended} euro, schrijf dan {intended} (zonder punt voor duizendtallen); bedoel je {parsedNl} euro, schrijf dan {rounded} (hoogstens twee decimalen)',
      },
    },
  },
  // Story analysis (check-graph.ts, check-balance.ts): SC030–SC034, SC040, SC041, SC043.
  SC030: {
    severity: 'warning',
    title: 'Onbereikbaar moment',
    description:
      'Geen enkele route vanaf het startmoment komt bij dit moment: geen keuze verwijst ernaar, of alleen keuzes die nooit beschikbaar zijn.',
    example:
      'start: intake\nmoments:\n  intake: { …, options: [{ …, ending: goed }, …] }\n  vergeten: { … }   # nergens een next: vergeten',
    fix: "Verwijs ernaar met 'next:' vanuit een moment dat wel bereikt wordt, of verwijder het moment.",
    messages: {
      moment: {
        message: "Moment '{moment}' is onbereikbaar",
        hint: "verwijs ernaar met 'next:' vanuit een ander moment, of verwijder het",
      },
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
    description:
      "Een speler kan bij dit moment aankomen in een toestand waarin aan geen enkele 'requires' is voldaan: er valt niets te kiezen.",
    example:
      'evaluatie:\n  options:\n    - { id: afronden, requires: { hulp: true }, … }\n    - { id: verlengen, requires: { hulp: true }, … }   # hulp kan false zijn',
    fix: "Geef het moment minstens één keuze zonder 'requires', of pas de voorwaarden aan zodat er in elke toestand een keuze overblijft.",
    messages: {
      state: {
        message: "Doodlopend: in '{moment}' is geen enkele keuze beschikbaar als {state}",
        hint: "geef minstens één keuze zonder 'requires', of pas de voorwaarden aan",
      },
    },
  },
  SC033: {
    severity: 'error',
    title: 'Verhaallijn in een kring',
    description:
      'Een route komt terug bij een moment waar hij al langs kwam. Een casus loopt vooruit in de tijd, dus dat is altijd een vergissing.',
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
    example: '- id: naar-vader\n  requires: { ruud_betrokken: true }   # geen eerdere keuze zet ruud_betrokken op true',
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
    description:
      'Steeds de goedkoopste keuze nemen scoort minstens zo goed als de beste route. Het spel wil dat balans wint, niet de goedkoopste route.',
    example: '(een casus waarin de goedkoopste keuzes geen prijs hebben in legitimiteit of betrokkenheid)',
    fix: 'Laat de goedkoopste keuzes iets kosten in legitimiteit of betrokkenheid, of maak een evenwichtige route beter.',
    messages: {
      all: {
        message: 'Zuinigheid wint: steeds de goedkoopste keuze scoort {thrifty}, de beste route {best}',
        hint: 'kostenbewust, maar sla niet door: laat de goedkoopste keuzes iets kosten in legitimiteit of betrokkenheid',
      },
      sample: {
        message:
          'Zuinigheid wint in een steekproef van {sample} van {total} routes: steeds de goedkoopste keuze scoort {thrifty}, de beste route in de steekproef {best}',
        hint: 'kostenbewust, maar sla niet door: laat de goedkoopste keuzes iets kosten in legitimiteit of betrokkenheid',
      },
    },
  },
  SC041: {
    severity: 'info',
    title: 'Zuinigheid op een steekproef gecontroleerd',
    description:
      'De casus heeft te veel routes om ze allemaal te scoren. De controle of zuinigheid wint (SC040) vergelijkt dan een vaste steekproef, met altijd de route van steeds de goedkoopste en van steeds de duurste keuze erin.',
    example: '(een casus met meer dan 100.000 routes, bijvoorbeeld 17 momenten met elk twee keuzes)',
    fix: 'Geen fout. Wie zeker wil zijn, speelt de casus zelf of maakt hem kleiner.',
    messages: {
      sample: {
        message:
          'Zuinigheid gecontroleerd op een steekproef van {sample} van {total} routes: steeds de goedkoopste keuze scoort {thrifty}, de beste route in de steekproef {best}',
        hint: 'dat is geen fout; met meer dan {limit} routes worden ze niet allemaal vergeleken',
      },
    },
  },
  SC042: {
    severity: 'error',
    title: 'Twee casussen met dezelfde id',
    description:
      "Twee bestanden gebruiken dezelfde casus-'id'. Voortgang wordt per id bewaard, dus ze zouden elkaars voortgang overschrijven. Meestal: een gekopieerd bestand waarvan de id niet is aangepast.",
    example: 'scenarios/twee-zonen.yaml en scenarios/kopie.yaml, allebei met id: twee-zonen',
    fix: 'Geef elke casus een eigen id (meestal: verander de id in je nieuwe bestand).',
    messages: {
      duplicateId: {
        message: "Casus-id '{id}' wordt ook gebruikt in {others}",
        hint: 'geef elke casus een eigen id (meestal: verander de id in je nieuwe bestand); voortgang wordt per id bewaard',
      },
    },
  },
  SC043: {
    severity: 'warning',
    title: 'Verhaalcontrole ingekort',
    description:
      "De controle loopt elke combinatie van moment en toestand na. Lezen de 'requires' veel ja/nee-variabelen, dan groeit het aantal toestanden snel (20 ervan: een miljoen). Boven een vaste grens stopt de controle en zegt ze wat ze niet heeft kunnen nagaan.",
    example:
      'state: { a: false, b: false, …, t: false }\n# 20 momenten zetten elk een variabele; het laatste leest ze allemaal:\nrequires: { a: true, b: true, …, t: true }',
    fix: "Lees minder ja/nee-variabelen in 'requires' (vaak kan één getal, bijvoorbeeld 'vertrouwen' met 'add:', er vele vervangen), of maak de casus korter.",
    messages: {
      states: {
        message:
          'Verhaalcontrole ingekort: na {pairs} combinaties van moment en toestand gestopt (grens {limit}); doodlopende momenten, onbereikbare delen, nooit beschikbare keuzes, kringen en de zuinigheidstoets zijn niet volledig nagegaan',
        hint: "in '{moment}' tellen {variables} variabelen mee ({names}): lees er minder in 'requires', of maak de casus korter",
      },
      variables: {
        message:
          'Verhaalcontrole ingekort: na {pairs} combinaties van moment en toestand gestopt, omdat er samen al {limit} waarden van variabelen bij te houden waren; doodlopende momenten, onbereikbare delen, nooit beschikbare keuzes, kringen en de zuinigheidstoets zijn niet volledig nagegaan',
        hint: "in '{moment}' tellen {variables} variabelen mee ({names}): lees er minder in 'requires', of maak de casus korter",
      },
      cycles: {
        message: "Niet volledig nagegaan of de verhaallijn in een kring loopt: te veel combinaties van moment en toestand rond '{moment}'",
        hint: "laat keuzes alleen naar latere momenten gaan en lees minder ja/nee-variabelen in 'requires'",
      },
    },
  },
  SC050: {
    severity: 'error',
    title: 'Bestand is niet opgeslagen als UTF-8',
    description:
      'Het spel leest casusbestanden alleen in de tekencodering UTF-8. Kladblok, Word en TextEdit bewaren soms in een andere codering (ANSI/Windows-1252, UTF-16 of "Unicode"); letters als é en ë worden dan onleesbaar.',
    example: "intake.yaml, in Kladblok opgeslagen met Codering: ANSI, met de tekst 'Interveniëren'",
    fix: 'Open het bestand in Kladblok, kies Bestand → Opslaan als… en zet onderaan Codering op UTF-8. In TextEdit: Opslag → Platte tekst, codering Unicode (UTF-8). In Word: Opslaan als → Platte tekst (.txt), codering Unicode (UTF-8), en geef het bestand daarna weer de naam …yaml.',
    messages: {
      utf16: {
        message: "Bestand {name} is opgeslagen als UTF-16 ('Unicode'), niet als UTF-8",
        hint: 'open het in Kladblok en kies Opslaan als… → Codering: UTF-8 (TextEdit: Opslag → Platte tekst, codering Unicode (UTF-8); Word: Opslaan als → Platte tekst, codering Unicode (UTF-8))',
      },
      ansi: {
        message:
          "Bestand {name} is niet opgeslagen als UTF-8: het teken hier (byte {byte}) is waarschijnlijk '{guess}' in de codering ANSI/Windows-1252",
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
    description:
      'Een bestand of map die je noemde bestaat niet of kan niet gelezen worden, is groter dan 1 MB, of is een link die via andere links naar zichzelf wijst. De andere bestanden worden gewoon gecontroleerd.',
    example: 'npm run check:scenarios -- scenarios/twee-zonnen.yaml',
    fix: 'Controleer de naam en de map. Een snelkoppeling moet naar een bestaand bestand wijzen; een map met een naam op .yaml hernoem je.',
    messages: {
      missing: { message: 'Bestand of map niet gevonden', hint: 'controleer de naam en de map' },
      missingSuggest: { message: 'Bestand of map niet gevonden', hint: "bedoelde je '{suggestion}'?" },
      brokenLink: {
        message: "Deze link (snelkoppeling) wijst naar '{target}', en dat bestaat niet",
        hint: 'laat de link naar een bestaand bestand wijzen, of verwijder hem',
      },
      linkLoop: {
        message: 'Deze link (snelkoppeling) wijst via andere links weer naar zichzelf: een kring zonder bestand',
        hint: 'laat de link naar een bestaand bestand wijzen, of verwijder hem',
      },
      folder: { message: 'Dit is een map, geen bestand', hint: 'een casus is één bestand: geef de map een naam zonder .yaml' },
      unreadableFolder: { message: 'Deze map kan niet gelezen worden ({reason})', hint: 'controleer of je deze map mag openen' },
      unreadable: {
        message: 'Dit bestand kan niet gelezen worden ({reason})',
        hint: 'controleer of je dit bestand mag openen en of een ander programma het niet vasthoudt',
      },
      notFile: { message: 'Dit is geen gewoon bestand', hint: 'noem een .yaml-bestand of een map met .yaml-bestanden' },
      tooLarge: {
        message: 'Dit bestand is {size} groot; het spel opent casussen tot {limit}',
        hint: 'een casus is platte tekst van hooguit enkele honderden kB: kies het juiste bestand, of splits de casus',
      },
    },
  },
  SC052: {
    severity: 'error',
    title: 'Gereserveerde naam als sleutel',
    description:
      "De namen '__proto__', 'constructor' en 'prototype' hebben in JavaScript, de taal van het spel, een eigen betekenis. Als sleutel zouden ze stilletjes verdwijnen, met bijvoorbeeld een voorwaarde of een betaler.",
    example: 'payers:\n  __proto__: { name: Gemeente }',
    fix: 'Kies een andere naam, bijvoorbeeld gemeente of opbouw.',
    messages: {
      reserved: {
        message: "De naam '{key}' kan niet als sleutel gebruikt worden",
        hint: "'__proto__', 'constructor' en 'prototype' zijn gereserveerd; kies een andere naam",
      },
    },
  },
  SC053: {
    severity: 'error',
    title: 'Meer dan één document in het bestand',
    description:
      "Een regel met alleen '---' begint in YAML een nieuw document. Een casusbestand bevat precies één casus; alles na de tweede '---' zou verloren gaan.",
    example: 'format: 1\nid: casus-a\n…\n---\nformat: 1\nid: casus-b',
    fix: "Haal de regel '---' weg, of zet elke casus in een eigen bestand.",
    messages: {
      marker: {
        message: "Met deze '---' begint een tweede document; een casusbestand bevat één casus",
        hint: 'haal deze regel weg, of zet de tweede casus in een eigen bestand',
      },
      afterEnd: {
        message: "Na de regel '...' (einde document) staat nog tekst; een casusbestand bevat één casus",
        hint: "haal de regel '...' weg, of zet de tekst erna in een eigen bestand",
      },
    },
  },
  SC054: {
    severity: 'error',
    title: "Samenvoegsleutel '<<' wordt niet ondersteund",
    description:
      "Met '<<: *anker' neemt YAML de sleutels van een anker over. Het spel leest YAML 1.2, waarin dat niet bestaat: '<<' zou een gewone, onbekende sleutel worden en de overgenomen waarden zouden ontbreken.",
    example: 'standaard: &standaard { frequency: per_maand, duration: 6 }\n…\n  - item: Begeleiding\n    <<: *standaard',
    fix: 'Schrijf de sleutels uit. Een verwijzing als hele waarde (payer: *betaler) mag wel.',
    messages: {
      merge: {
        message: "Samenvoegsleutel '<<' wordt niet ondersteund",
        hint: 'schrijf de sleutels die je van het anker wilt overnemen hier uit; een verwijzing als hele waarde (naam: *anker) mag wel',
      },
    },
  },
  SC055: {
    severity: 'error',
    title: 'Te diep genest',
    description:
      'Een casus komt met ongeveer tien niveaus in elkaar uit. Veel meer komt bijna altijd door haakjes [ of { die niet gesloten worden, of door inspringing die steeds verder oploopt.',
    example: 'text: [[[[[[[[ … (honderden haakjes), of ankers die steeds het vorige anker in een lijst zetten',
    fix: 'Sluit elk [ met ] en elk { met }, en laat regels op hetzelfde niveau even ver inspringen.',
    messages: {
      deep: {
        message: 'Hier zit het bestand meer dan {limit} niveaus diep in elkaar',
        hint: 'een casus komt met ongeveer tien niveaus uit: controleer of elk [ en { ook gesloten wordt en of de inspringing niet steeds verder oploopt',
      },
      alias: {
        message: 'Met de verwijzing *{name} komt het bestand hier meer dan {limit} niveaus diep in elkaar',
        hint: 'verwijs niet naar ankers die zelf weer diep geneste verwijzingen bevatten: schrijf de waarde uit',
      },
    },
  },
  SC056: {
    severity: 'error',
    title: 'Sleutel is een lijst of object',
    description:
      "Een sleutel is een naam gevolgd door een dubbele punt. YAML staat ook een lijst of object als sleutel toe ('[a, b]: …' of '? …'); het spel kan daar niets mee.",
    example: '[intake, evaluatie]: { title: Intake }',
    fix: 'Geef elke sleutel een gewone naam. Tekst die met [ of { begint zet je tussen aanhalingstekens.',
    messages: {
      collection: {
        message: 'Deze sleutel is een lijst of object, geen naam',
        hint: 'geef de sleutel een gewone naam; tekst die met [ of { begint zet je tussen aanhalingstekens',
      },
    },
  },
  SC057: {
    severity: 'error',
    title: 'Onzichtbaar stuurteken in een tekst',
    description:
      "Een tekst bevat een stuurteken: een onzichtbaar teken zoals ESC, BEL of NUL. Tussen dubbele aanhalingstekens maakt YAML zo'n teken van \\e, \\a, \\0 of \\x1b, en geplakte tekst kan er een bevatten die je editor niet toont. Spelers zouden het in hun scherm krijgen, en in een terminal kan het de weergave verstoren. Tab en regeleinde mogen wel.",
    example: 'text: "Sandra belt\\e[2J"',
    fix: 'Haal het teken weg. Tussen dubbele aanhalingstekens betekent \\ iets bijzonders: schrijf \\\\ voor één \\, of gebruik enkele aanhalingstekens.',
    messages: {
      control: {
        message: 'In deze tekst staat een onzichtbaar stuurteken ({char}) dat spelers niet horen te krijgen',
        hint: "haal het weg; tussen dubbele aanhalingstekens maken \\e, \\a, \\0 en \\x.. zo'n teken",
      },
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
  SC070: {
    severity: 'warning',
    title: 'Typografisch teken dat op een gewoon teken lijkt',
    description:
      'Word, Outlook en pdf’s maken van gewone tekens soms typografische: krullende aanhalingstekens (“ ” ‘ ’), een gedachtestreepje (–) of een harde spatie. In een sleutel of naam maakt zo’n teken een verder goed woord onbekend; om een hele tekst heen ziet de speler de krullende aanhalingstekens gewoon staan. Krullende aanhalingstekens ín een tekst, of om een tekst die zelf tussen gewone aanhalingstekens of in een blok (> of |) staat, zijn bewust en geven geen melding.',
    example: 'label: “Ga met het gezin om tafel”\npayer: gemeente–wmo',
    fix: 'Typ het teken opnieuw in je editor: gewone aanhalingstekens "…", een gewoon streepje -, een gewone spatie. Of plak tekst uit Word eerst in Kladblok. Wil je de krullende aanhalingstekens houden (iemand zegt iets), zet de hele tekst dan tussen gewone: "“Ik wil een eigen plek.”"',
    messages: {
      wrapped: {
        message:
          'Deze tekst staat tussen krullende aanhalingstekens ({quote}), zoals Word of Outlook ze van gewone maakt; spelers zien ze mee',
        hint: 'bedoelde je gewone aanhalingstekens, typ dan "…"; wil je ze laten staan (iemand zegt dit), zet de hele tekst dan tussen gewone: {field}: "{example}"',
      },
      inKey: { message: "Sleutel '{key}' bevat een {name}", hint: 'typ de sleutel opnieuw: alleen gewone letters, cijfers, - en _' },
      inName: { message: "'{value}' bevat een {name}", hint: 'typ het opnieuw, met {plain} in plaats daarvan' },
    },
  },
  SC071: {
    severity: 'warning',
    title: 'Waarde loopt vast op 0 of 100 op de beste route',
    description:
      'Elke waarde begint op 50 en blijft tussen 0 en 100. Op de route die het best scoort, tellen de delta’s (en bij rendement de kostenfactor) samen op tot meer dan 100 of minder dan 0: wat erboven of eronder valt telt niet mee. Dan kan een keuze die jij als de beste bedoelde, toch verliezen van een andere.',
    example: '# drie keuzes op een route met elk legitimiteit: { delta: 25, … }\n# 50 + 75 = 125: afgekapt tot 100',
    fix: 'Maak de delta’s op die route kleiner, zodat de waarde onder 100 (of boven 0) blijft; npm run check:scenarios -- --routes toont de waarden per route.',
    messages: {
      high: {
        message: '{value} loopt op de beste route op tot {raw} en wordt afgekapt op 100: {lost} punten tellen niet mee (route: {route})',
        hint: 'maak de delta’s van {value} op deze route kleiner; vanaf deze keuze komt de waarde boven 100',
      },
      low: {
        message: '{value} zakt op de beste route tot {raw} en wordt afgekapt op 0: {lost} punten tellen niet mee (route: {route})',
        hint: 'maak de negatieve delta’s van {value} op deze route kleiner; vanaf deze keuze komt de waarde onder 0',
      },
    },
  },
  SC072: {
    severity: 'warning',
    title: 'Rendement telt de kosten misschien twee keer',
    description:
      'Het spel rekent de kosten zelf al mee in rendement: de kostenfactor, tot 25 punten erbij of eraf naar hoe de route zich verhoudt tot de systeemroute. Een rendement-delta die óók beloont dat een keuze goedkoop is (of straft dat ze duur is), telt hetzelfde geld een tweede keer.',
    example:
      '- id: niets-doen        # de goedkoopste keuze van dit moment\n  values:\n    rendement: { delta: 15, reason: "Kost niets." }',
    fix: 'Laat de rendement-delta gaan over wat de keuze oplevert (effect, duurzaamheid, voorkomen van latere hulp), niet over wat ze kost; of maak hem kleiner.',
    messages: {
      cheap: {
        message: 'Rendement +{delta} voor de goedkoopste keuze van dit moment, met als reden "{reason}": de kostenfactor beloont dat al',
        hint: 'laat de delta gaan over wat de keuze oplevert, niet over wat ze kost, of maak hem kleiner',
      },
      dear: {
        message: 'Rendement {delta} voor de duurste keuze van dit moment, met als reden "{reason}": de kostenfactor rekent dat al aan',
        hint: 'laat de delta gaan over wat de keuze oplevert, niet over wat ze kost, of maak hem kleiner',
      },
    },
  },
  SC080: {
    severity: 'error',
    title: 'Onbekend tarief',
    description:
      "Een kostenpost noemt met 'tariff:' een tarief dat niet in de gedeelde tarievenlijst (scenarios/tarieven/standaard.yaml) staat, of dat daar een fout heeft. Het spel rekent nooit stil met € 0.",
    example: '- tariff: begeleid-wonenn\n  duration: 9\n  payer: gemeente-jeugd',
    fix: 'Verbeter de naam (de melding noemt de dichtstbijzijnde), voeg het tarief toe aan de tarievenlijst, of herstel de fout die de controle daar meldt.',
    messages: {
      unknownNear: { message: "Onbekend tarief '{id}'", hint: "bedoelde je '{suggestion}'?" },
      unknown: { message: "Onbekend tarief '{id}'", hint: "voeg '{id}' toe aan {catalogue} of kies uit: {known}" },
      broken: {
        message: "Tarief '{id}' heeft een fout in {catalogue}",
        hint: 'herstel eerst de melding bij dat tarief in de tarievenlijst',
      },
      noCatalogue: {
        message: "Tarief '{id}' gevraagd, maar er is geen tarievenlijst",
        hint: "zet de tarieven in {catalogue}, of geef de kostenpost een eigen 'amount', 'frequency' en bron of schatting",
      },
    },
  },
  SC081: {
    severity: 'error',
    title: 'Tarief zonder bron of schatting',
    description:
      "Elk tarief in de tarievenlijst zegt waar het bedrag vandaan komt: een bronpassage ('source') of een schatting met de reden ('estimate'). Elke casus die het tarief gebruikt, toont die bron of schatting op de kassabon.",
    example: 'tariffs:\n  budgetbeheer:\n    item: { nl: Budgetbeheer, en: Budget management }\n    amount: 25\n    frequency: per_maand',
    fix: "Voeg 'source: { document, line, quote }' toe, of 'estimate: { reason: { nl, en } }' met waarom het een schatting is.",
    messages: {
      noSource: {
        message: "Tarief '{id}' heeft geen bron of schatting",
        hint: "voeg 'source: { document, line, quote }' toe, of 'estimate: { reason }' met waarom het een schatting is",
      },
      both: {
        message: "Tarief '{id}' heeft zowel een bron als een schatting",
        hint: 'houd er één: de bron als het bedrag letterlijk in de bron staat, anders de schatting',
      },
    },
  },
  SC082: {
    severity: 'error',
    title: 'Tarief én eigen bedrag',
    description:
      "Een kostenpost met 'tariff:' krijgt bedrag, frequentie en bron of schatting uit de tarievenlijst. Staat er ook een eigen 'amount', 'frequency' of 'source', dan is niet duidelijk welke telt. Een eigen 'estimate' mag wel: die zegt waarom het bedrag, dat de bron voor een andere situatie noemt, hier een redelijke schatting is.",
    example: '- tariff: begeleid-wonen\n  amount: 4000\n  duration: 9\n  payer: gemeente-jeugd',
    fix: "Haal het eigen veld weg om het tarief te gebruiken, of haal 'tariff:' weg en geef de kostenpost een eigen bedrag met bron of schatting.",
    messages: {
      ownField: {
        message: "Kostenpost met tarief '{id}' heeft ook een eigen '{field}'",
        hint: "haal '{field}' weg (het tarief bepaalt het), of haal 'tariff' weg",
      },
    },
  },
  SC083: {
    severity: 'warning',
    title: 'Brondocument niet in de bronnenlijst',
    description:
      "Een bron noemt een documentnummer dat niet in de gedeelde bronnenlijst (scenarios/gedeeld/bronnen.yaml) staat. De speler ziet dan alleen 'Document 007, regel 12' in plaats van de titel, de uitgever en het jaar van de publicatie.",
    example: 'source: { document: "007", line: 12, quote: "…" }',
    fix: 'Verbeter het documentnummer, of zet het document in scenarios/gedeeld/bronnen.yaml met zijn titel, uitgever en jaar.',
    messages: {
      unknown: {
        message: "Brondocument '{document}' staat niet in de bronnenlijst",
        hint: 'voeg het toe aan {catalogue} met titel, uitgever en jaar; bekend: {known}',
      },
    },
  },
  SC088: {
    severity: 'warning',
    title: 'Tarief dat de standaardlijst niet kent',
    description:
      'Een tarievenset van een gemeente (scenarios/tarieven/<naam>.yaml of een eigen tarievenbestand in het spel) geeft een prijs voor een tarief dat niet in de standaardlijst (scenarios/tarieven/standaard.yaml) staat. Geen casus noemt het, dus het spel gebruikt het nergens.',
    example:
      'tariffs:\n  begeleid-wonenn:\n    item: { nl: Begeleid wonen, en: Supported housing }\n    amount: 4400\n    frequency: per_maand',
    fix: 'Gebruik de naam uit de standaardlijst (de melding noemt de dichtstbijzijnde), of haal het tarief weg.',
    messages: {
      unknownNear: {
        message: "Tarief '{id}' staat niet in de standaardlijst en wordt nergens gebruikt",
        hint: "bedoelde je '{suggestion}'?",
      },
      unknown: { message: "Tarief '{id}' staat niet in de standaardlijst en wordt nergens gebruikt", hint: 'kies een naam uit {standard}' },
    },
  },
  SC089: {
    severity: 'error',
    title: 'Tarief per andere periode dan de standaard',
    description:
      "Een tarievenset prijst een tarief per andere periode dan de standaardlijst (bijvoorbeeld per_jaar waar de standaard per_maand zegt). De casussen geven de duur in perioden van de standaard ('duration: 9' is negen maanden): met een andere periode klopt de kassabon niet meer.",
    example:
      'tariffs:\n  begeleid-wonen:\n    item: { nl: Begeleid wonen, en: Supported housing }\n    amount: 52000\n    frequency: per_jaar',
    fix: 'Reken het bedrag om naar de periode van de standaardlijst (de melding noemt die), bijvoorbeeld een jaarbedrag gedeeld door twaalf, en zeg in de schatting hoe.',
    messages: {
      frequency: {
        message: "Tarief '{id}' geldt {found}, maar de standaardlijst rekent het {standard}",
        hint: "schrijf 'frequency: {standard}' en reken het bedrag om",
      },
    },
  },
  SC090: {
    severity: 'error',
    title: 'Onderbouwing klopt niet',
    description:
      "Een keuze met 'argue:' laat de speler kiezen uit argumenten. Elk argument heeft een eigen naam en een oordeel; minstens één argument wordt toegekend, en een afgewezen argument zegt met 'instead' welke andere keuze van hetzelfde moment dan geldt.",
    example:
      'argue:\n  audience: de backoffice\n  question: Waarom afwijken?\n  arguments:\n    - id: zielig\n      verdict: afgewezen\n      instead: standaardd',
    fix: "Geef elk afgewezen argument 'instead: <keuze>' met een keuze van hetzelfde moment zonder 'argue' en zonder 'requires'; haal 'instead' weg bij toegekend en vertraagd; zorg dat minstens één argument wordt toegekend.",
    messages: {
      insteadMissing: {
        message: "Afgewezen argument '{argument}' zegt niet welke keuze dan geldt",
        hint: "voeg 'instead: <keuze>' toe, bijvoorbeeld instead: {example}",
      },
      insteadNotRefused: {
        message: "Argument '{argument}' is {verdict}, maar heeft 'instead'",
        hint: "'instead' hoort alleen bij afgewezen: haal het weg, of maak het oordeel afgewezen",
      },
      insteadUnknownNear: { message: "Onbekende keuze '{id}' bij 'instead'", hint: "bedoelde je '{suggestion}'?" },
      insteadUnknown: { message: "Onbekende keuze '{id}' bij 'instead'", hint: 'kies een keuze van dit moment: {known}' },
      insteadSelf: {
        message: "Afgewezen argument '{argument}' verwijst naar zijn eigen keuze",
        hint: 'kies een andere keuze van dit moment, bijvoorbeeld de standaardroute',
      },
      insteadArgued: {
        message: "Keuze '{id}' bij 'instead' moet zelf ook onderbouwd worden",
        hint: "kies een keuze zonder 'argue': afgewezen moet ergens op uitkomen",
      },
      insteadRequires: {
        message: "Keuze '{id}' bij 'instead' heeft 'requires'",
        hint: "kies een keuze zonder 'requires': een afwijzing moet altijd kunnen",
      },
      noneGranted: {
        message: 'Geen enkel argument wordt toegekend',
        hint: 'geef minstens één argument verdict: toegekend, anders komt de keuze nooit door',
      },
      duplicateArgument: { message: "Argument '{argument}' staat twee keer bij deze keuze", hint: 'geef elk argument een eigen id' },
      allGranted: {
        severity: 'warning',
        message: 'Elk argument wordt toegekend: de speler leert niets van de onderbouwing',
        hint: 'laat een zwak argument vertraagd of afgewezen worden, met wat dat kost',
      },
    },
  },
  // Format 3: the route, the date and the accounting (check-format-3.ts, check-route-following.ts): SC100–SC106.
  SC100: {
    severity: 'error',
    title: 'Soort post klopt niet',
    description:
      "Een aflossing verschuift geld van de betaler naar een ander potje en moet zeggen naar wie ('to'); 'to' hoort alleen bij een aflossing. Een post van de systeemroute hangt van geen keuze af en heeft dus geen 'requires'.",
    example: '- item: Aflossing leenbijstand\n  kind: aflossing\n  amount: 50\n  frequency: per_maand\n  until: einde\n  payer: huishouden',
    fix: "Zet bij een aflossing 'to: <betaler die de lening gaf>'; haal 'to' weg bij een andere soort.",
    messages: {
      toMissing: {
        message: "Aflossing zonder 'to': het spel weet niet naar welk potje het geld gaat",
        hint: "schrijf 'to: <betaler die de lening gaf>', bijvoorbeeld to: gemeente-bijstand",
      },
      toWithoutRepayment: {
        message: "'to' staat bij een post van soort {kind}",
        hint: "'to' hoort alleen bij kind: aflossing; haal het weg of maak de post een aflossing",
      },
      toSelf: { message: "Aflossing van '{payer}' aan zichzelf", hint: "'to' is wie de lening gaf, niet wie aflost" },
      requiresInSysteemroute: {
        message: "Een post van de systeemroute heeft 'requires'",
        hint: 'de systeemroute kent geen keuzes en geen toestand: haal requires weg',
      },
    },
  },
  SC101: {
    severity: 'warning',
    title: 'Peildatum ontbreekt',
    description:
      'Vanaf formaat 3 zegt elke casus van welke datum de regels zijn (wet, tarieven): spelers zien de peildatum bij de start en in de nabespreking. Een bestand dat --upgrade naar formaat 3 bracht, krijgt deze waarschuwing tot je de datum invult.',
    example: 'format: 3\nid: mijn-casus\n# peildatum ontbreekt',
    fix: 'Schrijf bovenaan peildatum: "JJJJ-MM-DD", de datum waarop je de regels hebt nagekeken.',
    messages: {
      missing: {
        message: 'Deze casus in formaat 3 zegt niet van welke datum haar regels zijn',
        hint: 'schrijf onder format de datum waarop je de regels nakeek, bijvoorbeeld peildatum: "2026-12-01"',
      },
    },
  },
  SC102: {
    severity: 'error',
    title: 'Einde zonder of tegen zijn aannames',
    description:
      "Vanaf formaat 3 zegt elk einde wat het aanneemt ('requires', {} als het niets aanneemt; zonder is het een waarschuwing), en geen route mag het bereiken zonder dat dat klopt (een fout): anders beschrijft het einde wat niemand deed.",
    example: 'endings:\n  weer-stabiel:\n    requires: { wissel: true }   # maar de route afwachten → … → afschalen zet wissel nooit',
    fix: "Stuur die route naar een ander einde (een keuze met 'requires', of twee keuzes), of maak de aanname ruimer en geef het einde een 'text_variants' voor die route.",
    messages: {
      missing: {
        severity: 'warning',
        message: "Einde '{ending}' zegt niet wat het aanneemt",
        hint: "schrijf 'requires:' met de toestand die dit einde veronderstelt, of een lege requires als het niets aanneemt",
      },
      unmet: {
        message: "Einde '{ending}' wordt bereikt terwijl {failed}: {route}",
        hint: 'stuur deze route naar een ander einde, of maak de aanname ruimer met een text_variants voor deze route',
      },
    },
  },
  SC103: {
    severity: 'error',
    title: 'Bedrag niet in het citaat',
    description:
      'Een referentiebedrag (reference_totals) komt uit de bron: het citaat moet het bedrag zelf bevatten, zodat niemand een bedrag aan een ander geval kan ontlenen.',
    example:
      'reference_totals:\n  - item: Kosten per jaar\n    amount: 80000\n    frequency: per_jaar\n    source: { document: "002", line: 841, quote: "kost de overheid veel" }',
    fix: 'Citeer de zin waarin het bedrag staat, of verbeter het bedrag.',
    messages: {
      figure: {
        message: 'Het citaat noemt het bedrag {amount} niet',
        hint: 'citeer de zin met het bedrag (bijvoorbeeld "€ {amount}"), of verbeter het bedrag',
      },
    },
  },
  SC104: {
    severity: 'warning',
    title: 'Toestand gezet maar nooit gelezen',
    description:
      'Een keuze zet een toestand die nergens wordt gelezen (geen requires, text_variants, einde of stage): de keuze lijkt gevolgen te hebben, maar het verhaal doet er niets mee.',
    example: 'set: { wissel: true }   # geen requires, variant of einde leest wissel',
    fix: 'Laat een later moment, een einde of een tekstvariant de toestand lezen, of haal de toestand weg.',
    messages: {
      unread: {
        message: "Toestand '{name}' wordt gezet maar nergens gelezen",
        hint: 'laat een einde, een requires of een text_variants hem lezen, of haal hem weg',
      },
    },
  },
  SC105: {
    severity: 'error',
    title: 'Leeftijd klopt niet met de maand',
    description:
      'Een tekst noemt een leeftijd die niet past bij de maand waarin hij speelt (iemand is intussen jarig geweest), of noemt een onbekende leeftijd.',
    example: 'month: 21\ntext: Dave (17) belt   # Dave werd in maand 3 achttien',
    fix: 'Schrijf leeftijd.<id> tussen accolades, zoals Dave ({leeftijd.dave}): het spel vult de leeftijd in voor de maand van de tekst.',
    messages: {
      literal: {
        message: '{name} is {actual} in maand {month}, maar de tekst zegt {written}',
        hint: 'schrijf {name} ({placeholder}) in plaats van het getal',
      },
      unknown: {
        message: "Onbekende leeftijd '{placeholder}'",
        hint: 'gebruik leeftijd.<id> tussen accolades, met de id van een lid van het huishouden: {known}',
      },
    },
  },
  SC106: {
    severity: 'warning',
    title: 'Route te groot om de eindes na te gaan',
    description: 'Er zijn zoveel combinaties van momenten en toestanden dat de controle op de aannames van de eindes is ingekort.',
    example: '(een casus met heel veel toestanden)',
    fix: 'Maak de casus eenvoudiger: minder toestanden, of toestanden die eerder weer gelijk worden.',
    messages: {
      truncated: {
        message: 'De aannames van de eindes zijn op {pairs} combinaties nagegaan, niet op alle',
        hint: 'minder toestanden maakt de controle volledig',
      },
    },
  },
} as const satisfies Record<string, DiagnosticDescriptor>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;
type Messages<C extends DiagnosticCode> = (typeof DIAGNOSTICS)[C]['messages'];
type Variants<C extends DiagnosticCode> = keyof Messages<C> & string;
export type Params = Readonly<Record<string, string | number>>;

/** The `{name}` placeholders in a template; `{ nl: "..." }` in an example is no placeholder. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${string}${' ' | '"' | ':'}${string}` ? never : Name) | Placeholders<Rest>
  : never;
type TemplateText<T> = (T extends { readonly message: infer M } ? M : never) | (T extends { readonly hint: infer H } ? H : never);
type ParamsOf<C extends DiagnosticCode, V extends Variants<C>> = Placeholders<TemplateText<Messages<C>[V]>>;
/** The params a variant's templates name are required, so a forgotten value is a type error. */
type ParamsArgument<C extends DiagnosticCode, V extends Variants<C>> = [ParamsOf<C, V>] extends [never]
  ? [params?: Params]
  : [params: Readonly<Record<ParamsOf<C, V>, string | number>>];

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
export function report<C extends DiagnosticCode, V extends Variants<C>>(
  code: C,
  variant: V,
  ...[params = {}]: ParamsArgument<C, V>
): Report {
  const descriptor: DiagnosticDescriptor = DIAGNOSTICS[code];
  const template = descriptor.messages[variant];
  if (!template) throw new Error(`Diagnostic ${code} has no variant '${variant}'`);
  const hint = template.hint === undefined ? undefined : fill(template.hint, params);
  return { severity: template.severity ?? descriptor.severity, code, message: fill(template.message, params), ...(hint ? { hint } : {}) };
}
