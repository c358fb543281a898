import { join } from 'node:path';
import type { Locator, Page } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { eventually } from '../support/eventually';
import { pageActions, SCREENSHOTS, shoot, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/**
 * "Việc của tôi" (issue 22) in Debian's Chromium against the real API, worker, Temporal and
 * PostgreSQL: an officer signs in and lands on his work, acts on the top item in one click
 * (counted: the acceptance is one click from signing in), opens a report form in one more;
 * a leader finds the report waiting for his review; on a 360 px phone the bottom
 * navigation takes him to his work, the inbox (with its badge), the directives and the
 * search; an explanation asked of him answered inline, its draft kept through a reload (at
 * 1280 and 360 px). Every page is photographed at 1280 and 360 px and checked with axe.
 */
describe('my work, the home page of officers and leaders, in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let s: Session;
  let page: Page;
  const violations: Record<string, string[]> = {};
  const tasks: string[] = [];
  /** The title of the task the officer reports on. */
  let reported = '';

  beforeAll(async () => {
    ({ p, http, session: s, page } = await openStage('webmywork', stage));
    const created = await http.request('POST', '/api/v1/directives', {
      token: await http.login(p.user('thuongtruc.tu'), PASSWORD),
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-KH/TU`,
        title: 'Kế hoạch tổ chức đối thoại giữa người đứng đầu cấp ủy với Nhân dân',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          {
            title: 'Tổ chức hội nghị đối thoại với đoàn viên, hội viên',
            leadUnitId: p.unit('MTTQ-GL'),
            deadlineWorkingDays: 2,
          },
          {
            title: 'Tổng hợp kiến nghị của Nhân dân sau đối thoại',
            leadUnitId: p.unit('MTTQ-GL'),
            deadlineWorkingDays: 3,
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    tasks.push(...created.body.tasks.map((t: { id: string }) => t.id));
    // The officer's work holds both tasks before he signs in.
    const officer = await http.login(p.user('mttq.tinh'), PASSWORD);
    await eventually(
      "the tasks in the officer's work",
      async () => (await http.request('GET', '/api/v1/me/work', { token: officer })).body.total,
      (total) => total >= 2,
      60_000,
    );
  }, 240_000);
  afterAll(() => closeStage(stage));

  const { login, logout, act } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );
  /** The clicks a person makes after signing in, counted. */
  let clicks = 0;
  const click = async (target: Locator) => {
    clicks++;
    await target.click();
  };
  const topItem = () => page.locator('.work-bucket').first().getByTestId('work-item').first();
  const phase = async (taskId: string) => {
    const token = await http.login(p.user('mttq.tinh'), PASSWORD);
    return (await http.request('GET', `/api/v1/tasks/${taskId}`, { token })).body.phase as string;
  };

  it('lands the officer on his work and acknowledges the top item in one click', async () => {
    await login('mttq.tinh', 'home');
    clicks = 0;
    await page.getByRole('heading', { name: 'Việc của tôi', level: 1 }).waitFor();
    await expect(page.getByTestId('my-work-total').textContent()).resolves.toBe(
      '2 việc cần làm, việc khẩn nhất ở trên cùng',
    );
    const top = topItem();
    const title = await top.locator('.work-title').textContent();
    const taskId = tasks[title === 'Tổ chức hội nghị đối thoại với đoàn viên, hội viên' ? 0 : 1]!;
    const acknowledge = top.getByRole('button', { name: 'Xác nhận đã nhận' });
    await shoot(page, 'my-work', violations);
    // The phone's first screen as the officer sees it, the bottom navigation in its place.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: join(SCREENSHOTS, 'my-work-phone-360.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    clicks = 0;
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && /\/acknowledge$/.test(r.url()), SLOW),
      click(acknowledge),
    ]);
    expect(response.status()).toBe(200);
    // The acceptance of issue 22: from signing in to the first action on the top item, one click.
    expect(clicks).toBe(1);
    expect(await phase(taskId)).toBe('in_progress');
    // The item asks for its report now; the other task still waits for its acknowledgement.
    await page
      .getByRole('status')
      .filter({ hasText: `Đã xác nhận đã nhận nhiệm vụ: ${title}` })
      .waitFor();
    await page.getByTestId('work-item').filter({ hasText: title! }).getByRole('link', { name: 'Báo cáo' }).waitFor();
  }, 120_000);

  it("opens the acknowledged task's report form in one click and reports", async () => {
    clicks = 0;
    const item = page
      .getByTestId('work-item')
      .filter({ has: page.getByRole('link', { name: 'Báo cáo' }) })
      .first();
    reported = (await item.locator('.work-title').textContent())!;
    await click(item.getByRole('link', { name: 'Báo cáo' }));
    expect(clicks).toBe(1);
    const text = page.getByLabel('Nội dung báo cáo');
    await text.waitFor();
    // The form is where the officer starts: its text box has the focus.
    await expect(text.evaluate((el) => el === (el.ownerDocument as any).activeElement)).resolves.toBe(true);
    await text.fill('Đã tổ chức 3 hội nghị đối thoại với 420 đoàn viên, hội viên; tiếp nhận 37 ý kiến.');
    await act(page.getByRole('button', { name: 'Gửi báo cáo' }), /\/reports$/);
    await page.getByTestId('report-1').waitFor(SLOW);
    await logout();
  }, 120_000);

  it('shows the leader the report waiting for his review, one click from its review form', async () => {
    await login('thuongtruc.tu', 'home');
    // Under review within its review period: in "waiting for my review", or sooner when due soon.
    const waiting = page.getByTestId('work-item').filter({ has: page.getByRole('link', { name: 'Thẩm định' }) });
    await waiting.first().waitFor(SLOW);
    await expect(waiting.first().textContent()).resolves.toContain(
      'Đơn vị báo cáo: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    );
    await shoot(page, 'my-work-leader', violations);
    await waiting.first().getByRole('link', { name: 'Thẩm định' }).click();
    await page.getByRole('heading', { name: reported, level: 1 }).waitFor();
    // The review form is on the task's first screen: accept or return, with a comment.
    await page.getByRole('heading', { name: 'Thẩm định báo cáo lần 1' }).waitFor(SLOW);
    await page.getByRole('button', { name: 'Chấp nhận' }).waitFor();
    await logout();
  }, 120_000);

  it('says what an empty list means', async () => {
    await login('hnd.tinh', 'home');
    await page.getByTestId('my-work-empty').waitFor();
    await expect(page.getByTestId('my-work-empty').textContent()).resolves.toContain('Không có việc nào cần làm');
    await shoot(page, 'my-work-empty', violations);
    await logout();
  }, 120_000);

  it('on a 360 px phone: the bottom navigation with its badges, every target at least 44 px', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await login('mttq.tinh', 'home');
    const bottom = page.getByRole('navigation', { name: 'Điều hướng nhanh' });
    await bottom.waitFor();
    // The inbox's badge counts the new-task notices; my work counts what is left to do.
    await expect(bottom.getByTestId('bottom-unread-count').textContent()).resolves.toMatch(/^[1-9]\d*$/);
    await expect(bottom.getByTestId('my-work-count').textContent()).resolves.toBe('1');
    for (const target of [
      ...(await bottom.getByRole('link').all()),
      ...(await page.locator('.work-action').getByRole('button').all()),
    ]) {
      const box = (await target.boundingBox())!;
      expect(Math.round(box.height)).toBeGreaterThanOrEqual(44);
      expect(Math.round(box.width)).toBeGreaterThanOrEqual(44);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'my-work-bottom-nav-360.png') });

    await bottom.getByRole('link', { name: /^Hộp thư/ }).click();
    await page.getByRole('heading', { name: 'Hộp thư', level: 1 }).waitFor();
    await bottom.getByRole('link', { name: 'Văn bản chỉ đạo' }).click();
    await page.getByRole('heading', { name: 'Văn bản chỉ đạo', level: 1 }).waitFor();
    await bottom.getByRole('link', { name: 'Tìm kiếm' }).click();
    const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await expect(search.evaluate((el) => el === (el.ownerDocument as any).activeElement)).resolves.toBe(true);
    await bottom.getByRole('link', { name: /^Việc của tôi/ }).click();
    await page.getByRole('heading', { name: 'Việc của tôi', level: 1 }).waitFor();
    // The one action of the top item is on the phone's first screen, under the thumb.
    const action = topItem().locator('.work-action').getByRole('button').first();
    const box = (await action.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740 - 56);
    await page.setViewportSize({ width: 1280, height: 900 });
    await logout();
  }, 120_000);

  /** Two late tasks of the officer's unit, each with an explanation asked of it; their ids. */
  const lateTasksWithExplanations = async () => {
    const leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-CV/TU`,
        title: 'Công văn đôn đốc báo cáo kết quả đối thoại',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          { title: 'Báo cáo kết quả đối thoại quý IV', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 1 },
          { title: 'Báo cáo kiến nghị chưa được giải quyết', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 1 },
        ],
      },
    });
    expect(created.status).toBe(201);
    const ids = created.body.tasks.map((t: { id: string }) => t.id) as string[];
    // Late already (the page only needs the request to exist): the deadline moved into the past.
    await stage.db!.query(`UPDATE tasks SET deadline = now() - interval '2 hours' WHERE id = ANY($1)`, [ids]);
    for (const id of ids)
      await eventually(
        'an explanation asked',
        async () =>
          (
            await http.request('POST', `/api/v1/tasks/${id}/explanations`, {
              token: leader,
              body: { note: 'Đề nghị giải trình lý do chậm báo cáo', workingDays: 2 },
            })
          ).status,
        (status) => status === 201,
        60_000,
      );
    return ids;
  };
  let late: string[] = [];
  const explainItem = (title: string) =>
    page
      .getByTestId('work-item')
      .filter({ hasText: title })
      .filter({ has: page.getByRole('button', { name: 'Giải trình', exact: true }) });
  const explanationStatus = async (taskId: string) => {
    const token = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const asked = await http.request('GET', `/api/v1/tasks/${taskId}/explanations`, { token });
    return (asked.body as { status: string; answer?: string | null }[]).map((e) => e.status);
  };

  for (const width of [1280, 360])
    it(`answers an explanation inline on my work at ${width} px, the answer kept through a reload`, async () => {
      if (late.length === 0) late = await lateTasksWithExplanations();
      const [taskId, title] =
        width === 1280
          ? [late[0]!, 'Báo cáo kết quả đối thoại quý IV']
          : [late[1]!, 'Báo cáo kiến nghị chưa được giải quyết'];
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      await login('mttq.tinh', 'home');
      const item = explainItem(title);
      await item.waitFor(SLOW);
      await item.getByRole('button', { name: 'Giải trình', exact: true }).click();
      // The button gives way to the form, in the same item.
      const form = page
        .getByTestId('work-item')
        .filter({ hasText: title })
        .filter({ has: page.getByLabel('Nhóm lý do chậm') });
      const reason = form.getByLabel('Nhóm lý do chậm');
      await reason.locator('option').nth(1).waitFor({ state: 'attached' });
      const chosen = await reason.locator('option').nth(1).getAttribute('value');
      await reason.selectOption(chosen!);
      const answer = form.getByLabel('Nội dung giải trình');
      await answer.fill('Chờ số liệu của 12 xã; sẽ gửi báo cáo trước thứ Sáu.');
      if (width === 1280) await shoot(page, 'my-work-explanation', violations);
      // A reload loses nothing: the form opens again on its draft, with a note saying so.
      await page.reload();
      const again = form;
      await again.getByTestId('draft-note').waitFor(SLOW);
      await expect(again.getByLabel('Nội dung giải trình').inputValue()).resolves.toBe(
        'Chờ số liệu của 12 xã; sẽ gửi báo cáo trước thứ Sáu.',
      );
      // The reasons are fetched after the reload; the kept one is chosen once they are there.
      await again.getByLabel('Nhóm lý do chậm').locator('option').nth(1).waitFor({ state: 'attached' });
      await eventually(
        'the kept reason',
        () => again.getByLabel('Nhóm lý do chậm').inputValue(),
        (v) => v === chosen,
      );
      // On the phone the form fits the screen's width and its button is a thumb's size.
      if (width === 360) {
        const send = again.getByRole('button', { name: 'Gửi giải trình' });
        const box = (await send.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(360);
        expect(Math.round(box.height)).toBeGreaterThanOrEqual(44);
      }
      await act(again.getByRole('button', { name: 'Gửi giải trình' }), /\/answer$/);
      await page.getByRole('status').filter({ hasText: 'Đã gửi giải trình' }).waitFor();
      await eventually(
        'the explanation answered',
        () => explanationStatus(taskId),
        (statuses) => statuses[0] === 'answered',
        30_000,
      );
      // Sent: the draft is gone (nothing comes back after a reload).
      const key = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('explanation:')));
      expect(key).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await logout();
    }, 180_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(s.errors).toEqual([]);
  });
});
