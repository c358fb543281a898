import type { Page } from '../../apps/web/node_modules/playwright-core';
import { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { startSystem, type RunningSystem } from '../support/system';
import { openSession, pageActions, shoot, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/**
 * While a directive's tasks are still being assigned, its page shows "assigned X of Y"
 * with a bar instead of a half-empty tree. Made to last: a second API and worker on the
 * same database whose worker polls only the interactive lane (TEMPORAL_WORKER_LANES), so
 * the directive is recorded but no worker runs its task workflows. The stage's own system,
 * on a task queue of its own, shows the tree once everything is running.
 */
describe('a directive whose tasks are still being assigned, in a real browser', () => {
  const stage: Partial<Stage> = {};
  let lane: RunningSystem | undefined;
  let laneSession: Session | undefined;
  let p: TestProvince;
  let page: Page;
  const violations: Record<string, string[]> = {};

  beforeAll(async () => {
    ({ p } = await openStage('web-assigning', stage));
    // The worker reads its lanes when it starts (apps/worker/src/worker-settings.ts).
    process.env.TEMPORAL_WORKER_LANES = 'interactive';
    try {
      lane = await startSystem({ DATABASE_URL: stage.system!.config.database.url });
    } finally {
      delete process.env.TEMPORAL_WORKER_LANES;
    }
    laneSession = await openSession(stage.browser!, lane.baseUrl);
    page = laneSession.page;
  }, 240_000);
  afterAll(async () => {
    await laneSession?.context.close();
    await lane?.stop();
    await closeStage(stage);
  });

  const { login } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );

  it('shows "Đang giao nhiệm vụ: 0 trên 2" and a bar, not the tree', async () => {
    const http = new Http(lane!.baseUrl);
    const leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-CV/TU`,
        title: 'Triển khai Kết luận số 126-KL/TW đến các xã',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          { title: 'Quán triệt đến đảng viên', leadUnitId: p.unit('DU-IAGRAI'), deadlineWorkingDays: 10 },
          { title: 'Quán triệt đến đảng viên', leadUnitId: p.unit('DU-PLEIKU'), deadlineWorkingDays: 10 },
        ],
      },
    });
    expect(created.status).toBe(201);
    await login('thuongtruc.tu');
    await page.goto(`/directives/${created.body.id}`);
    const assigning = page.getByTestId('assigning');
    await assigning.waitFor(SLOW);
    await expect(assigning.textContent()).resolves.toContain('Đang giao nhiệm vụ: 0 trên 2');
    await expect(page.getByRole('progressbar', { name: 'Tiến độ giao nhiệm vụ' }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('task-tree').count()).resolves.toBe(0);
    await shoot(page, 'directive-assigning', violations);
    expect(violations).toEqual({});
  });
});
