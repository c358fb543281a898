import type { Page } from '../../apps/web/node_modules/playwright-core';
import { pdf } from '../support/files';
import type { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { pageActions, shoot, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/**
 * "Draft → approval → issue" (issue 23, decision 74) in Debian's Chromium against the real
 * API, worker, Temporal and PostgreSQL: a commune Front officer drafts a plan on the
 * Drafts page and submits it; the commune's party secretary finds it in his work and
 * returns it with a comment; the officer reads the comment, edits and resubmits; the
 * secretary approves it in place and the directive is issued with its task. Every page is
 * photographed at 1280 and 360 px and checked with axe.
 */
describe('drafts and their approval, in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let s: Session;
  let page: Page;
  const violations: Record<string, string[]> = {};
  const number = `${1000 + Math.floor(Math.random() * 8000)}-KH/MTTQ`;
  const title = 'Kế hoạch vận động Nhân dân tham gia xây dựng đường giao thông nông thôn';
  const comment = 'Đề nghị ghi rõ số km đường cần làm trong năm';
  let draftUrl = '';

  beforeAll(async () => {
    ({ p, http, session: s, page } = await openStage('webapproval', stage));
  }, 240_000);
  afterAll(() => closeStage(stage));

  const { login, logout, act } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );

  it('lets the officer write a draft on the Drafts page and submit it', async () => {
    await login('mttq.iagrai', 'home');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Dự thảo' }).click();
    await page.getByRole('heading', { name: 'Dự thảo văn bản', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Soạn dự thảo mới' }).click();
    await page.getByRole('heading', { name: 'Soạn dự thảo mới', level: 1 }).waitFor();
    await page.getByLabel('Số ký hiệu').fill(number);
    await page.getByLabel('Trích yếu').fill(title);
    await page.getByLabel('Tên nhiệm vụ').fill('Vận động hội viên góp công làm đường liên thôn');
    await page.getByRole('searchbox', { name: /^Đơn vị chủ trì/ }).fill('hoi nong dan xa ia grai');
    await page
      .getByRole('list', { name: 'Đơn vị chủ trì' })
      .getByRole('button', { name: /^Hội Nông dân xã Ia Grai/ })
      .click();
    await shoot(page, 'draft-new', violations);
    await act(page.getByRole('button', { name: 'Lưu dự thảo' }), /\/api\/v1\/drafts$/, [201]);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor(SLOW);
    draftUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId('draft-status').first().textContent()).resolves.toBe('Đang soạn');
    // The plan's scan on the draft: it goes with the directive the approval issues.
    const files = page.locator('[data-testid="attachments"][data-owner="drafts"]');
    await files.getByText('Chưa có tệp đính kèm.').waitFor(SLOW);
    await files.getByLabel('Chọn tệp').setInputFiles({
      name: 'Kế hoạch làm đường.pdf',
      mimeType: 'application/pdf',
      buffer: pdf('Ke hoach lam duong'),
    });
    await files.getByRole('button', { name: 'Tải về Kế hoạch làm đường.pdf' }).waitFor(SLOW);
    await act(page.getByTestId('draft-submit'), /\/submit$/);
    await page.getByTestId('draft-status').filter({ hasText: 'Chờ phê duyệt' }).waitFor(SLOW);
    await logout();
  }, 180_000);

  it('shows the leader the draft in his work, and he returns it with a comment', async () => {
    await login('bithu.iagrai', 'home');
    const bucket = page.getByTestId('work-approval');
    const item = bucket.getByTestId('work-item').filter({ hasText: title });
    await item.waitFor(SLOW);
    await expect(page.getByRole('heading', { name: /^Dự thảo chờ/ }).textContent()).resolves.toMatch(/\d/);
    await shoot(page, 'approver-queue', violations);
    await item.getByRole('button', { name: 'Trả lại' }).click();
    await item.getByLabel('Ý kiến để người soạn sửa').fill(comment);
    await act(item.getByRole('button', { name: 'Gửi trả lại' }), /\/return$/);
    await page
      .getByRole('status')
      .filter({ hasText: `Đã trả lại kèm ý kiến: ${title}` })
      .waitFor(SLOW);
    await logout();
  }, 180_000);

  it('shows the officer the comment; he edits and resubmits', async () => {
    await login('mttq.iagrai', 'home');
    await page.goto(draftUrl);
    await page.getByTestId('draft-comments').filter({ hasText: comment }).waitFor(SLOW);
    await page.getByTestId('draft-changes').getByText('Chưa sửa gì so với bản đã trả lại.').waitFor();
    await page.getByLabel('Trích yếu').fill(`${title} (15 km)`);
    // An edit is a PATCH from the version shown (If-Match).
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/api\/v1\/drafts\//.test(r.url()), SLOW),
      page.getByRole('button', { name: 'Lưu dự thảo' }).click(),
    ]);
    expect(saved.status()).toBe(200);
    await page.getByRole('heading', { name: `${title} (15 km)`, level: 1 }).waitFor(SLOW);
    // The comments, and the returned title beside the edited one.
    const change = page.getByTestId('draft-change').filter({ hasText: 'Trích yếu' });
    await change.locator('del').filter({ hasText: title }).waitFor(SLOW);
    await change
      .locator('ins')
      .filter({ hasText: `${title} (15 km)` })
      .waitFor();
    await shoot(page, 'draft-returned', violations);
    await act(page.getByTestId('draft-submit'), /\/submit$/);
    await page.getByTestId('draft-status').filter({ hasText: 'Chờ phê duyệt' }).waitFor(SLOW);
    await logout();
  }, 180_000);

  it('lets the leader approve in place: the directive is issued with its task', async () => {
    await login('bithu.iagrai', 'home');
    const item = page
      .getByTestId('work-approval')
      .getByTestId('work-item')
      .filter({ hasText: `${title} (15 km)` });
    await item.waitFor(SLOW);
    await act(item.getByRole('button', { name: 'Phê duyệt và ban hành' }), /\/approve$/);
    await page.getByRole('status').filter({ hasText: 'Đã phê duyệt và ban hành' }).waitFor(SLOW);
    const token = await http.login(p.user('bithu.iagrai'), PASSWORD);
    const list = await http.request('GET', `/api/v1/directives?q=${encodeURIComponent(number)}`, { token });
    expect(list.body.items).toHaveLength(1);
    await page.goto(draftUrl);
    await page.getByRole('link', { name: 'Xem văn bản đã ban hành' }).click();
    await page.getByRole('heading', { name: new RegExp(number.replace('/', '\\/')) }).waitFor(SLOW);
    // The draft's file went with it.
    await page
      .locator('[data-testid="attachments"][data-owner="directives"]')
      .getByRole('button', { name: 'Tải về Kế hoạch làm đường.pdf' })
      .waitFor(SLOW);
    await shoot(page, 'draft-issued-directive', violations);
    await logout();
  }, 180_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(s.errors).toEqual([]);
  });
});
