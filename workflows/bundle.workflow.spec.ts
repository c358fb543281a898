import { bundleWorkflows } from '../test/support/temporal-testing';

describe('workflow bundle', () => {
  it('builds from workflows/index.ts with nothing of the database or Nest inside', async () => {
    const { code } = await bundleWorkflows();
    expect(code).toContain('directiveWorkflow');
    expect(code).not.toMatch(/require\(["'](typeorm|pg|@nestjs\/[a-z-]+)["']\)/);
    expect(code).not.toMatch(/node_modules\/(typeorm|pg|@nestjs)\//);
  });
});
