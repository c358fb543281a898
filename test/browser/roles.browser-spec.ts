import type { Page } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam, workingDayDeadline } from '../support/dates';
import { eventually } from '../support/eventually';
import { pageActions, shoot, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/**
 * Issue 22, role-aware screens and the calendar of deadlines, in Debian's Chromium (vi-VN)
 * against the real API, worker, Temporal and PostgreSQL: each role's navigation shows
 * what it may do and nothing more; a forbidden address says so; the review panel is the
 * assigning side's only; an admin creates an auditor and grants clearance as its own
 * action; the calendar shows a known deadline on its day, by month and by week. Each page
 * photographed at 1280 and 360 px and checked with axe.
 */
describe('role-aware screens and the calendar of deadlines in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let s: Session;
  let page: Page;
  const violations: Record<string, string[]> = {};
  let taskId: string;
  let deadlineDay: string;
  const title = 'Tổ chức hội nghị đối thoại với nhân dân';

  beforeAll(async () => {
    ({ p, http, session: s, page } = await openStage('webroles', stage));
    const leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-KH/TU`,
        title: 'Kế hoạch tổ chức đối thoại giữa người đứng đầu cấp ủy với nhân dân',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          {
            title,
            leadUnitId: p.unit('MTTQ-GL'),
            coordinatingUnitIds: [p.unit('HND-GL')],
            deadlineWorkingDays: 10,
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    taskId = created.body.tasks[0].id;
    deadlineDay = workingDayDeadline(todayInVietnam(), 10).slice(0, 10);
    // The lead unit reports, so a report waits for the assigning side's review.
    const officer = await http.login(p.user('mttq.tinh'), PASSWORD);
    const call = (path: string, body?: unknown) =>
      http.request('POST', `/api/v1/tasks/${taskId}${path}`, { token: officer, body });
    await eventually(
      'acknowledged',
      async () => (await call('/acknowledge')).status,
      (st) => st < 300,
      60_000,
    );
    expect((await call('/reports', { text: 'Đã tổ chức 3 hội nghị đối thoại' })).status).toBeLessThan(300);
    await eventually(
      'the report under review',
      async () => (await http.request('GET', `/api/v1/tasks/${taskId}`, { token: leader })).body.phase,
      (phase) => phase === 'under_review',
      60_000,
    );
  }, 240_000);
  afterAll(() => closeStage(stage));

  const { login, logout, act } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );
  const nav = () => page.getByRole('navigation', { name: 'Điều hướng chính' });
  // A link's text may carry its count ("Việc của tôi3 việc cần làm"): its label is how it starts.
  const LABELS = [
    'Việc của tôi',
    'Tổng quan',
    'Ban hành văn bản',
    'Dự thảo',
    'Lịch hạn',
    'Nhật ký',
    'Quản trị',
    'Cài đặt',
  ];
  const navNames = async () =>
    (await nav().getByRole('link').allTextContents()).flatMap((x) => LABELS.filter((l) => x.startsWith(l)));

  it("shows the admin every place, and creates an auditor from the users' screen", async () => {
    await login('admin');
    expect(await navNames()).toEqual(
      expect.arrayContaining(['Ban hành văn bản', 'Lịch hạn', 'Nhật ký', 'Quản trị', 'Cài đặt']),
    );
    await page.goto('/admin/users');
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Thêm người dùng' }) });
    await form.getByLabel('Tên đăng nhập').fill(p.user('kiemtra.tinh'));
    await form.getByLabel('Họ và tên').fill('Kiểm tra viên Tỉnh ủy');
    await form.getByLabel('Mật khẩu').fill(PASSWORD);
    await form.getByLabel('Vai trò').selectOption({ label: 'Thanh tra, kiểm tra' });
    await form.getByLabel('Đơn vị: Tìm đơn vị (có hoặc không dấu)').fill(`${p.prefix}-TU-GL`);
    await form.getByRole('button', { name: new RegExp(`${p.prefix}-TU-GL$`) }).click();
    // Clearance is offered for an auditor, and left for its own grant.
    await form.getByLabel('Cấp quyền đọc nội dung mật').waitFor();
    await act(form.getByRole('button', { name: 'Tạo' }), /^\/api\/v1\/users$/, [201]);
    const row = page.locator('tr', { hasText: p.user('kiemtra.tinh') });
    await row.getByTestId('clearance-state').filter({ hasText: 'Không' }).waitFor(SLOW);
    await act(
      row.getByRole('button', { name: 'Cấp quyền đọc nội dung mật cho Kiểm tra viên Tỉnh ủy' }),
      /\/users\/[^/]+\/clearance$/,
    );
    await row.getByTestId('clearance-state').filter({ hasText: 'Được đọc' }).waitFor(SLOW);
    await shoot(page, 'admin-users', violations);
    await logout();
  }, 120_000);

  it('shows the auditor no issuing form, no administration, and says so at a forbidden address', async () => {
    await login('kiemtra.tinh');
    const names = await navNames();
    expect(names).toEqual(expect.arrayContaining(['Tổng quan', 'Nhật ký', 'Lịch hạn']));
    expect(names).not.toContain('Ban hành văn bản');
    expect(names).not.toContain('Quản trị');
    await page.goto('/directives/new');
    await page.getByRole('heading', { name: 'Trang này không dành cho vai trò của bạn', level: 1 }).waitFor();
    await expect(page.getByLabel('Số ký hiệu').count()).resolves.toBe(0);
    await shoot(page, 'not-for-role', violations);
    await page.goto('/admin/users');
    await page.getByTestId('not-for-role').waitFor();
    // Its settings and inbox it reads, with nothing to save or mark.
    await page.goto('/preferences');
    await page.getByText('Kiểm tra viên chỉ xem các cài đặt này', { exact: false }).waitFor(SLOW);
    await expect(page.getByRole('button', { name: 'Lưu' }).count()).resolves.toBe(0);
    await page.goto('/inbox');
    await page.getByRole('heading', { name: 'Hộp thư', level: 1 }).waitFor();
    await expect(page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).count()).resolves.toBe(0);
    // The task under review: read, no review panel, no lead-side form.
    await page.goto(`/tasks/${taskId}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor(SLOW);
    await expect(page.getByRole('button', { name: 'Chấp nhận' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Việc cần làm' }).count()).resolves.toBe(0);
    await logout();
  }, 120_000);

  it.each([
    ['the lead unit', 'mttq.tinh'],
    ['a coordinating unit', 'hnd.tinh'],
  ])(
    'shows an officer of %s no review panel, drafts instead of issuing, and no administration',
    async (_what, name) => {
      await login(name);
      const names = await navNames();
      expect(names).toEqual(expect.arrayContaining(['Việc của tôi', 'Dự thảo', 'Lịch hạn']));
      // An officer drafts; a leader signs what goes out (decision 74).
      expect(names).not.toContain('Ban hành văn bản');
      expect(names).not.toContain('Quản trị');
      expect(names).not.toContain('Nhật ký');
      await page.goto(`/tasks/${taskId}`);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor(SLOW);
      await expect(page.getByRole('heading', { name: /^Thẩm định báo cáo lần/ }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Chấp nhận' }).count()).resolves.toBe(0);
      await page.goto('/admin');
      await page.getByTestId('not-for-role').waitFor();
      await logout();
    },
    120_000,
  );

  it('shows the assigning side’s leader the review panel', async () => {
    await login('thuongtruc.tu');
    await page.goto(`/tasks/${taskId}`);
    await page.getByRole('heading', { name: 'Thẩm định báo cáo lần 1' }).waitFor(SLOW);
    await page.getByRole('button', { name: 'Chấp nhận' }).waitFor();
  }, 60_000);

  it('shows the deadline on its day in the month, moves by month, and keeps the state in the address', async () => {
    await nav().getByRole('link', { name: 'Lịch hạn' }).click();
    await page.getByRole('heading', { name: 'Lịch hạn nhiệm vụ', level: 1 }).waitFor();
    await page.goto(`/calendar?date=${deadlineDay}`);
    const month = Number(deadlineDay.slice(5, 7));
    await page
      .getByTestId('calendar-heading')
      .filter({ hasText: `Tháng ${month} năm` })
      .waitFor();
    const day = page.locator(`[data-testid="calendar-day"][data-date="${deadlineDay}"]`);
    await day.getByRole('link', { name: title }).waitFor(SLOW);
    await expect(day.locator('.bucket-open_within_deadline').textContent()).resolves.toContain('1');
    await expect(page.getByTestId('calendar-day').first().textContent()).resolves.toMatch(/^Thứ Hai/);
    await shoot(page, 'calendar-month', violations);
    await page.getByRole('button', { name: 'Tháng sau' }).click();
    await expect(page.locator(`[data-date="${deadlineDay}"]`).count()).resolves.toBeLessThanOrEqual(1);
    expect(new URL(page.url()).searchParams.get('date')).not.toBe(deadlineDay);
    await page.getByRole('button', { name: 'Tháng trước' }).click();
    await day.getByRole('link', { name: title }).waitFor(SLOW);
  }, 120_000);

  it('shows the deadline in its week, with the lead unit, from Monday to Sunday', async () => {
    // A click, not check(): the radio follows the address, which changes a moment after the click.
    await page.getByRole('radio', { name: 'Tuần' }).click();
    await page
      .getByTestId('calendar-heading')
      .filter({ hasText: /^Tuần từ / })
      .waitFor();
    await page.waitForURL(/view=week/);
    const day = page.locator(`[data-testid="calendar-day"][data-date="${deadlineDay}"]`);
    await day.getByRole('link', { name: title }).waitFor(SLOW);
    expect(await page.getByTestId('calendar-day').count()).toBe(7);
    await day.getByText(/Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh/).waitFor();
    await expect(page.getByTestId('calendar-day').last().textContent()).resolves.toMatch(/^Chủ nhật/);
    await shoot(page, 'calendar-week', violations);
    // The address alone brings the same view back.
    await page.reload();
    await day.getByRole('link', { name: title }).waitFor(SLOW);
    await logout();
  }, 120_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(s.errors).toEqual([]);
  });
});
