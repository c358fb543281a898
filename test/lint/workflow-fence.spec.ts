import { ESLint } from 'eslint';
import { join } from 'node:path';

/** The lint fence that keeps workflow code deterministic (STYLE.md, habit 1). */
describe('workflow fence (ESLint)', () => {
  const eslint = new ESLint({ cwd: join(__dirname, '..', '..') });
  // An existing workflow file's path, so the TypeScript project service knows it.
  const filePath = join(__dirname, '..', '..', 'workflows', 'ids.ts');

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
