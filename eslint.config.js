// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The layer map (README "Architectuur"): each layer names what it may not import. */
const forbid = (message, ...groups) => ({ group: groups, message });
const engines = [
  forbid('Only src/view may use Phaser: put rendering in src/view/phaser.', 'phaser', 'phaser/*'),
  forbid('Only src/view may use Howler: go through the audio port.', 'howler', 'howler/*'),
];
const layers = {
  domain: [
    ...engines,
    forbid(
      'The runtime core may not import the authoring compiler, i18n, app or views.',
      '**/authoring/**',
      '**/i18n/**',
      '**/app/**',
      '**/ui/**',
      '**/view/**',
      'yaml',
    ),
  ],
  // The one i18n exception: the compiler's reports format numbers with the app's formatters (src/i18n/intl.ts, no catalogues).
  authoring: [
    ...engines,
    forbid(
      'The compiler depends on the domain only (and the Intl formatters).',
      '**/app/**',
      '**/ui/**',
      '**/view/**',
      '**/i18n/**',
      '!**/i18n/intl.ts',
    ),
  ],
  i18n: [...engines, forbid('i18n depends on domain types only.', '**/authoring/**', '**/app/**', '**/ui/**', '**/view/**')],
  ui: [
    ...engines,
    forbid(
      'DOM views render props and call callbacks; the app composes them (no ui → app cycle), and they do not reach into the stage or the compiler.',
      '**/app/**',
      '**/authoring/**',
      '**/view/**',
    ),
  ],
  // The colours that carry a meaning (routes, payers, decision marks), shared by the DOM and the stage: plain data.
  palette: [
    ...engines,
    forbid(
      'The palette is plain data: it imports nothing of the app but the route vocabulary.',
      '**/authoring/**',
      '**/app/**',
      '**/ui/**',
      '**/view/**',
      '**/i18n/**',
      // Files, not folders, so the one exception can be let back in (a folder left out cannot be).
      '**/domain/**/*.ts',
      '!**/domain/play/route-kinds.ts',
    ),
  ],
  view: [forbid('The stage and audio read their own contracts; the app feeds them.', '**/app/**', '**/ui/**', '**/authoring/**')],
  // The one exception is a URL, not an import: src/app/own-scenario.ts starts the authoring worker
  // (src/authoring/browser/own-file-worker.ts) for a trainer's own file, loaded only when that is used.
  app: [...engines, forbid('The runtime never imports the authoring compiler; scenarios arrive compiled.', '**/authoring/**')],
};
const layerRule = (layer) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: layers[layer] }] },
});

const NAMING_SELECTORS = [
  {
    selector: 'Identifier[name=/[Cc]asus/]:not([name=/^(casus|casusId|casussen)$/])',
    message: 'The code says scenario, not casus (README "Naming"): rename this identifier (scenarioId, ScenarioLibrary, …).',
  },
  {
    selector: ':not(Property, MemberExpression, TSPropertySignature, PropertyDefinition) > Identifier[name=/^(casus|casusId|casussen)$/]',
    message:
      'The code says scenario, not casus (README "Naming"): only a serialized property (the result export, postMessage reports, ?casus=) keeps its casus name.',
  },
];

const INTL_SELECTORS = [
  {
    selector: "NewExpression[callee.object.name='Intl']",
    message: 'Make Intl formatters once, per language, in src/i18n/intl.ts (localeOf, perLanguage) and call them from there.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]',
    message: 'Format numbers and dates with the formatters in src/i18n/intl.ts (one per language, made once), not toLocaleString.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-scorm/', 'dist-bench/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...Object.keys(layers).map(layerRule),
  {
    files: ['src/domain/**/*.ts', 'src/authoring/**/*.ts', 'src/i18n/**/*.ts', 'src/palette/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'fetch', 'HTMLElement'] },
  },
  // Both rules below are no-restricted-syntax: a later block replaces an earlier block's options, so each block lists
  // every selector that holds for its files.
  {
    // Formatters are made once per language in src/i18n/intl.ts (README "Texts and languages" in docs/development.md);
    // one name per concept (README "Naming"): the code says scenario. casus stays in Dutch texts, the YAML format,
    // URL parameters and serialized fields: as property names only, the kept ones (casus, casusId, casussen).
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NAMING_SELECTORS, ...INTL_SELECTORS] },
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NAMING_SELECTORS] },
  },
  {
    files: ['tools/**', 'test/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The unit tests share their workers' modules (vitest.config.ts: no isolation): a replaced module would stay
    // replaced for every file after it. A test passes what it needs to replace as an argument instead.
    files: ['test/unit/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|stubGlobal|stubEnv)$/]",
          message: 'The unit tests run without isolation: pass the replacement in as an argument instead of vi.mock/stub.',
        },
      ],
    },
  },
);
