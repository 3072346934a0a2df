import { z } from 'zod';
import { OLDEST_SCENARIO_FORMAT, SCENARIO_FORMAT } from '../format/versions.ts';
import { SLUG_PATTERN } from '../../domain/scenario/slug.ts';
import {
  COST_KINDS,
  FIGURES,
  FREQUENCIES,
  REFLECTION_PHASES,
  SETTINGS,
  TONES,
  UNTIL,
  VALUE_KEYS,
  VERDICTS,
  type ValueKey,
} from '../../domain/scenario/model.ts';

/**
 * The authored scenario format (YAML in `scenarios/`), version SCENARIO_FORMAT (older versions are upgraded first: format/).
 * Strict objects everywhere: an unknown key is an error, which catches typos.
 * Cross-references (next moment, payer ids, state variables) are checked after
 * this schema by `check-references.ts`, so that every problem is reported at once.
 * Every field carries a Dutch description for trainers (`z.toJSONSchema` turns them into editor hovers).
 */
export { SCENARIO_FORMAT } from '../format/versions.ts';

/** Every format version this game reads, newest first (a message lists them so); the loader upgrades older ones before this schema sees them. */
const FORMATS = Array.from({ length: SCENARIO_FORMAT - OLDEST_SCENARIO_FORMAT + 1 }, (_, i) => SCENARIO_FORMAT - i);

const slug = z.string().regex(SLUG_PATTERN, { message: 'slug' });

const name = (description: string) => slug.meta({ description: `${description} Kleine letters, cijfers en - of _.` });

/** Text a player reads: Dutch required, English optional. A bare string means Dutch. */
export const localizedText = z.union([
  z.string().min(1),
  z.strictObject({
    nl: z.string().min(1).meta({ description: 'De Nederlandse tekst (verplicht).' }),
    en: z.string().min(1).optional().meta({ description: 'De Engelse tekst (mag weg: Engelse spelers lezen dan het Nederlands).' }),
  }),
]);

const text = (description: string) =>
  localizedText.meta({ description: `${description} Gewone tekst (Nederlands), of { nl: "…", en: "…" }.` });

export const frequency = z.enum(FREQUENCIES).meta({
  description: `Hoe vaak het bedrag betaald wordt: ${FREQUENCIES.join(', ')}. Bijvoorbeeld per_maand.`,
});

const documentNumber = z.string().min(1).meta({ description: 'Nummer van de brontekst, als tekst tussen aanhalingstekens: "002".' });

export const sourceRef = z
  .strictObject({
    document: documentNumber,
    line: z.number().int().positive().meta({ description: 'Regel in de brontekst waar het citaat begint (een geheel getal vanaf 1).' }),
    quote: z.string().min(1).meta({ description: 'Het citaat waarin het bedrag staat: letterlijk overgenomen en kort.' }),
    title: z.string().min(1).optional().meta({
      description:
        'Titel van de publicatie, bijvoorbeeld Armoedemonitor. Mag weg als het document in de gedeelde bronnenlijst staat (scenarios/gedeeld/bronnen.yaml): die geeft titel, uitgever en jaar. Anders, en zonder titel, lezen spelers alleen het nummer.',
    }),
  })
  .meta({
    description:
      'Waar het bedrag staat, bijvoorbeeld { document: "002", line: 924, quote: "€ 300 per maand" }. Geen bron? Gebruik estimate.',
  });

/** `estimate: "…"` is short for `{ reason: "…" }`. */
export const estimate = z
  .union([localizedText, z.strictObject({ reason: text('Waarom dit een schatting is en hoe je aan het bedrag komt.') })])
  .meta({
    description:
      'Als geen bron het bedrag noemt: waarom het een schatting is en hoe je eraan komt. Spelers kunnen het op de kassabon openen. Tekst, { nl, en } of { reason: … }.',
  });

const stateValue = z
  .union([z.boolean(), z.number().int(), slug])
  .meta({ description: 'true of false, een geheel getal, of een naam in kleine letters.' });

const comparison = z.strictObject({
  eq: stateValue.optional().meta({ description: 'Gelijk aan deze waarde.' }),
  ne: stateValue.optional().meta({ description: 'Niet gelijk aan deze waarde.' }),
  gte: z.number().int().optional().meta({ description: 'Minstens dit getal (alleen bij getallen).' }),
  lte: z.number().int().optional().meta({ description: 'Hoogstens dit getal (alleen bij getallen).' }),
});

/** Every entry must hold: `{ var: value }` or `{ var: { gte: 2 } }`. */
export const condition = z.record(slug, z.union([stateValue, comparison])).meta({
  description:
    'Voorwaarden die allemaal moeten gelden voordat de keuze beschikbaar is, per toestand: { ruud_betrokken: true } of { vertrouwen: { gte: 1 } } (eq, ne, gte, lte).',
});

export const costItem = z
  .strictObject({
    item: text('Wat er betaald wordt, zoals het op de kassabon staat, bijvoorbeeld Ambulante begeleiding.'),
    amount: z.number().nonnegative().max(10_000_000).meta({
      description:
        'Bedrag in euro per periode: een getal met een punt voor de decimalen (hoogstens twee), zonder €, komma of punt voor duizendtallen. Bijvoorbeeld 6500 of 12.50.',
    }),
    frequency,
    duration: z.number().int().positive().optional().meta({
      description:
        'Aantal perioden (weken, maanden of jaren, naar de frequentie), een geheel getal vanaf 1. Bij een terugkerend bedrag duration of until; laat weg bij eenmalig.',
    }),
    until: z.enum(UNTIL).optional().meta({
      description:
        'Laat het spel de perioden tellen, in plaats van duration (formaat 2): volgend_moment = van de maand van dit moment tot de maand van het moment onder next (sluit de keuze de casus af, dan tot de horizon); einde = tot horizon_months. Alleen bij per_week, per_maand en per_jaar. check:scenarios -- --routes toont wat er geteld is.',
    }),
    payer: name('Wie betaalt: een naam uit de gedeelde betalers (scenarios/gedeeld/betalers.yaml) of onder payers.'),
    kind: z.enum(COST_KINDS).optional().meta({
      description:
        'Soort post (formaat 3), zodat elke casus op één manier telt: kosten (standaard), uitkering, lening (telt volledig bij uitbetaling), aflossing (een overdracht van payer naar to: verschuift geld tussen potjes, verandert het totaal niet) of kwijtschelding (op de kassabon, telt 0: het verlies is al geboekt bij de lening).',
    }),
    to: name('Alleen bij kind: aflossing (en dan verplicht): wie de aflossing ontvangt, meestal de betaler van de lening.').optional(),
    requires: condition.optional().meta({
      description:
        'Alleen boeken als dit geldt vóór de keuze zelf (formaat 3): een post die van een eerdere keuze afhangt, bijvoorbeeld { bewind: true }.',
    }),
    source: sourceRef.optional(),
    estimate: estimate.optional(),
  })
  .meta({ description: 'Een kostenpost: bedrag, frequentie, duur, betaler en een bron (source) of schatting (estimate).' });

/** Tariff ids, as the shared tariff list (scenarios/tarieven/) names them. */
export const tariffId = name(
  'Naam van een tarief uit de gedeelde tarievenlijst (scenarios/tarieven/standaard.yaml), bijvoorbeeld begeleid-wonen.',
);

/**
 * A cost item as a trainer writes it: either its own amount, frequency and source or estimate, or `tariff: id`
 * from the shared tariff list, which brings the amount, the frequency, the source or estimate and (when `item`
 * is left out) the text. The tariff is resolved after the schema (resolve-tariffs.ts), like the shared payers.
 */
export const authoredCostItem = costItem
  .extend({
    item: costItem.shape.item.optional(),
    amount: costItem.shape.amount.optional(),
    frequency: frequency.optional(),
    tariff: tariffId.optional(),
  })
  .superRefine((cost, ctx) => {
    if (cost.tariff !== undefined) return;
    // Without a tariff the item must say everything itself: the same messages as when these fields were required.
    if (cost.item === undefined)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['item'], message: 'item' });
    if (cost.amount === undefined)
      ctx.addIssue({ code: 'invalid_type', expected: 'number', input: undefined, path: ['amount'], message: 'amount' });
    if (cost.frequency === undefined)
      ctx.addIssue({ code: 'invalid_value', values: [...FREQUENCIES], input: undefined, path: ['frequency'], message: 'frequency' });
  })
  .meta({
    description:
      'Een kostenpost: bedrag, frequentie, duur, betaler en een bron (source) of schatting (estimate); of een tarief uit de gedeelde tarievenlijst (tariff: begeleid-wonen) met duur en betaler.',
  });

/** `[{ requires, text }]`: texts that follow the route; the first whose requires holds is shown. */
const variants = (description: string) =>
  z
    .array(z.strictObject({ requires: condition, text: text('De tekst als requires klopt.') }))
    .min(1)
    .max(8)
    .optional()
    .meta({ description: `${description} Bijvoorbeeld [{ requires: { bewind: true }, text: "…" }].` });

const valueEffect = (description: string) =>
  z
    .strictObject({
      delta: z
        .number()
        .int()
        .min(-30)
        .max(30)
        .meta({ description: 'Hoeveel de waarde verschuift: een geheel getal van -30 tot en met 30.' }),
      reason: text('Waarom, in één regel; de speler leest het na de keuze.'),
    })
    .meta({ description: `${description} Bijvoorbeeld { delta: 5, reason: "…" }.` });

export const valueEffects = z
  .strictObject({
    legitimiteit: valueEffect('Legitimiteit: past de keuze bij wet, regels en wat redelijk is?'),
    betrokkenheid: valueEffect('Betrokkenheid: doen het huishouden en zijn netwerk mee?'),
    rendement: valueEffect('Rendement: wat levert de keuze op voor wat ze kost?'),
  } satisfies Record<ValueKey, z.ZodType>)
  .meta({ description: 'Het effect van de keuze op de drie waarden van de waardendriehoek, elk met een reden.' });

const partialValueEffects = valueEffects.partial().meta({
  description: 'Wat dit argument extra doet met de waarden, bovenop de keuze: alleen de waarden die verschuiven, elk { delta, reason }.',
});

const argumentWith = <C extends z.ZodType>(cost: C) =>
  z.strictObject({
    id: name('Naam van het argument, uniek binnen de keuze.'),
    label: text('Het argument zoals de speler het kiest, in één of twee zinnen.'),
    verdict: z.enum(VERDICTS).meta({
      description: `Wat het publiek beslist: ${VERDICTS.join(', ')}. Toegekend en vertraagd: de keuze gaat door (vertraagd met de extra kosten hieronder); afgewezen: de keuze onder 'instead' geldt.`,
    }),
    response: text('Wat het publiek antwoordt, zoals de speler het leest.'),
    instead: name(
      "Alleen bij afgewezen (en dan verplicht): de keuze van hetzelfde moment die dan geldt, zonder 'argue' en zonder 'requires'.",
    ).optional(),
    costs: z
      .array(cost)
      .default([])
      .meta({ description: 'Extra kosten van dit argument, bijvoorbeeld de maand vertraging. Weglaten: geen extra kosten.' }),
    values: partialValueEffects.optional(),
    set: z.record(slug, stateValue).optional().meta({ description: 'Toestanden die dit argument extra zet.' }),
    add: z.record(slug, z.number().int()).optional().meta({ description: 'Getallen die dit argument extra optelt.' }),
  });

const argueWith = <C extends z.ZodType>(cost: C) =>
  z
    .strictObject({
      audience: text('Bij wie de speler de keuze moet onderbouwen, bijvoorbeeld de backoffice, een schuldeiser of de maatwerktafel.'),
      question: text('De vraag die het publiek stelt, bijvoorbeeld Waarom zouden we hier afwijken van de regels?'),
      arguments: z
        .array(argumentWith(cost))
        .min(2)
        .max(4)
        .meta({ description: 'De argumenten waaruit de speler kiest: 2 tot en met 4, minstens één toegekend.' }),
    })
    .meta({
      description:
        'Onderbouwing: deze keuze rekt de regels op (art. 18 Participatiewet, dringende redenen, maatwerkbudget, mandaat) en moet worden beargumenteerd. De kosten, waarden en het vervolg van de keuze zelf gelden als ze wordt toegekend.',
    });

const optionWith = <C extends z.ZodType>(cost: C) =>
  z.strictObject({
    id: name('Naam van de keuze, uniek binnen het moment.'),
    label: text('De tekst op de knop van de keuze.'),
    requires: condition.optional(),
    costs: z.array(cost).default([]).meta({ description: 'Wat de keuze kost: een lijst kostenposten. Weglaten: geen kosten.' }),
    values: valueEffects,
    set: z
      .record(slug, stateValue)
      .optional()
      .meta({ description: 'Toestanden die deze keuze zet, bijvoorbeeld { ruud_betrokken: true }.' }),
    add: z
      .record(slug, z.number().int())
      .optional()
      .meta({ description: 'Getallen die deze keuze bij toestanden optelt, bijvoorbeeld { vertrouwen: 1 }.' }),
    consequence: text('Wat er na deze keuze gebeurt.'),
    consequence_variants: variants(
      'Andere gevolgteksten, afhankelijk van de toestand vóór deze keuze: de eerste waarvan requires klopt, telt; anders consequence.',
    ),
    closed_reason: text(
      'Waarom de keuze niet (meer) kan, als requires niet klopt: één regel, bijvoorbeeld Kan niet meer: Dave woont al op kamers. Weglaten: het spel noemt de eerdere keuze die het afsloot.',
    ).optional(),
    hidden_when_closed: z
      .boolean()
      .optional()
      .meta({ description: 'true: verberg de keuze als requires niet klopt, in plaats van haar uitgeschakeld met een reden te tonen.' }),
    next: name('Het volgende moment (een naam onder moments). Een keuze heeft next of ending, niet allebei.').optional(),
    ending: name(
      'Het einde waarmee deze keuze de casus afsluit (een naam onder endings). Een keuze heeft next of ending, niet allebei.',
    ).optional(),
    argue: argueWith(cost).optional(),
  });

export const option = optionWith(authoredCostItem);

const facilitatorNotes = z
  .strictObject({
    discuss: text('Waar de trainer bij dit moment het gesprek op richt: wat wringt, welke waarde botst met welke.'),
    source_says: text('Wat er volgens de bron in het echt gebeurde, zodat de trainer het na de keuze kan vertellen. Mag weg.').optional(),
    prompt: text('Eén open vraag die de trainer aan de groep stelt voordat er gekozen wordt (klasmodus). Mag weg.').optional(),
    misconceptions: text('Veelvoorkomende misvattingen bij dit moment (formaat 3).').optional(),
    good_answer: text('Wat een goed antwoord bevat (formaat 3).').optional(),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(60)
      .optional()
      .meta({ description: 'Voorgestelde tijd voor het gesprek over dit moment, in minuten (1 tot en met 60).' }),
  })
  .meta({ description: 'Notities voor de trainer bij dit moment; spelers zien ze niet, de trainersweergave en de klasmodus wel.' });

const momentWith = <C extends z.ZodType>(cost: C) =>
  z.strictObject({
    title: text('De titel van het moment.'),
    month: z.number().int().nonnegative().default(0).meta({
      description:
        'Maand in de tijdlijn van de casus waarin dit moment speelt: 0 is het begin, en kleiner dan horizon_months. Weglaten: 0.',
    }),
    text: text('Wat er speelt, zoals de speler het leest.'),
    text_variants: variants(
      'Andere teksten voor dit moment, afhankelijk van de toestand bij aankomst: de eerste waarvan requires klopt, telt; anders text.',
    ),
    stakes: text('Wat er bij deze beslissing op het spel staat.').optional(),
    options: z.array(optionWith(cost)).min(2).max(4).meta({ description: 'De keuzes van dit moment: 2 tot en met 4.' }),
    facilitator: facilitatorNotes.optional(),
  });

export const moment = momentWith(authoredCostItem);

export const ending = z.strictObject({
  requires: condition.optional().meta({
    description:
      'Wat dit einde aanneemt (formaat 3, verplicht; {} als het niets aanneemt): de toestand die moet gelden bij aankomst. De controle weigert een einde dat een route bereikt zonder dat dit klopt.',
  }),
  title: text('De titel van het einde.'),
  text: text('Hoe het afloopt.'),
  text_variants: variants(
    'Andere teksten voor dit einde, afhankelijk van de toestand bij aankomst: de eerste waarvan requires klopt, telt; anders text.',
  ),
  tone: z.enum(TONES).meta({ description: `Hoe het einde uitvalt: ${TONES.join(', ')}.` }),
});

export const householdMember = z.strictObject({
  id: name('Naam van dit lid, bijvoorbeeld sandra.'),
  name: z.string().min(1).meta({ description: 'Naam zoals spelers hem lezen, bijvoorbeeld Sandra.' }),
  role: text('Rol in het huishouden, bijvoorbeeld moeder of oudste zoon.'),
  age: z.number().int().nonnegative().max(120).meta({
    description:
      'Leeftijd in jaren bij maand 0, 0 tot en met 120. In teksten schrijf je {leeftijd.<id>}: het spel vult de leeftijd in voor de maand waarin de tekst speelt.',
  }),
  birthday_month: z.number().int().min(1).max(12).optional().meta({
    description:
      'De maand in de tijdlijn (1 tot en met 12) waarin dit lid voor het eerst jarig is; daarna elke 12 maanden. Weglaten: maand 12.',
  }),
  note: text('Een korte toelichting bij dit lid.').optional(),
  figure: z.enum(FIGURES).meta({ description: `De figuur die de scène tekent: ${FIGURES.join(', ')}.` }),
});

export const payer = z.strictObject({
  name: text('Naam van de betaler op de kassabon, bijvoorbeeld Gemeente of Woningcorporatie.'),
  basis: text('De wet of regeling waaronder hij betaalt, bijvoorbeeld Jeugdwet, Wmo of Participatiewet.').optional(),
});

export const scenarioSource = z
  .strictObject({
    document: documentNumber,
    title: z.string().min(1).meta({ description: 'Titel van de publicatie, bijvoorbeeld Doen wat nodig is.' }),
    line: z.number().int().positive().meta({ description: 'Regel in de brontekst waar de casus begint.' }),
  })
  .meta({ description: 'De publicatie waarop de casus berust: { document: "002", title: Doen wat nodig is, line: 897 }.' });

const reflectionQuestion = z
  .strictObject({
    question: text('Een open vraag voor het nagesprek of de les, bijvoorbeeld Wie had je nog meer aan tafel willen hebben?'),
    phase: z
      .enum(REFLECTION_PHASES)
      .optional()
      .meta({
        description: `De fase van de nabespreking (formaat 3): ${REFLECTION_PHASES.join(', ')} — wat gebeurde er, hoe voelde het, wat betekent het, wat ga je doen.`,
      }),
    challenges_model: z
      .boolean()
      .optional()
      .meta({ description: 'true: de vraag zet het model zelf ter discussie (een schatting, het optimisme van het spel, precedent).' }),
    value: z
      .enum(VALUE_KEYS)
      .optional()
      .meta({
        description: `De waarde waar de vraag bij hoort: ${VALUE_KEYS.join(', ')}. Het eindscherm zet de vragen bij de waarde waarop de speler het laagst scoorde bovenaan. Mag weg.`,
      }),
  })
  .meta({ description: 'Een reflectievraag: { question: { nl: "…", en: "…" }, value: betrokkenheid }.' });

const scenarioWith = <C extends z.ZodType>(cost: C) =>
  z
    .strictObject({
      format: z.literal(FORMATS).meta({
        description: `Versie van het casusformaat: ${SCENARIO_FORMAT} voor een nieuw bestand. Een ouder formaat (vanaf ${OLDEST_SCENARIO_FORMAT}) werkt het spel bij het lezen bij; een nieuwer weigert het.`,
      }),
      id: name('Naam van de casus, bijvoorbeeld twee-zonen. Elke casus een eigen id: voortgang wordt per id bewaard.'),
      title: text('De titel van de casus.'),
      summary: text('Een korte samenvatting van de casus, voor het keuzescherm.'),
      themes: z
        .array(text('Een thema.'))
        .min(1)
        .max(8)
        .optional()
        .meta({ description: 'Waar de casus over gaat: 1 tot en met 8 korte thema’s, bijvoorbeeld [{ nl: schulden, en: debts }, wonen].' }),
      playing_minutes: z.number().int().min(5).max(180).optional().meta({
        description: 'Geschatte speeltijd in minuten (5 tot en met 180) voor één keer spelen met de nabespreking, voor het keuzescherm.',
      }),
      source: scenarioSource,
      peildatum: z.iso.date().optional().meta({
        description:
          'De datum waarvan de casus de regels weergeeft (wet, tarieven), als JJJJ-MM-DD: "2026-12-01". Verplicht vanaf formaat 3; spelers zien hem bij de start en in de nabespreking.',
      }),
      rules_note: text(
        'Voor de trainer: wat er sinds de bron (2016) aan de regels veranderde, en wat onzeker of nog in beweging is.',
      ).optional(),
      reference_totals: z
        .array(
          z.strictObject({
            item: text('Wat het bedrag is, zoals de bron het noemt.'),
            amount: z.number().nonnegative().max(1_000_000_000).meta({ description: 'Het bedrag uit de bron, in euro.' }),
            frequency,
            source: sourceRef,
          }),
        )
        .min(1)
        .max(4)
        .optional()
        .meta({
          description:
            'Grote bedragen waarop de casus berust, zoals de bron ze noemt (bijvoorbeeld € 80.000 per jaar): de kassabon toont ze als referentie, ze tellen nergens mee. Het citaat moet het bedrag bevatten.',
        }),
      stage: z
        .array(
          z.strictObject({
            requires: condition,
            setting: z.enum(SETTINGS).meta({ description: `Wat de scène tekent: ${SETTINGS.join(', ')}.` }),
          }),
        )
        .min(1)
        .max(8)
        .optional()
        .meta({
          description:
            'De scène volgt grote veranderingen: de eerste regel waarvan requires klopt, bepaalt het decor (anders thuis). Bijvoorbeeld [{ requires: { uitgezet: true }, setting: opvang }].',
        }),
      horizon_months: z.number().int().min(1).max(120).meta({
        description: 'De periode in maanden (1 tot en met 120) waarover alle kosten worden geteld, voor elke route en de systeemroute.',
      }),
      payers: z.record(slug, payer).default({}).meta({
        description:
          'Eigen betalers van deze casus, per naam: vader: { name: Vader, basis: Onderhoudsplicht }. Kostenposten mogen ook de gedeelde betalers uit scenarios/gedeeld/betalers.yaml noemen; mag weg als die volstaan.',
      }),
      household: z
        .array(householdMember)
        .min(1)
        .meta({ description: 'De leden van het huishouden (minstens één), zoals de scène ze toont.' }),
      state: z.record(slug, stateValue).default({}).meta({
        description:
          'Toestanden die keuzes zetten en waar latere keuzes op wachten, elk met een beginwaarde: ruud_betrokken: false of vertrouwen: 0.',
      }),
      start: name('Het eerste moment (een naam onder moments).'),
      moments: z
        .record(slug, momentWith(cost))
        .meta({ description: 'De beslismomenten, per naam, bijvoorbeeld signaal: { title, month, text, options }.' }),
      endings: z
        .record(slug, ending)
        .meta({ description: 'De eindes, per naam, bijvoorbeeld op-eigen-benen: { title, text, tone: goed }.' }),
      systeemroute: z
        .strictObject({
          title: text('De titel van de systeemroute.'),
          text: text('Wat de standaardprocedure zou doen.'),
          costs: z.array(cost).min(1).meta({ description: 'De kostenposten van de systeemroute (minstens één).' }),
        })
        .meta({ description: 'Wat de standaardprocedure over dezelfde horizon kost; het eindscherm legt de route van de speler ernaast.' }),
      reflection: z.array(reflectionQuestion).min(1).max(8).optional().meta({
        description:
          'Reflectievragen voor na het spelen (1 tot en met 8, liefst 3 tot 5): het eindscherm en de afdruk tonen ze, met ruimte om te schrijven. Mag weg.',
      }),
    })
    .meta({ description: 'Een casus voor Kostenbewust Interveniëren (zie scenarios/twee-zonen.yaml).' });

/** The casus format as written, with cost items that may name a tariff. */
export const scenarioSchema = scenarioWith(authoredCostItem);
/** A cost item after resolve-tariffs.ts: its own amount, and the tariff it came from, if any. */
const resolvedCostItem = costItem.extend({ tariff: tariffId.optional() });
/** The same, with every tariff resolved to its amount: what the checks after the schema and the compiler take. */
export const resolvedScenarioSchema = scenarioWith(resolvedCostItem);

export type AuthoredScenarioSource = z.infer<typeof scenarioSchema>;
export type AuthoredCostItemSource = z.infer<typeof authoredCostItem>;
export type ScenarioSource = z.infer<typeof resolvedScenarioSchema>;
export type LocalizedTextSource = z.infer<typeof localizedText>;
export type CostItemSource = z.infer<typeof resolvedCostItem>;
export type OptionSource = ScenarioSource['moments'][string]['options'][number];
export type ConditionSource = z.infer<typeof condition>;
export type StateValue = z.infer<typeof stateValue>;
