// Lint rules, including the one-way import flow of docs/ARCHITECTURE.md:
// core <- store, mail <- app <- cli, server. web/ talks to the HTTP API only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const layer = (from, forbidden, why) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((target) => ({
          group: [`**/${target}/*`, `**/${target}`],
          message: `src/${from} must not import src/${target}: ${why} See docs/ARCHITECTURE.md.`,
        })),
      },
    ],
  },
});

const NODE_IO = ['node:fs', 'node:fs/promises', 'node:net', 'node:http', 'node:child_process', 'fs', 'better-sqlite3', 'kysely', 'imapflow', 'mailparser', 'nodemailer'];

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'bin/**', 'scripts/.*', '.tmp*'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_IO.map((name) => ({
            name,
            message: 'src/core is pure: no I/O. Pass data and the clock in as arguments (docs/ARCHITECTURE.md).',
          })),
          patterns: ['store', 'mail', 'app', 'cli', 'server'].map((target) => ({
            group: [`**/${target}/*`],
            message: `src/core must not import src/${target}: the domain depends on nothing. See docs/ARCHITECTURE.md.`,
          })),
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/core takes the clock as an argument; do not read Date.now().' },
        { object: 'Math', property: 'random', message: 'src/core is deterministic; choose by a seed instead of Math.random().' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core takes the clock as an argument; do not call new Date() without a value.' },
      ],
    },
  },
  layer('store', ['app', 'cli', 'server', 'mail'], 'the store serves the app layer and knows nothing above it.'),
  layer('mail', ['app', 'cli', 'server', 'store'], 'mail reads and writes messages; the app layer wires it to the store.'),
  layer('app', ['cli', 'server'], 'use cases are called by the faces, never the other way round.'),
  layer('cli', ['server', 'store', 'mail'], 'the CLI is a thin face: call a use case in src/app instead.'),
  layer('server', ['cli', 'store', 'mail'], 'the server is a thin face: call a use case in src/app instead.'),
  {
    // The web app runs in the browser and reaches the rest only through the HTTP API.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['web/vite.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      // Tests read JSON answers whose shape the assertions themselves check.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Tool entry points whose loaders require a default export.
    files: ['eslint.config.js', 'vitest.config.ts', 'web/vite.config.ts', 'test/support/summary-reporter.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
