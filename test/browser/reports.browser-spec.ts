import type { Locator, Page } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { eventually } from '../support/eventually';
import { pageActions, shoot, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/**
 * The pages for leaders and auditors in Debian's Chromium (vi-VN, Asia/Ho_Chi_Minh)
 * against the real API, worker, Temporal and PostgreSQL: statistics with their exports,
 * reporting cycles (a cycle created on the form, a past quarter's round opened, its
 * tree, who has not reported and the urge), unit and user history, and the audit
 * chain's verification; each page photographed at 1280 and 360 px and checked with axe.
 */
describe('statistics, reporting cycles, history and audit in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let s: Session;
  let page: Page;
  const violations: Record<string, string[]> = {};
  let directiveId: string;

  beforeAll(async () => {
    ({ p, http, session: s, page } = await openStage('webreports', stage));
    // A directive whose first task falls overdue within seconds: rows for every table.
    const created = await http.request('POST', '/api/v1/directives', {
      token: await http.login(p.user('thuongtruc.tu'), PASSWORD),
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-TB/TU`,
        title: 'Thông báo kết luận giao ban công tác dân vận quý IV',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          {
            title: 'Báo cáo giao ban quý của Ủy ban MTTQ tỉnh',
            leadUnitId: p.unit('MTTQ-GL'),
            deadline: new Date(Date.now() + 5_000).toISOString(),
            reminderPolicy: { before: [], onDeadlineDayAt: null },
          },
          { title: 'Rà soát hộ nghèo vùng đồng bào DTTS', leadUnitId: p.unit('BDT-GL'), deadlineWorkingDays: 10 },
        ],
      },
    });
    expect(created.status).toBe(201);
    directiveId = created.body.id;
  }, 240_000);
  afterAll(() => closeStage(stage));

  /** Resolves once the directive's first task is in the overdue bucket. */
  const untilOverdue = async () => {
    const token = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const path = `/api/v1/tasks?bucket=open_overdue&subtree=true&directiveId=${directiveId}`;
    await eventually(
      'the first task overdue',
      async () => (await http.request('GET', path, { token })).body.total,
      (total) => total > 0,
      60_000,
    );
  };

  const { login, logout, act } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );
  /** Clicks an export button and returns the downloaded file's name and size. */
  const exported = async (button: Locator) => {
    const [download] = await Promise.all([page.waitForEvent('download', SLOW), button.click()]);
    const path = await download.path();
    const { statSync } = await import('node:fs');
    return { name: download.suggestedFilename(), size: statSync(path).size };
  };

  it('shows the completion table, rankings and overdue pack, and exports them', async () => {
    await login('thuongtruc.tu');
    // The change since last week under each tile, from the statistics API.
    // A week ago nothing was assigned: both of today's tasks are new (overdue or not, by now).
    const within = page.getByTestId('tile-open_within_deadline').getByTestId('week-change');
    await within.waitFor(SLOW);
    await expect(within.textContent()).resolves.toMatch(/^\+[12] so với tuần trước$/);
    await expect(page.getByTestId('tile-completed_late').getByTestId('week-change').textContent()).resolves.toBe(
      'Không đổi so với tuần trước',
    );
    await page.getByRole('link', { name: 'Thống kê' }).click();
    const completion = page.getByTestId('completion-table');
    await completion.locator('tbody tr', { hasText: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' }).waitFor(SLOW);
    await expect(completion.locator('tr.total-row td').nth(2).textContent()).resolves.toBe('2');
    const xlsx = await exported(page.getByTestId('export-xlsx'));
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.size).toBeGreaterThan(1000);
    await shoot(page, 'stats-completion', violations);

    await page.getByRole('link', { name: 'Xếp hạng đơn vị' }).click();
    await page.getByTestId('rankings-table').locator('tbody tr').first().waitFor(SLOW);
    expect((await exported(page.getByTestId('export-csv'))).name).toMatch(/\.csv$/);
    await shoot(page, 'stats-rankings', violations);

    // The pack is read when the page opens: wait until the 5-second deadline has passed and
    // the task is overdue (a fast machine gets here sooner).
    await untilOverdue();
    await page.getByRole('link', { name: 'Nhiệm vụ quá hạn' }).click();
    await page.getByTestId('overdue-table').locator('tbody tr', { hasText: 'Báo cáo giao ban quý' }).waitFor(SLOW);
    expect((await exported(page.getByTestId('export-pdf'))).name).toMatch(/\.pdf$/);
    await shoot(page, 'stats-overdue', violations);
  }, 180_000);

  it("opens a unit's history from the rankings, the user's own history, a directive's history, its export and its print view", async () => {
    await page.getByRole('link', { name: 'Xếp hạng đơn vị' }).click();
    await page.getByTestId('rankings-table').getByRole('link', { name: 'Ban Dân tộc tỉnh' }).click();
    await page.getByRole('heading', { name: 'Lịch sử: Ban Dân tộc tỉnh' }).waitFor();
    await page.getByTestId('timeline').locator('li', { hasText: 'Giao nhiệm vụ' }).first().waitFor(SLOW);
    await shoot(page, 'history-unit', violations);
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByRole('link', { name: 'Lịch sử của tôi' }).click();
    await page.getByRole('heading', { name: /^Những việc đã làm: / }).waitFor();
    await page.getByTestId('timeline').locator('li').first().waitFor(SLOW);
    await shoot(page, 'history-user', violations);
    await page.goto(`/directives/${directiveId}`);
    await page.getByTestId('timeline').locator('li', { hasText: 'Ban hành văn bản' }).waitFor(SLOW);
    expect((await exported(page.getByTestId('export-xlsx'))).name).toMatch(/\.xlsx$/);
    // The print view opens in a new tab, its A4 stylesheet allowed by the page's CSP (by hash).
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('export-print').click(),
    ]);
    const blocked: string[] = [];
    printed.on('console', (message) => {
      if (message.type() === 'error') blocked.push(message.text());
    });
    await printed.getByRole('heading', { name: /^LỊCH SỬ THEO DÕI VĂN BẢN / }).waitFor(SLOW);
    await printed.getByRole('cell', { name: 'Ban hành văn bản' }).first().waitFor(SLOW);
    await expect(printed.evaluate("getComputedStyle(document.querySelector('table')).borderCollapse")).resolves.toBe(
      'collapse',
    );
    expect(blocked).toEqual([]);
    await printed.close();
  }, 120_000);

  it('creates a reporting cycle on its form, a 400 beside its field first', async () => {
    await page.getByRole('link', { name: 'Kỳ báo cáo' }).click();
    await page.getByRole('heading', { name: 'Kỳ báo cáo định kỳ' }).waitFor();
    await act(page.getByRole('button', { name: 'Tạo chu kỳ' }), /\/reporting-cycles$/, [400]);
    const title = page.locator('.field.has-error', { has: page.getByText('Tên báo cáo', { exact: true }) });
    await title.locator('.field-error').waitFor();
    await shoot(page, 'cycles', violations);
    await page.getByLabel('Tên báo cáo').fill('Báo cáo tình hình nhân dân và công tác dân vận');
    await page.getByLabel('Căn cứ').fill('Quyết định số 461-QĐ/TU ngày 14/12/2021');
    await page.getByLabel('Bắt đầu từ').fill('2026-01-01');
    await page.getByRole('button', { name: 'Thêm cấp' }).click();
    await page.getByLabel('Cấp', { exact: true }).nth(1).fill('tổng hợp');
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await page.getByLabel('Tên chỉ tiêu').fill('Xã không ma túy');
    await page.getByLabel('Đơn vị tính').fill('xã');
    await page.getByLabel('Chỉ tiêu đặt ra').fill('4');
    await act(page.getByRole('button', { name: 'Tạo chu kỳ' }), /\/reporting-cycles$/, [201]);
    await page.getByRole('heading', { name: 'Báo cáo tình hình nhân dân và công tác dân vận' }).waitFor();
    await expect(page.getByTestId('cycle-status').textContent()).resolves.toContain('Đang áp dụng');
  }, 120_000);

  it("opens last quarter's round by hand: the tree, who has not reported, urge them all", async () => {
    await page.getByLabel('Mã kỳ').fill('2026-Q3');
    await act(page.getByRole('button', { name: 'Mở kỳ báo cáo' }), /\/rounds$/, [200, 201]);
    await page.getByRole('heading', { name: /Quý III/i }).waitFor(SLOW);
    // The round's tasks come top-down: wait for the communes' Fronts. Q3's deadlines have passed,
    // but a round opened late gives every level at least a working day (decision record 0030),
    // so nobody is late yet: the days-late column says so rather than counting from Q3.
    const late = page.getByTestId('not-reported').locator('tbody tr', { hasText: 'Ủy ban MTTQ Việt Nam xã Ia Grai' });
    await late.waitFor(SLOW);
    await expect(late.locator('td').nth(3).textContent()).resolves.toBe('Chưa đến hạn');
    await page.getByTestId('round-tree').locator('tbody tr', { hasText: 'Đảng ủy xã Chư Sê' }).waitFor();
    await act(page.getByRole('button', { name: 'Đôn đốc tất cả' }), /\/urge$/);
    await page.getByText(/^Đã đôn đốc \d+ đơn vị$/).waitFor();
    await shoot(page, 'round', violations);
    await page.getByRole('link', { name: 'Chu kỳ', exact: true }).click();
    await page.getByTestId('rounds-table').getByRole('link').first().waitFor();
    await shoot(page, 'cycle', violations);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Rounds opened' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await logout();
  }, 240_000);

  it('verifies the audit chain and downloads the checkpoints (admin)', async () => {
    await login('admin');
    await page.getByRole('link', { name: 'Nhật ký' }).click();
    await page.getByRole('radio', { name: 'Đầu chuỗi' }).check();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect(page.getByTestId('audit-result').locator('strong').textContent()).resolves.toBe(
      'Chuỗi nhật ký toàn vẹn',
    );
    expect((await exported(page.getByTestId('export-csv'))).name).toBe('audit-checkpoints.csv');
    await shoot(page, 'audit', violations);
    await logout();
  }, 120_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(s.errors).toEqual([]);
  });
});
