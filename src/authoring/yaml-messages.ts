import type { YAMLError, YAMLWarning } from 'yaml';
import { moreYamlMessage } from './yaml-messages-more.ts';

/** Dutch messages for the YAML problems trainers meet most; others keep the parser's own words. */
const MESSAGES: Partial<Record<string, { message: string; hint: string }>> = {
  DUPLICATE_KEY: { message: 'Deze sleutel staat er twee keer in', hint: 'geef elke sleutel (moment, einde, betaler …) een eigen naam, of voeg de twee samen' },
  TAB_AS_INDENT: { message: 'Inspringen met een tab', hint: 'spring in met spaties, niet met tabs' },
  BAD_INDENT: { message: 'Verkeerd ingesprongen', hint: 'regels op hetzelfde niveau moeten even ver inspringen (met spaties)' },
  MISSING_CHAR: { message: 'Er ontbreekt een teken (bijvoorbeeld een sluitend aanhalingsteken of haakje)', hint: 'controleer aanhalingstekens, ] en }' },
  MULTILINE_IMPLICIT_KEY: { message: 'Een regel zonder dubbele punt waar een sleutel werd verwacht', hint: 'schrijf sleutels als "naam: waarde" (dubbele punt en spatie), elk op een eigen regel; tekst met een dubbele punt erin tussen aanhalingstekens' },
  BLOCK_AS_IMPLICIT_KEY: { message: 'De inspringing klopt hier niet, of er ontbreekt een dubbele punt', hint: 'staat er een dubbele punt in je tekst? Zet de tekst dan tussen aanhalingstekens: text: "Let op: …". Anders: vergelijk de inspringing met de regels erboven' },
  UNEXPECTED_TOKEN: { message: 'Onverwacht teken', hint: 'controleer dubbele punten, streepjes en aanhalingstekens' },
  TAG_RESOLVE_FAILED: { message: 'Onbekende tag (iets dat met ! begint)', hint: 'laat de tag weg of zet de waarde tussen aanhalingstekens' },
  BAD_ALIAS: { message: 'Verwijzing (*naam) naar een onbekend anker', hint: 'definieer eerst het anker met &naam, of schrijf de waarde uit' },
};

const GENERIC_HINT = 'controleer inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens';

export function yamlMessage(problem: YAMLError | YAMLWarning): { message: string; hint: string } {
  const known = MESSAGES[problem.code] ?? moreYamlMessage(problem);
  if (known) return known;
  return { message: `YAML-fout: ${problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`, hint: GENERIC_HINT };
}
