import type { Page } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { pageActions, shoot, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The dashboard in Debian's Chromium (vi-VN, Asia/Ho_Chi_Minh) against the real API, worker,
 * Temporal and PostgreSQL: seed 000's plan from issue to acceptance, an overdue task with its
 * escalation, a delegation, a CSV import with a bad line, the language switch, a 400 beside
 * its field; every page photographed at 1280 and 360 px and checked with axe-core.
 */
describe('dashboard in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let s: Session;
  let page: Page;
  const violations: Record<string, string[]> = {};
  const ids: { directive?: string; task?: string; overdueTask?: string; delegated?: string } = {};

  beforeAll(async () => {
    ({ p, http, session: s, page } = await openStage('web', stage));
  }, 240_000);
  afterAll(() => closeStage(stage));

  const { login, logout, act } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );
  /** The task page until its step reads `phase` (the read model follows the workflow; the page polls). */
  const waitForPhase = (phase: string) =>
    page
      .getByTestId('task-phase')
      .filter({ hasText: new RegExp(`^${escape(phase)}$`) })
      .waitFor(SLOW);
  /** The lead unit acknowledges once the task's follow-up has started (its timeline says so). */
  const acknowledge = async (taskId: string) => {
    await page.goto(`/tasks/${taskId}`);
    await page.locator('.timeline .ev-task-follow_up_started').waitFor(SLOW);
    await waitForPhase('Chờ xác nhận nhận việc');
    await act(page.getByRole('button', { name: 'Xác nhận đã nhận nhiệm vụ' }), /\/acknowledge$/);
    await waitForPhase('Đang thực hiện');
  };

  it('issues an overdue-to-be task through the API, ripening while the rest runs', async () => {
    const leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-TB/TU`,
        title: 'Giao ban tình hình nhân dân quý IV theo Quyết định số 461-QĐ/TU',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          {
            title: 'Báo cáo giao ban quý của Ủy ban MTTQ tỉnh',
            leadUnitId: p.unit('MTTQ-GL'),
            deadline: new Date(Date.now() + 8_000).toISOString(),
            reminderPolicy: { before: [], onDeadlineDayAt: null },
            escalationPolicy: { stepDelay: { duration: 'PT3S' }, repeatAtTop: { duration: 'PT30S' } },
          },
          // Led by the standing board itself, which hands it down to two communes.
          {
            title: 'Tổng hợp ý kiến, kiến nghị của Nhân dân ở cơ sở',
            leadUnitId: p.unit('TU-GL'),
            deadlineWorkingDays: 10,
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    ids.overdueTask = created.body.tasks[0].id;
    ids.delegated = created.body.tasks[1].id;
  });

  it('logs in, shows the unit and role, switches language', async () => {
    await login('thuongtruc.tu');
    await expect(page.getByTestId('who-unit').textContent()).resolves.toContain('Tỉnh ủy');
    await expect(page.getByTestId('who-unit').textContent()).resolves.toContain('Lãnh đạo');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await expect(page.getByTestId('tile-completed_on_time').textContent()).resolves.toContain('Completed on time');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  });

  it('shows a 400 beside its field on the issuing form', async () => {
    await page.goto('/directives/new');
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const numberField = page.locator('.field.has-error', { has: page.getByText('Số ký hiệu', { exact: true }) });
    await expect(numberField.locator('.field-error').textContent()).resolves.toContain('không được để trống');
    await expect(page.getByText('Có trường chưa hợp lệ').count()).resolves.toBe(1);
    await shoot(page, 'new-directive-errors', violations);
  });

  it("runs seed 000's plan: issue, acknowledge, report, return, revise, accept", async () => {
    await page.goto('/directives/new');
    const number = `${1000 + Math.floor(Math.random() * 8000)}-KH/TU`;
    await page.getByLabel('Số ký hiệu').fill(number);
    await page.getByText('Số ký hiệu hợp lệ, chưa dùng trong năm').waitFor();
    await page
      .getByLabel('Trích yếu')
      .fill('Kế hoạch thực hiện các nhiệm vụ trọng tâm công tác dân vận của hệ thống chính trị');
    await page
      .getByLabel('Tên nhiệm vụ')
      .fill('Thực hiện Chỉ thị số 12-CT/TU về xây dựng nông thôn mới trong đồng bào dân tộc thiểu số');
    // Found without diacritics, as people type on a phone.
    await page.getByRole('searchbox', { name: /^Đơn vị chủ trì/ }).fill('ban dan toc');
    await page
      .getByRole('list', { name: 'Đơn vị chủ trì' })
      .getByRole('button', { name: /^Ban Dân tộc tỉnh/ })
      .click();
    await page.getByRole('searchbox', { name: /^Đơn vị phối hợp/ }).fill('mat tran to quoc viet nam tinh');
    await page
      .getByRole('list', { name: 'Đơn vị phối hợp' })
      .getByRole('button', { name: /^Ủy ban Mặt trận/ })
      .first()
      .click();
    await page.getByLabel('Số ngày làm việc kể từ ngày ban hành').fill('20');
    await page.getByTestId('resulting-date').waitFor();
    await expect(page.getByTestId('resulting-date').textContent()).resolves.toMatch(/Hạn: \d{2}\/\d{2}\/\d{4}/);
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await page.getByLabel('Tên chỉ tiêu').fill('Số xã đạt chuẩn nông thôn mới vùng đồng bào DTTS');
    await page.getByLabel('Đơn vị tính').fill('xã');
    await page.getByLabel('Chỉ tiêu đặt ra').fill('5');
    await shoot(page, 'new-directive', violations);
    await act(page.getByRole('button', { name: 'Ban hành', exact: true }), /\/api\/v1\/directives$/, [201]);
    await page.getByRole('heading', { name: new RegExp(escape(number)) }).waitFor(SLOW);
    ids.directive = page.url().split('/').pop();
    const taskLink = page.getByTestId('task-tree').getByRole('link').first();
    ids.task = (await taskLink.getAttribute('href'))!.split('/').pop();
    await shoot(page, 'directive', violations);
    await logout();

    await login('bdt.tinh');
    await acknowledge(ids.task!);
    await page.getByLabel('Nội dung báo cáo').fill('Đã có 3 xã vùng đồng bào DTTS đạt chuẩn nông thôn mới.');
    await page.getByLabel(/^Số xã đạt chuẩn/).fill('3');
    await shoot(page, 'task-report', violations);
    await act(page.getByRole('button', { name: 'Gửi báo cáo' }), /\/reports$/);
    await waitForPhase('Chờ thẩm định báo cáo');
    await logout();

    await login('thuongtruc.tu');
    await page.goto(`/tasks/${ids.task}`);
    await act(page.getByRole('button', { name: 'Trả lại' }), /\/review$/, [400]);
    // A return without a comment: the API's 400 stands beside the comment field.
    const comment = page.locator('.field.has-error', {
      has: page.getByText('Ý kiến thẩm định (bắt buộc khi trả lại)'),
    });
    await expect(comment.locator('.field-error').textContent()).resolves.toContain('trả lại cần nêu ý kiến');
    await page
      .getByLabel('Ý kiến thẩm định (bắt buộc khi trả lại)')
      .fill('Đề nghị bổ sung danh sách các xã đạt chuẩn.');
    await shoot(page, 'task-review', violations);
    await act(page.getByRole('button', { name: 'Trả lại' }), /\/review$/);
    await waitForPhase('Đang hoàn thiện lại báo cáo');
    await logout();

    await login('bdt.tinh');
    await page.goto(`/tasks/${ids.task}`);
    // The returned report's comment (the timeline says it too, as data marked lang="vi").
    await page.getByTestId('report-1').getByText('Đề nghị bổ sung danh sách các xã đạt chuẩn.').waitFor();
    await page.getByLabel('Nội dung báo cáo').fill('Đã có 4 xã đạt chuẩn: Ia Grai, Chư Sê, Đak Đoa, Ia Hrung.');
    await page.getByLabel(/^Số xã đạt chuẩn/).fill('4');
    await act(page.getByRole('button', { name: 'Gửi báo cáo' }), /\/reports$/);
    await waitForPhase('Chờ thẩm định báo cáo');
    await logout();

    await login('thuongtruc.tu');
    await page.goto(`/tasks/${ids.task}`);
    await act(page.getByRole('button', { name: 'Chấp nhận' }), /\/review$/);
    await waitForPhase('Đã hoàn thành');
    // The timeline from GET /tasks/{id}/history: every step, by whom.
    const timeline = page.getByTestId('timeline');
    await timeline.locator('li', { hasText: 'Thẩm định báo cáo' }).nth(1).waitFor(SLOW);
    const steps = await timeline.locator('li strong').allTextContents();
    expect(steps.filter((x) => x === 'Nộp báo cáo')).toHaveLength(2);
    expect(steps).toEqual(expect.arrayContaining(['Bắt đầu theo dõi', 'Xác nhận đã nhận nhiệm vụ']));
    await expect(timeline.textContent()).resolves.toContain('Đề nghị bổ sung danh sách các xã đạt chuẩn.');
    await shoot(page, 'task', violations);
    await page.goto('/overview');
    // Completed on time, counted for the leader's unit and every unit below it.
    await page
      .getByTestId('tile-completed_on_time')
      .filter({ hasText: /^1Hoàn thành đúng hạn/ })
      .waitFor(SLOW);
  }, 300_000);

  it('shows the overdue task red with its escalation in the timeline', async () => {
    await page.goto(`/tasks/${ids.overdueTask}`);
    // The escalation's notice in the timeline, with its level and the unit it went to.
    const escalation = page.locator('.timeline .ev-escalation').first();
    await escalation.waitFor(SLOW);
    await expect(escalation.textContent()).resolves.toMatch(/Cấp \d+ · gửi đến /);
    await page.locator('.facts .badge.bucket-open_overdue').waitFor(SLOW);
    await expect(page.locator('.facts .badge.bucket-open_overdue').textContent()).resolves.toBe(
      'Chưa hoàn thành, quá hạn',
    );
    const red = await page
      .locator('.facts .badge.bucket-open_overdue')
      .evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor as string);
    expect(red).toBe('rgb(185, 28, 28)');
    await shoot(page, 'task-overdue', violations);
    await page.goto('/overview');
    await page.getByText('Báo cáo vượt cấp đã nhận').waitFor();
    await page.locator('.tile-count', { hasText: /^\d+$/ }).first().waitFor();
    await shoot(page, 'overview', violations);
    await page.goto('/directives');
    await page.getByTestId('directives-table').waitFor();
    await shoot(page, 'directives', violations);
    await page.goto('/inbox');
    await page.getByRole('heading', { name: 'Hộp thư' }).waitFor();
    await shoot(page, 'inbox', violations);
    await logout();
  }, 120_000);

  it('delegates a task to two communes', async () => {
    await login('thuongtruc.tu');
    await acknowledge(ids.delegated!);
    await page.getByText('Giao cho cấp dưới', { exact: true }).first().click();
    const list = page.getByRole('list', { name: 'Đơn vị cấp dưới' });
    await list.getByRole('button', { name: /^Đảng ủy phường Pleiku/ }).click();
    await list.getByRole('button', { name: /^Đảng ủy xã Ia Grai/ }).click();
    await act(page.getByRole('button', { name: 'Giao cho cấp dưới' }), /\/delegations$/);
    await page.getByText('Đã giao cho cấp dưới').waitFor();
    await page.getByRole('heading', { name: 'Giao cấp dưới' }).waitFor();
    const given = page.locator('.card', { hasText: 'Giao cấp dưới' }).locator('.lines li');
    await expect(given.count()).resolves.toBe(2);
    await given.filter({ hasText: 'Đảng ủy phường Pleiku' }).waitFor();
    await given.filter({ hasText: 'Đảng ủy xã Ia Grai' }).waitFor();
    await shoot(page, 'task-delegated', violations);
    await page.goto('/preferences');
    await page.getByRole('heading', { name: 'Cài đặt thông báo' }).waitFor();
    await shoot(page, 'preferences', violations);
    await logout();
  }, 120_000);

  it('imports units from CSV and shows the bad line with its error', async () => {
    await login('admin');
    await page.goto('/admin/units');
    await page.getByRole('heading', { name: 'Cây đơn vị' }).waitFor();
    const csv = [
      'code,name,kind,parentCode',
      `${p.prefix}-XA-MOI,Đảng ủy xã Mới,commune,${p.prefix}-TU-GL`,
      `${p.prefix}-XA-SAI,Xã Sai,khong-co,${p.prefix}-TU-GL`,
    ].join('\n');
    await page.getByLabel('Nội dung CSV').fill(csv);
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    const row = page.getByTestId('import-errors').locator('tbody tr').first();
    await row.waitFor();
    await expect(row.locator('td').first().textContent()).resolves.toBe('3');
    await expect(row.locator('td').nth(1).textContent()).resolves.toContain('Dòng 3');
    await shoot(page, 'admin-units', violations);
    for (const [path, heading] of [
      ['/admin/users', 'Thêm người dùng'],
      ['/admin/calendar', 'Thêm điều chỉnh'],
      ['/admin/webhooks', 'Webhook'],
      ['/admin/deliveries', 'Gửi thất bại'],
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await shoot(page, `admin-${path.split('/').pop()}`, violations);
    }
    await logout();
    await shoot(page, 'login', violations);
  }, 120_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(s.errors).toEqual([]);
  });
});
