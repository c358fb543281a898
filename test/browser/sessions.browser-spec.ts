import type { Page, Response } from '../../apps/web/node_modules/playwright-core';
import { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { eventually, sleep } from '../support/eventually';
import { pageActions, shoot, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
// The API's shortest access token (JWT_ACCESS_TTL_SECONDS has a floor of 60).
const ACCESS_TTL_SECONDS = 60;

/**
 * Sessions that never lose work and forms that say what is wrong where, in Debian's
 * Chromium against the real API, worker, Temporal and PostgreSQL, with access tokens of
 * one minute: the page renews its token before it expires and, after a sleep longer than
 * a token lives, with one refresh for all the requests that met the expired token; a
 * sign-in revoked elsewhere asks for the password over the page and the half-written
 * report is still there to send; drafts outlive a reload and go once sent; a directive
 * number that exists is refused beside its field, in the reader's language, focused, with
 * no id and no "valid" note; two tabs of one sign-in renew with one exchange (decision 68).
 */
describe('sessions and forms in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let s: Session;
  let page: Page;
  const violations: Record<string, string[]> = {};
  const tasks: { first?: string; second?: string } = {};
  /** Every answer of the API the page got, in order: what the tests count refreshes and 401s in. */
  const answers: { method: string; path: string; status: number }[] = [];

  beforeAll(async () => {
    ({
      p,
      http,
      session: s,
      page,
    } = await openStage('websessions', stage, {
      JWT_ACCESS_TTL_SECONDS: String(ACCESS_TTL_SECONDS),
    }));
    page.on('response', (r: Response) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/v1/')) answers.push({ method: r.request().method(), path, status: r.status() });
    });
    // Two tasks for the Ethnic Affairs Board, acknowledged: their report forms are open.
    const leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-CV/TU`,
        title: 'Sơ kết 6 tháng công tác dân vận vùng đồng bào dân tộc thiểu số',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          { title: 'Báo cáo sơ kết 6 tháng công tác dân vận', leadUnitId: p.unit('BDT-GL'), deadlineWorkingDays: 10 },
          { title: 'Rà soát hộ nghèo vùng đồng bào DTTS', leadUnitId: p.unit('BDT-GL'), deadlineWorkingDays: 10 },
        ],
      },
    });
    expect(created.status).toBe(201);
    [tasks.first, tasks.second] = created.body.tasks.map((t: { id: string }) => t.id);
    const officer = await http.login(p.user('bdt.tinh'), PASSWORD);
    for (const id of [tasks.first!, tasks.second!])
      await eventually(
        `task ${id} acknowledged`,
        async () => (await http.request('POST', `/api/v1/tasks/${id}/acknowledge`, { token: officer })).status,
        (status) => status === 200,
        60_000,
      );
  }, 240_000);
  afterAll(() => closeStage(stage));

  const { login, logout, act } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );
  const report = () => page.getByLabel('Nội dung báo cáo');
  const since = (from: number, method: string, path: RegExp) =>
    answers.slice(from).filter((a) => a.method === method && path.test(a.path));
  const REFRESH = /\/auth\/refresh$/;
  /** A token of `name` signed in now (Http keeps its first, which outlives no minute here). */
  const tokenOf = (name: string) => new Http(stage.system!.baseUrl).login(p.user(name), PASSWORD);
  const HALF = 'Phần một: đã tổ chức 12 buổi đối thoại với Nhân dân ở các xã vùng đồng bào DTTS.';

  it('renews the access token before it expires, with no request refused', async () => {
    // The page's clock in the test's hands: the renewal comes without a minute's wait.
    await page.clock.install();
    await login('bdt.tinh');
    await page.goto(`/tasks/${tasks.first}`);
    await report().fill(HALF);
    const from = answers.length;
    const renewed = page.waitForResponse((r) => REFRESH.test(new URL(r.url()).pathname), SLOW);
    await page.clock.fastForward((ACCESS_TTL_SECONDS - 10) * 1000);
    expect((await renewed).status()).toBe(200);
    expect(since(from, 'POST', REFRESH).map((a) => a.status)).toEqual([200]);
    expect(answers.filter((a) => a.status === 401)).toEqual([]);
    await expect(report().inputValue()).resolves.toBe(HALF);
  }, 120_000);

  it('comes back after longer than a token lives: the requests refused at once cause one refresh', async () => {
    // As if the laptop slept: no renewal planned before the token expires.
    await page.evaluate(() => {
      const stored = JSON.parse(sessionStorage.getItem('dondoc.tokens')!) as { renewAt: number };
      sessionStorage.setItem('dondoc.tokens', JSON.stringify({ ...stored, renewAt: Date.now() + 86_400_000 }));
    });
    await page.goto('about:blank');
    await sleep((ACCESS_TTL_SECONDS + 5) * 1000);
    const from = answers.length;
    await page.goto(`/tasks/${tasks.first}`);
    // The half-written report, from its draft, and the page's data behind the refreshed token.
    await page.getByTestId('draft-note').waitFor(SLOW);
    await expect(report().inputValue()).resolves.toBe(HALF);
    await page.getByTestId('task-phase').waitFor(SLOW);
    const refused = since(from, 'GET', /./).filter((a) => a.status === 401);
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(since(from, 'POST', REFRESH).map((a) => a.status)).toEqual([200]);
    // Every request refused was sent again and answered.
    for (const { path } of refused)
      expect(since(from, 'GET', /./).some((a) => a.path === path && a.status === 200)).toBe(true);
    expect(page.url()).not.toContain('/login');
    await expect(page.getByTestId('sign-in-again').count()).resolves.toBe(0);
  }, 180_000);

  it('asks for the password over the page when the sign-in is revoked elsewhere; the report is still there and goes', async () => {
    // Signed out everywhere from another device: every token of the user is refused.
    const elsewhere = await tokenOf('bdt.tinh');
    expect((await http.request('POST', '/api/v1/auth/logout', { token: elsewhere })).status).toBe(204);
    // The page's next poll meets the refusal; the dialog comes over the page as it is.
    const dialog = page.getByRole('dialog', { name: 'Phiên làm việc đã hết' });
    await dialog.waitFor(SLOW);
    await expect(report().inputValue()).resolves.toBe(HALF);
    await expect(page.getByLabel('Tên đăng nhập').inputValue()).resolves.toBe(p.user('bdt.tinh'));
    await shoot(page, 'session-sign-in-again', violations);
    await dialog.getByLabel('Mật khẩu').fill('not the password');
    await act(dialog.getByRole('button', { name: 'Đăng nhập lại' }), /\/auth\/login$/, [401]);
    await dialog.getByRole('alert').waitFor();
    await dialog.getByLabel('Mật khẩu').fill(PASSWORD);
    await act(dialog.getByRole('button', { name: 'Đăng nhập lại' }), /\/auth\/login$/);
    await dialog.waitFor({ state: 'detached' });
    // Where the user was, with the text typed: it goes.
    expect(new URL(page.url()).pathname).toBe(`/tasks/${tasks.first}`);
    await report().fill(`${HALF} Phần hai: tiếp nhận 40 ý kiến, kiến nghị.`);
    await act(page.getByRole('button', { name: 'Gửi báo cáo' }), /\/reports$/, [201]);
    await page.getByTestId('task-phase').filter({ hasText: 'Chờ thẩm định báo cáo' }).waitFor(SLOW);
  }, 120_000);

  it('keeps a draft through a reload and forgets it once the report is sent', async () => {
    await page.goto(`/tasks/${tasks.second}`);
    await report().fill('Đã rà soát 3 xã; còn 2 xã đang tổng hợp.');
    await page.reload();
    await page.getByTestId('draft-note').waitFor(SLOW);
    await expect(report().inputValue()).resolves.toBe('Đã rà soát 3 xã; còn 2 xã đang tổng hợp.');
    await shoot(page, 'report-draft-restored', violations);
    // Nothing of the session in the drafts: only the form's fields and when.
    const drafts = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('dondoc.draft.'))
        .map((k) => localStorage.getItem(k)!),
    );
    expect(drafts.some((d) => d.includes('eyJ'))).toBe(false);
    await act(page.getByRole('button', { name: 'Gửi báo cáo' }), /\/reports$/, [201]);
    await page.getByTestId('task-phase').filter({ hasText: 'Chờ thẩm định báo cáo' }).waitFor(SLOW);
    await page.reload();
    await page.getByTestId('task-phase').waitFor(SLOW);
    await expect(page.getByTestId('draft-note').count()).resolves.toBe(0);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dondoc.draft.')));
    expect(kept.filter((k) => k.endsWith(`report:${tasks.second}`))).toEqual([]);
    await logout();
  }, 120_000);

  it('keeps the issuing form as a draft, and discards it when asked', async () => {
    await login('thuongtruc.tu');
    await page.goto('/directives/new');
    await page.getByLabel('Số ký hiệu').fill('77-KH/TU');
    await page.getByLabel('Trích yếu').fill('Kế hoạch dân vận khéo năm 2026');
    await page.reload();
    await page.getByTestId('draft-note').waitFor(SLOW);
    await expect(page.getByLabel('Trích yếu').inputValue()).resolves.toBe('Kế hoạch dân vận khéo năm 2026');
    await page.getByRole('button', { name: 'Bỏ bản nháp' }).click();
    await expect(page.getByLabel('Số ký hiệu').inputValue()).resolves.toBe('');
    await expect(page.getByTestId('draft-note').count()).resolves.toBe(0);
    await page.reload();
    await page.getByLabel('Số ký hiệu').waitFor();
    await expect(page.getByTestId('draft-note').count()).resolves.toBe(0);
  }, 120_000);

  it('refuses a number that exists beside its field, in the reader’s language, focused, without an id or a "valid" note', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/directives/new');
    const number = `${1000 + Math.floor(Math.random() * 8000)}-KH/TU`;
    await page.getByLabel('Số ký hiệu').fill(number);
    // Free when typed; issued by someone else before this form is sent.
    await page.getByText('Số ký hiệu hợp lệ, chưa dùng trong năm').waitFor();
    const other = await http.request('POST', '/api/v1/directives', {
      token: await tokenOf('thuongtruc.tu'),
      body: {
        documentNumber: number,
        title: 'Kế hoạch tổ chức hội nghị đối thoại',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [{ title: 'Chuẩn bị hội nghị', leadUnitId: p.unit('BDT-GL'), deadlineWorkingDays: 5 }],
      },
    });
    expect(other.status).toBe(201);
    await page.getByLabel('Trích yếu').fill('Kế hoạch thực hiện công tác dân vận năm 2026');
    await page.getByLabel('Tên nhiệm vụ').fill('Tổ chức đối thoại giữa người đứng đầu cấp ủy với Nhân dân');
    await page.getByRole('searchbox', { name: /^Đơn vị chủ trì/ }).fill('ban dan toc');
    await page
      .getByRole('list', { name: 'Đơn vị chủ trì' })
      .getByRole('button', { name: /^Ban Dân tộc tỉnh/ })
      .click();
    await act(page.getByRole('button', { name: 'Ban hành', exact: true }), /\/api\/v1\/directives$/, [409]);

    const field = page.locator('.field.has-error');
    await expect(field.count()).resolves.toBe(1);
    const error = field.locator('.field-error');
    await expect(error.textContent()).resolves.toBe(`Văn bản số ${number} đã có trong năm này`);
    await expect(field.locator('.ok, .hint').count()).resolves.toBe(0);
    // The number's field has the focus and is in view, at 360 px.
    await eventually(
      'the number field focused',
      () => page.evaluate("document.activeElement?.value ?? ''") as Promise<string>,
      (value) => value === number,
      10_000,
    );
    const box = (await page.getByLabel('Số ký hiệu').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await page.locator('main').textContent()).not.toMatch(UUID);
    await shoot(page, 'new-directive-duplicate', violations);

    // One language per reader: the API answers in the language the page asks in (decision
    // 69), so the English page's next attempt is refused in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Issue a directive' }).waitFor();
    await act(page.getByRole('button', { name: 'Issue', exact: true }), /\/api\/v1\/directives$/, [409]);
    await expect(error.textContent()).resolves.toBe(`directive ${number} already exists this year`);
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/đã có trong năm/);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Ban hành văn bản chỉ đạo' }).waitFor();
  }, 120_000);

  it('renews two tabs of one sign-in (a duplicated tab) with one exchange, the other tab taking its tokens', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await logout();
    await login('bdt.tinh');
    await page.goto(`/tasks/${tasks.first}`);
    await page.getByTestId('task-phase').waitFor(SLOW);
    // A duplicated tab: a second page of the browser with the first one's sessionStorage.
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
    const twin = await s.context.newPage();
    await twin.addInitScript((items: string) => {
      if (sessionStorage.getItem('dondoc.tokens')) return;
      for (const [key, value] of Object.entries(JSON.parse(items) as Record<string, string>))
        sessionStorage.setItem(key, value);
    }, stored);
    const both: { method: string; path: string; status: number }[] = [];
    const listen = (r: Response) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/v1/')) both.push({ method: r.request().method(), path, status: r.status() });
    };
    page.on('response', listen);
    twin.on('response', listen);
    await twin.goto(`/tasks/${tasks.first}`);
    await twin.getByTestId('task-phase').waitFor(SLOW);
    const refreshTokens = () =>
      Promise.all(
        [page, twin].map((tab) =>
          tab.evaluate(() => (JSON.parse(sessionStorage.getItem('dondoc.tokens')!) as { refresh: string }).refresh),
        ),
      );
    // Both tabs plan their renewal for the same instant; twice over, each a token's life.
    for (const round of [1, 2]) {
      const [before] = await refreshTokens();
      const from = both.length;
      await page.clock.fastForward((ACCESS_TTL_SECONDS - 10) * 1000);
      await eventually(
        `round ${round}: both tabs hold the new tokens`,
        refreshTokens,
        ([a, b]) => a === b && a !== before,
        30_000,
      );
      expect(both.slice(from).filter((a) => a.method === 'POST' && REFRESH.test(a.path))).toEqual([
        { method: 'POST', path: '/api/v1/auth/refresh', status: 200 },
      ]);
    }
    // Both tabs go on working: no request refused, no password asked.
    await Promise.all([page.reload(), twin.reload()]);
    await Promise.all([page, twin].map((tab) => tab.getByTestId('task-phase').waitFor(SLOW)));
    expect(both.filter((a) => a.status === 401)).toEqual([]);
    for (const tab of [page, twin]) await expect(tab.getByTestId('sign-in-again').count()).resolves.toBe(0);
    page.off('response', listen);
    await twin.close();
  }, 180_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(s.errors).toEqual([]);
  });
});
