import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { cappedLines } from '../../src/authoring/diagnostics/cap.ts';
import { formatDiagnostic, hasErrors } from '../../src/authoring/diagnostics/diagnostic.ts';
import { summarise } from '../../src/domain/scenario/scenario-summary.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { readPayerCatalogue } from '../cli/read-payer-catalogue.ts';
import { readSourceCatalogue } from '../cli/read-source-catalogue.ts';
import { readTariffCatalogue, standardTariffSet } from '../cli/read-tariff-catalogue.ts';
import type { TariffSet } from '../../src/domain/costs/tariff-set.ts';
import { runCompilation, sharedFiles, type CheckedFile } from '../../src/authoring/compilation/compilation-job.ts';
import { isTemplate, libraryRootOf, PAYER_FILE, SOURCE_LIST_FILE, TARIFF_FILE } from '../../src/authoring/compilation/library-layout.ts';
import { bundledScenarios, seedTexts } from '../cli/check-folder.ts';
import { nodeFilePort } from '../cli/node-file-port.ts';
import { scenarioPaths } from '../cli/scenario-files.ts';
import { STATIC_MENU_PLACEHOLDER, staticMenuHtml } from './static-menu.ts';

const LIBRARY_ID = 'virtual:casus-library';
const SCENARIO_PREFIX = 'virtual:casus/';
/** The shared payers, for checking a trainer's own casus in the browser (loaded only when that is used). */
const CATALOGUE_ID = 'virtual:payer-catalogue';
/** The shared source list: the kassabon names a cited document by its title, publisher and year. */
const SOURCES_ID = 'virtual:source-catalogue';
/** The standard tariffs, for checking a trainer's own tariff file (or casus) in the browser. */
const TARIFFS_ID = 'virtual:standard-tariffs';
const TARIFF_SET_PREFIX = 'virtual:tariff-set/';
/** The shared files' text, for the worker that checks a trainer's own casus with the same code as the command line. */
const SHARED_FILES_ID = 'virtual:shared-files';

export interface ScenariosPluginOptions {
  /** The folder of casus files. */
  readonly dir: string;
  /** Source texts to check quotes against, when the folder exists (as `npm run check:scenarios` does). */
  readonly sources?: string;
}

export interface CheckedFolder {
  readonly files: CheckedFile[];
  /** The standard tariffs first, then every gemeente's set without errors: what the game may price with. */
  readonly tariffSets: TariffSet[];
}

/**
 * The same checks as `npm run check:scenarios`, on every casus in the folder and its subfolders, its shared payers,
 * its tariff list and tariff sets (compilation-job.ts). `files` holds the template's messages too; it is not played.
 */
export function checkFolder({ dir, sources }: ScenariosPluginOptions): CheckedFolder {
  const texts = seedTexts(sources);
  const result = runCompilation(
    {
      scenarios: scenarioPaths([dir]),
      libraryRoot: libraryRootOf(join(dir, 'x.yaml'), nodeFilePort) ?? bundledScenarios,
      ...(texts ? { sources: texts } : {}),
    },
    nodeFilePort,
  );
  const { tariffs } = result;
  const standard = tariffs && !hasErrors(tariffs.diagnostics) ? [standardTariffSet(tariffs)] : [];
  return {
    files: [...sharedFiles(result), ...result.files],
    tariffSets: [...standard, ...result.tariffSets.flatMap((s) => (s.set ? [s.set] : []))],
  };
}

/** What `npm run build` hands the plugin: the folder it checked (by its options) and the result. */
interface CheckedHandoff {
  readonly key: string;
  readonly checked: CheckedFolder;
}

const HANDOFF = 'kostenbewust-checked-scenarios';
const handoffKey = ({ dir, sources }: ScenariosPluginOptions): string => JSON.stringify([resolve(dir), sources ? resolve(sources) : null]);

/**
 * `npm run build` has checked the folder before Vite starts (check-before-build.ts); this hands that check to the
 * scenarios plugin of the one build it is passed to (in `build({ plugins })`), so the folder is compiled once. Vite
 * bundles vite.config.ts into a module of its own, so the plugin cannot see build.ts's variables: it finds this
 * plugin among the build's plugins and reads its `api` (Rollup's way for plugins to talk). It is used only for the
 * same folder and sources; otherwise, and when Vite runs on its own, the plugin checks as before.
 */
export function checkedScenarios(options: ScenariosPluginOptions, checked: CheckedFolder): Plugin<CheckedHandoff> {
  return { name: HANDOFF, api: { key: handoffKey(options), checked } };
}

/** The shared payers, sources and standard tariffs of a library as text, by their path inside it ('/'-separated). */
export function sharedFileTexts(dir: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const parts of [PAYER_FILE, SOURCE_LIST_FILE, TARIFF_FILE]) {
    const path = join(dir, ...parts);
    if (existsSync(path)) texts[parts.join('/')] = readFileSync(path, 'utf8');
  }
  return texts;
}

function libraryModule(valid: readonly Scenario[], sets: readonly TariffSet[], problems: readonly string[]): string {
  const entries = valid.map(
    (scenario) =>
      `{ summary: ${JSON.stringify(summarise(scenario))}, load: () => import(${JSON.stringify(SCENARIO_PREFIX + scenario.id)}).then((m) => m.default) }`,
  );
  // Only ids and titles in the index: a set's prices load with the casus that uses them.
  const tariffSets = sets.map(
    (set) =>
      `{ id: ${JSON.stringify(set.id)}, title: ${JSON.stringify(set.title)}, load: () => import(${JSON.stringify(TARIFF_SET_PREFIX + set.id)}).then((m) => m.default) }`,
  );
  return `export default { entries: [\n${entries.join(',\n')}\n], tariffSets: [${tariffSets.join(',\n')}], problems: ${JSON.stringify(problems)} };\n`;
}

/**
 * Compiles the casus files at build time into a small library index (id, title, summary, horizon, source,
 * themes) and one lazily loaded chunk per casus, so the game ships no YAML parser and the JS before the menu
 * does not grow with the library. A production build with an error is refused by tools/build/build.ts before Vite
 * starts (with the checker's own messages); the development server keeps serving the valid casussen, shows the
 * located messages on the title screen, and reloads the page when a casus file is saved.
 */
export function scenariosPlugin(options: ScenariosPluginOptions): Plugin {
  let checked: CheckedFolder | undefined;
  let handedOver: CheckedFolder | undefined;
  let serving = false;
  let worker = false;
  let base = './';
  const current = () => (checked ??= checkFolder(options));
  // The library: every casus but the template (library-layout.ts says why).
  const scenarios = () => current().files.flatMap((c) => (c.scenario && !isTemplate(c.path) ? [c.scenario] : []));

  /** The same lines `npm run check:scenarios` prints, in the terminal that runs the dev server. */
  const printProblems = (server: ViteDevServer) => {
    const problems = current().files.flatMap((c) => cappedLines(c.diagnostics, formatDiagnostic));
    if (problems.length > 0) server.config.logger.warn(problems.join('\n'), { timestamp: true });
  };

  const watch = (server: ViteDevServer) => {
    const dir = resolve(options.dir);
    server.watcher.add(dir);
    printProblems(server);
    server.watcher.on('all', (_event, path) => {
      if (!resolve(path).startsWith(dir) || !/\.ya?ml$/.test(path)) return;
      checked = undefined;
      printProblems(server);
      server.moduleGraph.invalidateAll();
      server.ws.send({ type: 'full-reload' });
    });
  };

  return {
    name: 'kostenbewust-scenarios',
    configResolved(config) {
      serving = config.command === 'serve';
      worker = config.isWorker;
      base = config.base;
      const handoff = config.plugins.find((plugin) => plugin.name === HANDOFF)?.api as CheckedHandoff | undefined;
      handedOver = handoff?.key === handoffKey(options) ? handoff.checked : undefined;
    },
    buildStart() {
      // The checking worker's bundle is made inside the game's build, whose start has checked this folder already.
      if (serving || worker) return;
      // npm run build's own check, for this build only; a later start (vite build --watch) checks again.
      checked = handedOver;
      handedOver = undefined;
      const problems = current()
        .files.filter((c) => hasErrors(c.diagnostics))
        .flatMap((c) => cappedLines(c.diagnostics, formatDiagnostic));
      // Reached only when Vite is run directly: `npm run build` checks first and prints these without a stack trace.
      if (problems.length > 0) this.error(`Scenario's bevatten fouten:\n${problems.join('\n')}`);
    },
    configureServer: watch,
    // The menu waits for the library index: fetch it beside the main script instead of after it has run. The
    // text weights are not preloaded: the menu does not wait for them (they swap in), and on a slow phone network
    // a preload took bandwidth and two of the six connections from the scripts the menu does wait for.
    transformIndexHtml: {
      order: 'post',
      handler(page, context) {
        // The casus list as plain links, usable before the game's scripts arrive (see tools/static-menu.ts).
        const html = page.includes(STATIC_MENU_PLACEHOLDER)
          ? page.replace(STATIC_MENU_PLACEHOLDER, () => staticMenuHtml(scenarios().map(summarise)))
          : page;
        const chunk = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId === `\0${LIBRARY_ID}`);
        if (!chunk) return html;
        return {
          html,
          tags: [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` }, injectTo: 'head' }],
        };
      },
    },
    resolveId: (id) =>
      id === LIBRARY_ID ||
      id === SHARED_FILES_ID ||
      id === CATALOGUE_ID ||
      id === SOURCES_ID ||
      id === TARIFFS_ID ||
      id.startsWith(SCENARIO_PREFIX) ||
      id.startsWith(TARIFF_SET_PREFIX)
        ? `\0${id}`
        : undefined,
    load(id) {
      if (id === `\0${LIBRARY_ID}`) {
        const problems = serving
          ? current()
              .files.filter((c) => hasErrors(c.diagnostics))
              .flatMap((c) => cappedLines(c.diagnostics, formatDiagnostic))
          : [];
        return libraryModule(scenarios(), current().tariffSets, problems);
      }
      if (id === `\0${SHARED_FILES_ID}`) return `export default ${JSON.stringify(sharedFileTexts(options.dir))};`;
      if (id === `\0${SOURCES_ID}`) return `export default ${JSON.stringify(readSourceCatalogue(options.dir)?.documents ?? {})};`;
      if (id === `\0${CATALOGUE_ID}`) return `export default ${JSON.stringify(readPayerCatalogue(options.dir)?.payers ?? {})};`;
      if (id === `\0${TARIFFS_ID}`) {
        const standard = readTariffCatalogue(options.dir);
        const catalogue =
          standard && !hasErrors(standard.diagnostics)
            ? {
                file: standard.file,
                tariffs: standard.tariffs,
                broken: standard.broken,
                ...(standard.title ? { title: standard.title } : {}),
              }
            : null;
        return `export default ${JSON.stringify(catalogue)};`;
      }
      if (id.startsWith(`\0${TARIFF_SET_PREFIX}`)) {
        const set = current().tariffSets.find((s) => s.id === id.slice(TARIFF_SET_PREFIX.length + 1));
        if (!set) this.error(`Onbekende tarievenset '${id.slice(TARIFF_SET_PREFIX.length + 1)}'`);
        return `export default ${JSON.stringify(set)};`;
      }
      if (!id.startsWith(`\0${SCENARIO_PREFIX}`)) return undefined;
      const scenario = scenarios().find((s) => s.id === id.slice(SCENARIO_PREFIX.length + 1));
      if (!scenario) this.error(`Onbekende casus '${id.slice(SCENARIO_PREFIX.length + 1)}'`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(scenario))});`;
    },
  };
}
