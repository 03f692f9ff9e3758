// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod'`: it keeps function bundles small.",
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
