import type { Page } from '../../apps/web/node_modules/playwright-core';
import { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { startSystem, type RunningSystem } from '../support/system';
import { openSession, pageActions, shoot, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/**
 * A directive's tasks are assigned in its recording (decision 65: recorded, put in
 * cohorts and told in one transaction), so its page shows the whole task tree at its
 * 201, never "assigned X of Y" (the bar a directive recorded before cohorts showed while
 * its task workflows started one by one). Made strict: a second API and worker on the
 * same database whose worker polls only the interactive lane (TEMPORAL_WORKER_LANES), so
 * the directive is recorded but nothing on the main lane (its cohorts' workflows) runs.
 */
describe('a directive whose tasks are assigned in its recording, in a real browser', () => {
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

  it('shows the task tree at once, with no "Đang giao nhiệm vụ" bar, though no cohort workflow runs yet', async () => {
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
    const tree = page.getByTestId('task-tree');
    await tree.waitFor(SLOW);
    await expect(tree.textContent()).resolves.toContain('Quán triệt đến đảng viên');
    await expect(page.getByTestId('assigning').count()).resolves.toBe(0);
    await expect(page.getByRole('progressbar', { name: 'Tiến độ giao nhiệm vụ' }).count()).resolves.toBe(0);
    await shoot(page, 'directive-live-at-201', violations);
    expect(violations).toEqual({});
  });
});
