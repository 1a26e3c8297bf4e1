// Type-aware lint. It also enforces the package dependency rule of ARCHITECTURE.md:
// core imports none of ours; documents only core; server core and documents; web core,
// the server's types and the documents' shared sheet setup only.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
})
const ours = (name, message) => ({ group: [name, `${name}/*`], message })
const crossing = (dir, message) => ({
  group: [`**/${dir}/src/**`, `**/packages/${dir}/**`],
  message,
})

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '.tmp/**',
      'reference-data/**',
      'plans/**',
      '**/*.mjs',
      '**/*.js',
      // Our own Node scripts are linted (below, without types): the scripts CI and `npm start` run.
      '!scripts/*.mjs',
      '!packages/server/bin/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // No module imports itself through others: a cycle hides which file owns a concept and makes
  // load order matter. Shared types and helpers go to a leaf file both sides import.
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['packages/core/**/*.ts'],
    ignores: ['packages/core/**/*.test.ts', 'packages/core/test/**'],
    rules: restrict([
      ours('@antq/documents', 'core is pure: it imports none of our packages'),
      ours('@antq/server', 'core is pure: it imports none of our packages'),
      ours('@antq/web', 'core is pure: it imports none of our packages'),
      {
        group: ['node:*', 'fs', 'path', 'pg', 'kysely', 'fastify', 'exceljs', 'docx'],
        message: 'core does no I/O',
      },
      crossing('server', 'core imports none of our packages'),
      crossing('documents', 'core imports none of our packages'),
      crossing('web', 'core imports none of our packages'),
    ]),
  },
  {
    files: ['packages/documents/**/*.ts'],
    rules: restrict([
      ours('@antq/server', 'documents imports only core'),
      ours('@antq/web', 'documents imports only core'),
      crossing('server', 'documents imports only core'),
      crossing('web', 'documents imports only core'),
    ]),
  },
  {
    files: ['packages/server/**/*.ts'],
    rules: restrict([
      ours('@antq/web', 'server never imports the web app'),
      crossing('web', 'server never imports the web app'),
    ]),
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    rules: restrict([
      {
        ...ours('@antq/server'),
        allowTypeImports: true,
        message: 'web imports only types from the server',
      },
      // The one exception: the shared sheet setup, pure and browser-safe, so a table exported
      // in the browser looks and prints like every other workbook (ADR 031).
      {
        regex: '^@antq/documents(?!/spreadsheet$)(/.*)?$',
        message: 'web imports core, server types and @antq/documents/spreadsheet only',
      },
      crossing('documents', 'web imports core and server types only'),
    ]),
  },
  {
    files: ['scripts/*.mjs', 'packages/server/bin/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
