// ESLint flat config. Two jobs beyond the usual: keep workflow code deterministic
// (the fence on workflows/**), and catch promises nobody awaits.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'apps/web/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // Nest injects by the emitted constructor parameter types: those imports must stay values.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Apps and libs talk to workflows only through libs/workflow-contract: a workflow's
    // code is handed to the worker's bundler by path, never imported (docs/architecture.md).
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.workflow', '**/*.workflow.ts', '**/workflows/**', '**/workflows', '@dondoc/workflows*'],
              message: 'Import the workflow contract (@dondoc/workflow-contract), never workflow code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The workflow fence: workflow code runs in Temporal's deterministic sandbox.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Workflow code may not use Node built-ins: do I/O in an activity.',
          })),
          patterns: [
            { group: ['@nestjs/*'], message: 'Workflow code may not import NestJS.' },
            {
              group: ['typeorm', 'typeorm/*', 'pg', 'pg/*'],
              message: 'Workflow code may not touch the database: use an activity.',
            },
            {
              group: [
                '**/libs/persistence/**',
                '@dondoc/persistence',
                '**/libs/notifications/**',
                '@dondoc/notifications',
                '**/libs/channels/**',
                '@dondoc/channels',
              ],
              message: 'Workflow code may not import persistence, notifications or channels: use an activity.',
            },
            {
              group: ['@temporalio/worker', '@temporalio/client', '@temporalio/activity'],
              message: 'Workflow code imports only @temporalio/workflow (and types from @temporalio/common).',
            },
            {
              group: ['@dondoc/*'],
              message: 'Workflow code imports pure libs by relative path (the bundler does not read tsconfig paths).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use sleep() from @temporalio/workflow.' },
        { name: 'setInterval', message: 'Use sleep() in a loop from @temporalio/workflow.' },
        { name: 'process', message: 'Workflow code may not read the process.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'jest.config.js', 'eslint.config.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        performance: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-console': 'off' },
  },
);
