// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import walls of docs/ARCHITECTURE.md: core is pure, web never reaches into server or cli. */
const walls = {
  core: {
    patterns: [
      {
        group: ['**/server/**', '**/web/**', '**/cli/**'],
        message: 'src/core imports nothing of ours outside core.',
      },
      {
        group: ['**/contracts/**'],
        allowTypeImports: true,
        message: "src/core may read the contracts' types (import type), not their runtime schemas.",
      },
      {
        group: ['node:*', 'fs', 'path', 'pg', 'drizzle-orm', 'drizzle-orm/*', 'fastify', '@electric-sql/*'],
        message: 'src/core is pure: no database, HTTP or file system.',
      },
    ],
  },
  contracts: {
    patterns: [
      {
        group: ['**/server/**', '**/web/**', '**/cli/**', 'node:*'],
        message: 'src/contracts holds shared zod schemas only.',
      },
    ],
  },
  web: {
    patterns: [
      {
        group: ['**/server/**', '**/cli/**', 'node:*'],
        message: 'src/web talks to the server over HTTP only.',
      },
    ],
  },
  /**
   * Component tests run the real app (src/web/testing/served-app.ts): they, and only they, may build it and use the
   * server's test helpers.
   */
  webTests: {
    patterns: [
      {
        group: ['**/server/*', '!**/server/testing', '!**/server/app', '**/cli/**'],
        message: 'Web tests may use the server only through src/server/testing and the app builder.',
      },
    ],
  },
  server: {
    patterns: [
      { group: ['**/web/**', '**/cli/**'], message: 'src/server never imports the web app or the CLI.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'tmp', 'src/server/db/migrations', 'reference-data', 'bin'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js', 'src/server/features/imports/parse-worker-boot.cjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type X }` still loads the module under verbatimModuleSyntax (zod in the public pages' bundle).
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|describe|test)$/]",
          message: 'No focused tests.',
        },
      ],
    },
  },
  {
    // Tests read inject().json(), which is `any` by design; the assertions check the shape.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['src/core/**'], rules: { 'no-restricted-imports': ['error', walls.core] } },
  { files: ['src/contracts/**'], rules: { 'no-restricted-imports': ['error', walls.contracts] } },
  { files: ['src/web/**'], rules: { 'no-restricted-imports': ['error', walls.web] } },
  {
    files: ['src/web/**/*.test.tsx', 'src/web/testing/**'],
    rules: { 'no-restricted-imports': ['error', walls.webTests] },
  },
  { files: ['src/server/**'], rules: { 'no-restricted-imports': ['error', walls.server] } },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
