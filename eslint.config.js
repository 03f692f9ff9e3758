// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The server's layers, bottom to top: lib (errors, log, retry, clock, warm cache) → config →
 * invoicing (pure domain rules) → the adapters quickbooks/ and hubspot/ (which know nothing of the
 * UI contract or of each other) → the features connections/, setup/, invoices/, wizard/, sync/ → runtime/
 * (dispatch, endpoints, the composition root) → functions/ (entry points). Imports go down only;
 * a feature may take types from runtime/ (its handler context), never values.
 */
const zodNamespaceImport = {
  selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
  message: "Use `import * as z from 'zod'`: it keeps function bundles small.",
};

const S = './serverless';
const below = (...allowed) => allowed.map((folder) => `./${folder}`);
const layerZones = [
  { target: `${S}/lib`, from: S, except: below('lib') },
  { target: `${S}/config.ts`, from: S, except: below('lib', 'config.ts') },
  { target: `${S}/invoicing`, from: S, except: below('lib', 'invoicing') },
  { target: `${S}/quickbooks`, from: S, except: below('lib', 'quickbooks') },
  { target: `${S}/hubspot`, from: S, except: below('lib', 'config.ts', 'hubspot') },
  ...['connections', 'setup', 'invoices', 'wizard', 'sync'].map((feature) => ({
    target: `${S}/${feature}`,
    from: [
      `${S}/functions`,
      `${S}/runtime/services.ts`,
      `${S}/runtime/runtime.ts`,
      `${S}/runtime/endpoint.ts`,
    ],
    message: 'Features never reach up to the composition root or the entry points.',
  })),
  // Features share downwards only: the wizard may use what invoices/ knows, not the reverse.
  { target: `${S}/invoices`, from: `${S}/wizard` },
  { target: `${S}/setup`, from: [`${S}/wizard`, `${S}/invoices`, `${S}/connections`] },
  // Contact and product sync stands alone: the invoice features do not know it, nor it them.
  { target: `${S}/sync`, from: [`${S}/wizard`, `${S}/invoices`, `${S}/connections`] },
  { target: [`${S}/invoices`, `${S}/wizard`, `${S}/connections`], from: `${S}/sync` },
  { target: `${S}/runtime`, from: `${S}/functions` },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'src/app/functions/*.js', 'dist/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
      // `import { z }` keeps all of zod (and its locales) in a bundle; the namespace import lets
      // esbuild drop what is unused: about 350 KiB less per function.
      'no-restricted-syntax': ['error', zodNamespaceImport],
    },
  },
  {
    // The sandbox page runs in a browser, the extension bundle in a Web Worker (docs/sandbox.md).
    files: ['sandbox/host/**/*.{ts,tsx}', 'test/sandbox/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['sandbox/worker/**/*.ts'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: ['serverless/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // Cycles at run time; `import type` is not one.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-syntax': [
        'error',
        zodNamespaceImport,
        {
          // A function keeps state between calls in its runtime's WarmCache, nowhere else.
          selector:
            "Program > VariableDeclaration[kind='let'], Program > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Map|Set|WeakMap)$/]",
          message:
            'No module-level state: keep what outlives a call in the WarmCache (runtime/runtime.ts).',
        },
      ],
    },
  },
  {
    // Adapters and the bottom layers speak the server's own language, not the UI contract's.
    files: [
      'serverless/lib/**/*.ts',
      'serverless/config.ts',
      'serverless/quickbooks/**/*.ts',
      'serverless/hubspot/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@qbo-invoicing/contract',
              message: 'Adapters know nothing of the UI contract; runtime/errors.ts maps to it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // UI extensions run in a sandboxed worker: no DOM, no window, no fetch.
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage'],
    },
  },
  {
    // What the browser loads must stay small: the UI takes only types from the contract (the
    // functions have already checked every answer against its schemas) and its run-time values
    // from the zod-free catalog. Money is exact integer arithmetic, not decimal.js.
    files: [
      'src/app/cards/**/*.{ts,tsx}',
      'src/app/settings/**/*.{ts,tsx}',
      'src/app/packages/ui/**/*.{ts,tsx}',
      'src/app/packages/invoicing/**/*.ts',
      'src/app/packages/contract/catalog.ts',
      'src/app/packages/contract/new-customer-rules.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@qbo-invoicing/contract',
              allowTypeImports: true,
              message:
                'Import run-time values from @qbo-invoicing/contract/catalog: zod stays out of the extension bundles.',
            },
            { name: 'zod', allowTypeImports: true, message: 'The UI does not bundle zod.' },
            { name: 'decimal.js', message: 'Use the exact fractions of @qbo-invoicing/invoicing.' },
            {
              name: '@qbo-invoicing/messages/catalogs',
              message:
                'The extensions get their catalog from the functions (useLanguage): no catalog in a bundle.',
            },
            {
              name: '@qbo-invoicing/messages',
              allowTypeImports: true,
              message: 'Take the message types only; run-time helpers are in ./format.',
            },
          ],
          patterns: [
            {
              group: [
                './schemas',
                './operations',
                './wizard',
                './invoices',
                './connections',
                './setup',
                './result',
                './values',
              ],
              message: 'The catalog must not import the zod schemas.',
            },
          ],
        },
      ],
    },
  },
);
