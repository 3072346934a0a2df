import type { YAMLError, YAMLWarning } from 'yaml';

/**
 * Dutch text for the YAML parser's remaining problem codes (SC001), so no trainer reads the parser's
 * English. Kept apart from yaml-messages.ts until SC001 moves into the diagnostics registry; then these
 * become SC001 variants there.
 */
type Text = { readonly message: string; readonly hint: string };

const QUOTE_HINT = 'zet de tekst tussen aanhalingstekens';

const lastPart = (problem: YAMLError | YAMLWarning, pattern: RegExp): string => pattern.exec(problem.message)?.[1] ?? '';

const MORE: Partial<Record<string, (problem: YAMLError | YAMLWarning) => Text>> = {
  BAD_SCALAR_START: (p) => ({ message: `Een waarde zonder aanhalingstekens kan niet beginnen met ${lastPart(p, /character (\S)/) || 'dit teken'}`, hint: `${QUOTE_HINT}, bijvoorbeeld text: "@gemeente …"` }),
  BAD_DQ_ESCAPE: (p) => ({ message: `Tussen dubbele aanhalingstekens betekent \\ iets bijzonders, en '${lastPart(p, /sequence (\S+)/)}' kent YAML niet`, hint: "gebruik enkele aanhalingstekens ('C:\\map') of schrijf \\\\ voor één \\" }),
  BAD_DIRECTIVE: () => ({ message: 'Een regel die met % begint is voor YAML een instructie, en deze kent het niet', hint: `${QUOTE_HINT} als ze met % begint` }),
  BLOCK_IN_FLOW: () => ({ message: 'Binnen haakjes [ ] of { } kan geen lijst met streepjes of ingesprongen blok staan', hint: "schrijf binnen de haakjes met komma's ([a, b]), of laat de haakjes weg en zet elk onderdeel op een eigen regel" }),
  KEY_OVER_1024_CHARS: () => ({ message: 'Een sleutel van meer dan 1024 tekens: waarschijnlijk staat er een dubbele punt in een lange tekst', hint: 'zet lange tekst met een dubbele punt erin tussen aanhalingstekens' }),
  MULTIPLE_ANCHORS: () => ({ message: 'Een waarde met twee ankers (&naam)', hint: 'geef een waarde hooguit één anker' }),
  MULTIPLE_TAGS: () => ({ message: 'Een waarde met twee tags (iets dat met ! begint)', hint: 'laat de tags weg' }),
  ALIAS_PROPS: () => ({ message: 'Een verwijzing (*naam) kan zelf geen anker (&naam) of tag (!) krijgen', hint: 'laat het anker of de tag bij de verwijzing weg' }),
  BAD_PROP_ORDER: () => ({ message: "Een anker (&naam) of tag (!) staat vóór het streepje of de dubbele punt", hint: "zet het anker of de tag na '- ' of ': '" }),
  BAD_COLLECTION_TYPE: () => ({ message: 'Een tag (!!map, !!seq …) past niet bij de soort waarde', hint: 'laat de tag weg' }),
  NON_STRING_KEY: () => ({ message: 'Een sleutel moet een naam (tekst) zijn', hint: 'geef de sleutel een gewone naam' }),
  MULTIPLE_DOCS: () => ({ message: "Het bestand bevat meer dan één document (een tweede '---')", hint: "haal de regel '---' weg, of zet de tweede casus in een eigen bestand" }),
  RESOURCE_EXHAUSTION: () => ({ message: 'Het bestand zit hier te diep in elkaar om te lezen', hint: 'controleer of elk [ en { ook gesloten wordt en of de inspringing niet steeds verder oploopt' }),
  IMPOSSIBLE: () => ({ message: 'De YAML-lezer kan dit stuk niet plaatsen', hint: 'controleer inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens' }),
};

export function moreYamlMessage(problem: YAMLError | YAMLWarning): Text | undefined {
  return MORE[problem.code]?.(problem);
}
