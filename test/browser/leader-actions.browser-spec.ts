import type { Page } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { eventually } from '../support/eventually';
import { pageActions, shoot, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/**
 * Issue 22, a leader's actions on late tasks, in Debian's Chromium (vi-VN) against the
 * real API, worker, Temporal and PostgreSQL: the provincial standing board's leader urges
 * a unit from its overdue task's page (and is told when it may urge again), then selects
 * the overdue list on the statistics page and urges every task at once, each row saying
 * what became of it; the lead unit's officer sees none of it. Each page photographed at
 * 1280 and 360 px and checked with axe.
 */
describe('a leader acts on late tasks in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let s: Session;
  let page: Page;
  const violations: Record<string, string[]> = {};
  let tasks: { id: string; leadUnit: { code: string } }[] = [];
  const taskOf = (code: string) => tasks.find((t) => t.leadUnit.code === `${p.prefix}-${code}`)!.id;

  beforeAll(async () => {
    ({ p, http, session: s, page } = await openStage('webleader', stage));
    const token = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const created = await http.request('POST', '/api/v1/directives', {
      token,
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-CV/TU`,
        title: 'Công văn đôn đốc báo cáo sơ kết công tác dân vận 6 tháng',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: ['MTTQ-GL', 'BDT-GL', 'HND-GL'].map((code) => ({
          title: `Báo cáo sơ kết 6 tháng của ${code}`,
          leadUnitId: p.unit(code),
          deadline: new Date(Date.now() + 5_000).toISOString(),
          reminderPolicy: { before: [], onDeadlineDayAt: null },
        })),
      },
    });
    expect(created.status).toBe(201);
    tasks = created.body.tasks;
    await eventually(
      'the three tasks overdue',
      async () =>
        (
          await http.request('GET', `/api/v1/tasks?bucket=open_overdue&subtree=true&directiveId=${created.body.id}`, {
            token,
          })
        ).body.total,
      (total) => total === 3,
      60_000,
    );
  }, 240_000);
  afterAll(() => closeStage(stage));

  const { login, logout, act } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );

  it('urges a unit from its overdue task, and is told when it may urge again', async () => {
    await login('thuongtruc.tu');
    await page.goto(`/tasks/${taskOf('MTTQ-GL')}`);
    await page.getByRole('heading', { name: 'Chỉ đạo, đôn đốc' }).waitFor(SLOW);
    const form = page.getByTestId('urge-form');
    await form.getByLabel('Ý kiến chỉ đạo').fill('Đề nghị hoàn thành báo cáo sơ kết trong tuần');
    await act(form.getByRole('button', { name: 'Gửi đôn đốc' }), /\/tasks\/[^/]+\/urge$/);
    await form
      .getByRole('status')
      .filter({ hasText: /^Đã đôn đốc\. Có thể đôn đốc lại từ / })
      .waitFor(SLOW);
    await shoot(page, 'task-leader', violations);
    await form.getByLabel('Ý kiến chỉ đạo').fill('Nhắc lại');
    await act(form.getByRole('button', { name: 'Gửi đôn đốc' }), /\/tasks\/[^/]+\/urge$/, [429]);
    await form.getByText(/Nhiệm vụ vừa được đôn đốc; đôn đốc lại được từ/).waitFor(SLOW);
  }, 120_000);

  it('urges every overdue task at once from the overdue list, each row saying what became of it', async () => {
    await page.getByRole('link', { name: 'Tổng quan' }).first().click();
    await page.getByTestId('act-on-overdue').click();
    const table = page.getByTestId('overdue-table');
    await table.locator('tbody tr').nth(2).waitFor(SLOW);
    await page.getByLabel('Chọn tất cả nhiệm vụ').check();
    await page.getByText('Đã chọn 3 nhiệm vụ').waitFor();
    const bar = page.getByTestId('bulk-actions');
    await bar.getByLabel('Ý kiến chỉ đạo gửi kèm').fill('Đề nghị các đơn vị khẩn trương báo cáo');
    await act(bar.getByRole('button', { name: 'Đôn đốc các nhiệm vụ đã chọn' }), /^\/api\/v1\/tasks\/urge$/);
    await bar.getByText('Đã thực hiện 2, không thực hiện 1.').waitFor(SLOW);
    await table
      .locator('tbody tr', { hasText: 'MTTQ-GL' })
      .getByText(/^Vừa đôn đốc; đôn đốc lại từ /)
      .waitFor();
    await expect(table.getByText('Đã gửi', { exact: true }).count()).resolves.toBe(2);
    await shoot(page, 'overdue-actions', violations);
    await logout();
  }, 120_000);

  it('shows the lead unit’s officer no leader actions', async () => {
    await login('mttq.tinh');
    await page.goto(`/tasks/${taskOf('MTTQ-GL')}`);
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor(SLOW);
    await expect(page.getByRole('heading', { name: 'Chỉ đạo, đôn đốc' }).count()).resolves.toBe(0);
    await logout();
  }, 60_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(s.errors).toEqual([]);
  });
});
