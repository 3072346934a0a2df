// The checker's command: every scenario file in the folders or files given (default: scenarios/), with located
// Dutch diagnostics. The entry point is check-scenarios.ts, which answers --help and a mistyped option without
// loading any of this.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { scenarioReport } from '../../src/authoring/report/scenario-report.ts';
import { upgradeSource } from '../../src/authoring/format/upgrade-source.ts';
import { SCENARIO_FORMAT } from '../../src/authoring/format/versions.ts';
import type { Diagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import type { CountedDuration } from '../../src/authoring/resolve/resolve-durations.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import type { SourceTexts } from '../../src/authoring/check/check-quotes.ts';
import { formatDiagnostic, hasErrors } from '../../src/authoring/diagnostics/diagnostic.ts';
import { cappedLines } from '../../src/authoring/diagnostics/cap.ts';
import { visible, visibleJson, visibleLine } from '../../src/authoring/diagnostics/visible.ts';
import type { CheckOptions } from './check-scenarios-args.ts';
import { answerWithoutChecking, TERMINAL, type CommandOutput } from './command-line.ts';
import { runCompilation, sharedFiles } from '../../src/authoring/compilation/compilation-job.ts';
import { cacheFromEnvironment } from './check-cache.ts';
import { libraries } from './libraries.ts';
import { nodeFilePortFrom } from './node-file-port.ts';
import { countedReport, missingEnglish, routeReport } from './route-report.ts';
import { readSourceTexts, scenarioPaths } from './scenario-files.ts';
import { diagnosticJson, scenarioJson } from './scenario-json.ts';

const DEFAULT_FOLDER = 'scenarios';

const detail = (error: unknown): string => visibleLine(error instanceof Error ? error.message : String(error));

/** A file's messages for people: control characters written out, at most MESSAGES_PER_FILE, the rest counted. */
const print = (diagnostics: readonly Diagnostic[], out: (line: string) => void) => {
  for (const line of cappedLines(diagnostics, formatDiagnostic)) out(line);
};

function loadSources(dir: string | undefined, cwd: string, say: (line: string) => void): SourceTexts | undefined {
  if (!dir) return undefined;
  if (!existsSync(resolve(cwd, dir))) {
    say(`Bronteksten niet gevonden in ${visibleLine(dir)}: citaten worden niet gecontroleerd.`);
    return undefined;
  }
  try {
    return readSourceTexts(resolve(cwd, dir));
  } catch (error) {
    say(`Bronteksten in ${visibleLine(dir)} konden niet gelezen worden (${detail(error)}): citaten worden niet gecontroleerd.`);
    return undefined;
  }
}

/** One HTML page per casus, named after its id; returns the path written. */
function writeReport(
  dir: string,
  cwd: string,
  scenario: Scenario,
  diagnostics: readonly Diagnostic[],
  counted: readonly CountedDuration[],
): string {
  const folder = resolve(cwd, dir);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${scenario.id}.html`);
  writeFileSync(path, scenarioReport(scenario, diagnostics, counted));
  return visibleLine(relative(cwd, path) || path);
}

/** --upgrade: each file in an older format rewritten to the newest, saying what changed; the check follows. */
function upgradeFiles(paths: readonly string[], cwd: string, say: (line: string) => void): void {
  for (const typed of paths) {
    const path = resolve(cwd, typed);
    const file = visibleLine(relative(cwd, path) || typed);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      continue; // the check that follows says why the file cannot be read
    }
    const upgraded = upgradeSource(source);
    if (upgraded.kind === 'current') say(`${file}: al formaat ${SCENARIO_FORMAT}, niets bijgewerkt`);
    else if (upgraded.kind === 'refused') say(`${file}: niet bijgewerkt: ${upgraded.reason}`);
    else {
      writeFileSync(path, upgraded.text);
      const changes =
        upgraded.changes.length > 0
          ? `:\n${upgraded.changes.map((c) => `  - ${c}`).join('\n')}`
          : ' (alleen het nummer: verder verandert er niets)';
      say(`${file}: bijgewerkt van formaat ${upgraded.from} naar ${SCENARIO_FORMAT}${changes}`);
    }
  }
}

/** Checks what the options name and prints the result; returns the exit code. */
function check(options: CheckOptions, io: CommandOutput, cwd: string): number {
  if (options.targets.length === 0 && !existsSync(resolve(cwd, DEFAULT_FOLDER))) {
    io.out(
      `Geen map ${DEFAULT_FOLDER}/ in ${visibleLine(cwd)}: noem de bestanden of mappen die je wilt controleren, of start in de map van het spel. Typ --help voor uitleg.`,
    );
    return 1;
  }
  // With --json, stdout holds the one JSON object only: every sentence for people goes to stderr.
  const say = options.json ? io.err : io.out;
  const sources = loadSources(options.sources, cwd, say);
  const targets = options.targets.length > 0 ? options.targets : [DEFAULT_FOLDER];
  if (options.upgrade) upgradeFiles(scenarioPaths(targets, cwd), cwd, say);
  const port = nodeFilePortFrom(cwd);
  const groups = libraries(targets, cwd, port);
  const cache = cacheFromEnvironment();
  const results = groups.map(({ root, scenarios }) =>
    runCompilation({ scenarios, libraryRoot: root, ...(sources ? { sources } : {}) }, port, cache),
  );
  const checked = results.flatMap((r) => r.files);
  if (options.json) {
    const shared = results.flatMap((r) => sharedFiles(r).flatMap((f) => f.diagnostics));
    const all = [...shared, ...checked.flatMap((c) => c.diagnostics)];
    const report = {
      scenarios: checked.flatMap(({ file, scenario, diagnostics }) =>
        scenario && !hasErrors(diagnostics) ? [scenarioJson(file, scenario)] : [],
      ),
      tariffSets: results
        .flatMap((r) => r.tariffSets)
        .flatMap(({ id, file, set }) => (set ? [{ id, file, title: set.title.nl, tariffs: Object.keys(set.tariffs).length }] : [])),
      files: checked.length,
      sourcesChecked: sources !== undefined,
      errors: all.filter((d) => d.severity === 'error').length,
      warnings: all.filter((d) => d.severity === 'warning').length,
      diagnostics: all.map(diagnosticJson),
    };
    // JSON.stringify writes C0 controls as \u escapes, not DEL, C1 or the bidirectional overrides: those too.
    io.out(visibleJson(JSON.stringify(report)));
    return report.errors > 0 || checked.length === 0 ? 1 : 0;
  }
  let errors = 0;
  let warnings = 0;
  const tally = (diagnostics: readonly Diagnostic[]) => {
    print(diagnostics, io.out);
    errors += diagnostics.filter((d) => d.severity === 'error').length;
    warnings += diagnostics.filter((d) => d.severity === 'warning').length;
    return !hasErrors(diagnostics);
  };
  for (const [index, { payers: catalogue, tariffs, documents, tariffSets: sets }] of results.entries()) {
    // The game's own shared files, used for a casus outside any library: only a problem in them is news.
    if (groups[index]?.bundled) {
      for (const shared of [catalogue, tariffs, documents, ...sets]) if (shared && hasErrors(shared.diagnostics)) tally(shared.diagnostics);
      continue;
    }
    if (catalogue && tally(catalogue.diagnostics))
      io.out(`${visibleLine(catalogue.file)}: ok (${Object.keys(catalogue.payers).length} gedeelde betalers)`);
    if (tariffs && tally(tariffs.diagnostics)) io.out(`${visibleLine(tariffs.file)}: ok (${Object.keys(tariffs.tariffs).length} tarieven)`);
    if (documents && tally(documents.diagnostics))
      io.out(`${visibleLine(documents.file)}: ok (${Object.keys(documents.documents).length} bronnen)`);
    for (const set of sets) {
      tally(set.diagnostics);
      if (set.set) io.out(`${visibleLine(set.file)}: ok (tarievenset '${set.id}', ${Object.keys(set.set.tariffs).length} tarieven)`);
    }
  }
  for (const { file, scenario, diagnostics, counted } of checked) {
    tally(diagnostics);
    if (scenario && !hasErrors(diagnostics)) {
      const untranslated = missingEnglish(scenario);
      const english = untranslated > 0 ? `, ${untranslated} teksten zonder Engelse versie` : '';
      io.out(
        `${visibleLine(file)}: ok (${Object.keys(scenario.moments).length} momenten, ${Object.keys(scenario.endings).length} eindes${english})`,
      );
      if (options.routes) for (const line of [...routeReport(scenario), ...countedReport(counted ?? [])]) io.out(visible(line));
      if (options.report) io.out(`${writeReport(options.report, cwd, scenario, diagnostics, counted ?? [])}: routekaart geschreven`);
    }
  }
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  io.out(
    `${count(checked.length, 'scenario', "scenario's")} gecontroleerd${sources ? ` (citaten tegen ${sources.size} bronteksten)` : ''}: ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}`,
  );
  if (checked.length === 0) io.out('Geen scenariobestanden (.yaml) gevonden.');
  return errors > 0 || checked.length === 0 ? 1 : 0;
}

/** The command on its arguments, run from `cwd` (relative paths are read from there); returns the exit code. */
export function main(args: readonly string[], io: CommandOutput = TERMINAL, cwd: string = process.cwd()): number {
  const answered = answerWithoutChecking(args, io);
  return typeof answered === 'number' ? answered : checkSafely(answered, io, cwd);
}

/** `check`, with the checker's own failure said in one line (each file's problems are already caught per file). */
export function checkSafely(options: CheckOptions, io: CommandOutput, cwd: string = process.cwd()): number {
  try {
    return check(options, io, cwd);
  } catch (error) {
    io.err(`De controle liep vast: ${detail(error)} — meld dit bij de ontwikkelaars`);
    return 1;
  }
}
