import type { Page } from '../../apps/web/node_modules/playwright-core';
import { startChannelFakes } from '../fakes';
import { eventually } from '../support/eventually';
import { PASSWORD, type TestProvince } from '../support/province';
import { pageActions, shoot } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/**
 * The settings page's SMS, Zalo and Telegram section (decision 81), in Vietnamese, at
 * desktop and phone widths, against the providers' fakes: a phone confirmed by the code the
 * fake gateway received, a Telegram link and a Zalo code shown, an SMS column chosen for
 * new tasks and an urgent mark saved.
 */
describe('SMS, Zalo and Telegram in the settings, in a real browser', () => {
  const stage: Partial<Stage> = {};
  let fakes: Awaited<ReturnType<typeof startChannelFakes>>;
  let p: TestProvince;
  let page: Page;
  const violations: Record<string, string[]> = {};

  beforeAll(async () => {
    fakes = await startChannelFakes();
    ({ p, page } = await openStage('web-channels', stage, fakes.env));
    fakes.receiptsTo(stage.system!.baseUrl);
  }, 240_000);
  afterAll(async () => {
    await closeStage(stage);
    await fakes?.stop();
  });

  const { login, logout } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );

  it('confirms a phone by the code sent over SMS and shows the Telegram link and the Zalo code', async () => {
    await login('hnd.tinh');
    await page.goto('/preferences');
    await page.getByRole('heading', { name: 'Tin nhắn SMS, Zalo và Telegram' }).waitFor();
    await page.getByLabel('Số điện thoại di động').fill('02693 822 123');
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    await page.getByText('không phải số điện thoại di động Việt Nam').waitFor();
    await page.getByLabel('Số điện thoại di động').fill('0912 345 678');
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    const [sms] = await eventually(
      'the code by SMS',
      async () => fakes.servers.sms.received,
      (l) => l.length === 1,
    );
    await page.getByLabel('Mã xác nhận').fill(/(\d{6})/.exec(sms!.text)![1]!);
    await shoot(page, 'channels-code', violations);
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await page.getByText('+84912345678 — đã xác nhận').waitFor();
    await page.getByRole('button', { name: 'Liên kết Telegram' }).click();
    const link = page.getByRole('link', { name: 'Mở Telegram' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/t\.me\/dondoc_fake_bot\?start=[\w-]{32}$/);
    await page.getByRole('button', { name: 'Liên kết Zalo' }).click();
    await page.getByText(/gửi mã DD-[A-Z2-9]{6} cho Official Account/).waitFor();
    await shoot(page, 'channels-linking', violations);
    expect(violations).toEqual({});
  }, 120_000);

  it('chooses SMS for new tasks and Zalo for the digest, and marks urges urgent', async () => {
    await page.getByLabel('Giao nhiệm vụ: SMS').check();
    await page.getByLabel('Lãnh đạo đôn đốc: Khẩn (gửi ngay cả trong giờ yên tĩnh)').check();
    await page.getByLabel('Bản tin hằng ngày (khi đã chọn nhận bản tin): Zalo').check();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu').waitFor();
    const token = await stage.http!.login(p.user('hnd.tinh'), PASSWORD);
    const saved = await stage.http!.request('GET', '/api/v1/me/preferences', { token });
    expect(saved.body.channels.task_assigned).toEqual(['in_app', 'email', 'sms']);
    expect(saved.body.urgentKinds).toEqual(['urged']);
    expect(saved.body.channels.digest).toEqual(['zalo']);
    await shoot(page, 'channels-preferences', violations);
    expect(violations).toEqual({});
    await logout();
  }, 120_000);

  it('shows on the notice in the inbox that the SMS reached the phone (the gateway’s receipt)', async () => {
    const token = await stage.http!.login(p.user('thuongtruc.tu'), PASSWORD);
    const issued = await stage.http!.request('POST', '/api/v1/directives', {
      token,
      body: {
        documentNumber: '412-TB/TU',
        issueDate: new Date().toISOString().slice(0, 10),
        issuingUnitId: p.unit('TU-GL'),
        title: 'Thông báo kết luận về công tác dân vận năm 2026',
        tasks: [{ title: 'Sơ kết công tác dân vận khéo', leadUnitId: p.unit('HND-GL'), deadlineWorkingDays: 5 }],
      },
    });
    expect(issued.status).toBe(201);
    await login('hnd.tinh');
    await page.goto('/inbox');
    const notice = page.locator('.inbox li', { hasText: 'Sơ kết công tác dân vận khéo' }).first();
    await eventually(
      'the receipt on the notice',
      async () => {
        await page.reload();
        await notice.waitFor();
        return notice
          .locator('.notice-deliveries')
          .innerText()
          .catch(() => '');
      },
      (text) => text.includes('SMS: đã đến máy'),
    );
    expect(await notice.locator('.delivery-delivered').getAttribute('title')).toMatch(
      /^SMS: đã đến máy lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/,
    );
    await shoot(page, 'inbox-receipts', violations);
    expect(violations).toEqual({});
  }, 120_000);
});
