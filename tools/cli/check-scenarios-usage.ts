/** What `check-scenarios --help` prints: for trainers, in Dutch. */
export const USAGE = `Gebruik: npm run check:scenarios -- [opties] [bestanden of mappen …]
   of:   npx tsx tools/cli/check-scenarios.ts [opties] [bestanden of mappen …]

Controleert casusbestanden (.yaml) zoals het spel ze leest, en meldt elk probleem als
bestand:regel:kolom ernst CODE melding — wat je eraan doet
Het controleert, in deze volgorde:
  1. het bestand: opgeslagen als UTF-8, hooguit 1 MB, geen map, geen kapotte link of kring van links;
  2. de YAML-opbouw: inspringen met spaties, dubbele punten, aanhalingstekens, één document;
  3. sleutels en waarden: verplichte velden, tikfouten in namen, bedragen (6500, niet 6.500),
     bij elk bedrag een bron of een schatting;
  4. verwijzingen: momenten, eindes, betalers en toestand die echt bestaan;
  5. het verhaal als geheel: onbereikbare momenten, doodlopende keuzes, kringen, en of
     zuinigheid alleen niet wint.

Zonder bestanden of mappen controleert het de map scenarios/. In een map tellen alle .yaml- en
.yml-bestanden; tijdelijke en reservebestanden van editors (.#x.yaml, x.yaml~, .x.yaml.swp,
#x.yaml#, ~$x.yaml) slaat het over. Een bestand dat je twee keer noemt, telt één keer.
Per bestand toont het de eerste 100 meldingen en telt het de rest in één regel (--json geeft ze alle).
Onzichtbare stuurtekens in namen en sleutels staan in de meldingen uitgeschreven, zoals \\u001b.
Ook de gedeelde lijsten in die map worden gecontroleerd: gedeeld/betalers.yaml, tarieven/standaard.yaml en
elke tarievenset van een gemeente in tarieven/ (elk tarief met een bedrag, een bron of schatting, en
dezelfde periode als in de standaardlijst).

Opties:
  --sources MAP   controleer ook of elk citaat letterlijk in de brontekst staat, op de regel die je noemt.
                  MAP bevat .txt-bestanden genoemd naar hun documentnummer, bijvoorbeeld 002_….txt.
                  npm run check:scenarios gebruikt ../shared/seeds.
  --routes        toon per casus de beste routes met hun score, waar steeds de goedkoopste keuze
                  uitkomt, en de slechtste route.
  --json          druk één JSON-object af voor andere programma's: per casus de momenten, eindes,
                  routes, speeltijd, thema's, de systeemroute en de routes goedkoopst, best en duurst, met
                  kosten en scores; en de tarievensets.
  --report MAP    schrijf per goedgekeurde casus een routekaart MAP/<id>.html: de verhaalkaart, het aantal
                  routes, de beste, goedkoopste, duurste en slechtste route, kosten en score per einde, het
                  bereik van elke waarde en de meldingen. Zonder internet te openen in elke browser.
  --upgrade       werk bestanden in een ouder formaat (format: 1 of 2) eerst bij naar het nieuwste formaat
                  (format: 3) en zeg wat er veranderde; alleen die regels wijzigen, commentaar en opmaak
                  blijven staan. Daarna volgt de gewone controle.
  -h, --help      toon deze uitleg.

Voorbeelden:
  npm run check:scenarios                                     alle casussen in scenarios/
  npm run check:scenarios -- scenarios/mijn-casus.yaml        één bestand
  npm run check:scenarios -- --routes scenarios/mijn-casus.yaml
  npm run check:scenarios -- --report rapport                 routekaarten in de map rapport/
  npm run check:scenarios -- --upgrade scenarios/mijn-casus.yaml   bijwerken naar het nieuwste formaat
  npm run check:scenarios -- casussen/ andere-map/            alle casussen in twee mappen
  npx tsx tools/cli/check-scenarios.ts --sources ../bronnen scenarios/mijn-casus.yaml

Afloop (exitcode): 0 zonder fouten (waarschuwingen mogen), 1 bij een fout in een bestand of als er
geen bestand gevonden is, 2 bij een onbekende optie.`;
