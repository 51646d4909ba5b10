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
