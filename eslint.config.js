// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const domainBoundary = {
  patterns: [
    { group: ['phaser', 'phaser/*'], message: 'The domain core must not depend on Phaser: put rendering in src/view.' },
    { group: ['howler', 'howler/*'], message: 'The domain core must not depend on Howler: use the audio adapter in src/view.' },
    { group: ['**/view/**', '**/ui/**', '**/audio/**', '**/app/**'], message: 'The domain core may not import views.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'node_modules/', 'test-results/', 'playwright-report/'] },
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
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', domainBoundary],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'fetch', 'HTMLElement'],
    },
  },
  {
    files: ['tools/**', 'test/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
