// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

/**
 * The Office.js rules of eslint-plugin-office-addins, at the plugin's recommended levels: load before
 * read, sync after load, no context.sync() in loops, isNullObject for *OrNullObject results.
 * Taken without the rest of its recommended config, which also imposes Prettier's formatting.
 */
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).filter(([rule]) => rule.startsWith('office-addins/')),
);

/** A layer's modules, reached from outside it, past its entry. */
const deepInto = (layer, message) => ({ regex: `^(\\.\\./)+${layer}/`, message });
const CORE_ENTRY = deepInto('core', 'Import the core from its entry (core), not from its modules.');
const HOSTS_ENTRIES = {
  regex: '^(\\.\\./)+hosts/(excel|file)/(?!(node|read-xlsx)$)',
  message: 'Import a host from its entry (hosts/excel, hosts/file; hosts/file/node for files on disk, hosts/file/read-xlsx for the reader alone).',
};
/** What a layer must never import at all: the core knows no host, and no host knows the pane or the command line. */
const never = (layers, message) => ({ regex: `^(\\.\\./)+(${layers})(/|$)`, message });

module.exports = tseslint.config(
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...officeRules,
      // A sync per item is what makes an add-in slow in Excel on the web: an error, not a warning.
      'office-addins/no-context-sync-in-loop': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // One entry per layer: the direction of flow is core ← hosts ← pane and command line, and nothing reaches past an entry.
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [never('hosts|taskpane|cli', 'The core is pure: it knows no host, pane or command line.')] }] },
  },
  {
    files: ['src/hosts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CORE_ENTRY, never('taskpane|cli', 'A host only moves cells: it knows no pane or command line.')] }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_ENTRY, HOSTS_ENTRIES] }] },
  },
  {
    files: ['test/**/*.js', 'deploy/**/*.js', 'webpack.config.js', 'eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
  },
);
