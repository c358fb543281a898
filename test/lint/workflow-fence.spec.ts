import { ESLint } from 'eslint';
import { join } from 'node:path';

/** The lint fence that keeps workflow code deterministic (docs/architecture.md#libraries-and-the-dependency-rule). */
describe('workflow fence (ESLint)', () => {
  const eslint = new ESLint({ cwd: join(__dirname, '..', '..') });
  // An existing workflow file's path, so the TypeScript project service knows it.
  const filePath = join(__dirname, '..', '..', 'workflows', 'index.ts');

  const restrictedImports = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it.each([
    ["import { DataSource } from 'typeorm';\nexport const x = DataSource;\n", /database/],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /Node built-ins/],
    ["import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n", /NestJS/],
    [
      "import { createDataSource } from '../libs/persistence/src/data-source';\nexport const x = createDataSource;\n",
      /persistence/,
    ],
  ])('refuses %j', async (code, reason) => {
    const messages = await restrictedImports(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(reason);
  });

  it('allows @temporalio/workflow and relative pure code', async () => {
    const code =
      "import { sleep } from '@temporalio/workflow';\nimport { statusBucket } from '../libs/domain/src/directive';\nexport const x = [sleep, statusBucket];\n";
    expect(await restrictedImports(code)).toEqual([]);
  });
});

/** The contract rule: apps and libs reach workflows only through libs/workflow-contract. */
describe('workflow contract boundary (ESLint)', () => {
  const eslint = new ESLint({ cwd: join(__dirname, '..', '..') });
  const filePath = join(__dirname, '..', '..', 'apps', 'worker', 'src', 'main.ts');

  const restrictedImports = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it.each([
    "import type { taskWorkflow } from '../../../workflows/task.workflow';\nexport type X = typeof taskWorkflow;\n",
    "import { directiveWorkflow } from '../../../workflows/directive.workflow.ts';\nexport const x = directiveWorkflow;\n",
    "import * as workflows from '../../../workflows';\nexport const x = workflows;\n",
  ])('refuses an import of workflow code from an app: %j', async (code) => {
    const messages = await restrictedImports(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/workflow contract/);
  });

  it('allows the contract', async () => {
    const code = "import { taskWorkflowId } from '@dondoc/workflow-contract';\nexport const x = taskWorkflowId;\n";
    expect(await restrictedImports(code)).toEqual([]);
  });
});
