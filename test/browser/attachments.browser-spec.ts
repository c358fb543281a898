import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { pdf } from '../support/files';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { eventually } from '../support/eventually';
import { pageActions, SCREENSHOTS, shoot, SLOW } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/** CRC-32 (ISO-HDLC), as PNG chunks carry it. */
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A real PNG (RGB, 8 bits): a photo-like gradient of `width` × `height`, made here. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      rows.set([Math.round((255 * x) / width), 120, Math.round((255 * y) / height)], y * (1 + width * 3) + 1 + x * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Attachments in Debian's Chromium (decision 75): the lead unit's officer uploads a PDF on
 * the task page with the file picker (each file sent at once, with its progress), drops a
 * CSV on it, sees them listed with kind and size, downloads one (the same bytes, under its
 * Vietnamese name) and removes one after confirming; on a phone (360 px) it attaches a PDF
 * and a photo to its report in one choice, sees the photo's thumbnail and the PDF's
 * preview; the directive's page lists the directive's own files. Photographed at 1280 and
 * 360 px and checked with axe.
 */
describe('attachments on the task and directive pages in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let page: Page;
  const violations: Record<string, string[]> = {};
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-web-attachments-'));
  const bytes = pdf('Bao cao minh chung');
  let taskId = '';
  let directiveId = '';
  const taskFiles = () => page.locator('[data-testid="attachments"][data-owner="tasks"]');
  /** Waits for `count` answers of the API to uploads while `start` runs. */
  const uploads = async (count: number, start: () => Promise<void>) => {
    const answers: number[] = [];
    const seen = new Promise<void>((done) => {
      const listen = (r: import('../../apps/web/node_modules/playwright-core').Response) => {
        if (r.request().method() !== 'POST' || !/\/attachments$/.test(new URL(r.url()).pathname)) return;
        answers.push(r.status());
        if (answers.length === count) {
          page.off('response', listen);
          done();
        }
      };
      page.on('response', listen);
    });
    await start();
    await seen;
    expect(answers).toEqual(Array(count).fill(201));
  };

  beforeAll(async () => {
    ({ p, http, page } = await openStage('webattachments', stage, { ATTACHMENTS_DIR: dir }));
    const created = await http.request('POST', '/api/v1/directives', {
      token: await http.login(p.user('thuongtruc.tu'), PASSWORD),
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-KH/TU`,
        title: 'Kế hoạch hỗ trợ hộ nghèo đón Tết',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [{ title: 'Vận động hỗ trợ hộ nghèo đón Tết', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 10 }],
      },
    });
    expect(created.status).toBe(201);
    directiveId = created.body.id;
    taskId = created.body.tasks[0].id;
    const form = new FormData();
    form.append('file', new Blob([pdf('Ke hoach')]), 'Kế hoạch 15-KH-TU.pdf');
    const upload = await fetch(`${stage.system!.baseUrl}/api/v1/directives/${directiveId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await http.login(p.user('thuongtruc.tu'), PASSWORD)}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    // The lead unit acknowledges (once the task's workflow has it) and reports.
    const officer = await http.login(p.user('mttq.tinh'), PASSWORD);
    await eventually(
      'acknowledged',
      async () => (await http.request('POST', `/api/v1/tasks/${taskId}/acknowledge`, { token: officer })).status,
      (status) => status < 300,
      60_000,
    );
    const report = await http.request('POST', `/api/v1/tasks/${taskId}/reports`, {
      token: officer,
      body: { text: 'Đã vận động được 120 suất quà cho hộ nghèo' },
    });
    expect(report.status).toBe(201);
  }, 240_000);
  afterAll(async () => {
    await closeStage(stage);
    rmSync(dir, { recursive: true, force: true });
  });

  const { login, logout } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );

  it('the lead unit’s officer uploads a PDF on the task page and sees it listed', async () => {
    await login('mttq.tinh');
    await page.goto(`/tasks/${taskId}`);
    const files = taskFiles();
    await files.getByText('Chưa có tệp đính kèm.').waitFor(SLOW);
    // Chosen is sent: no second button to press.
    await uploads(1, () =>
      files.getByLabel('Chọn tệp').setInputFiles({
        name: 'Báo cáo minh chứng.pdf',
        mimeType: 'application/pdf',
        buffer: bytes,
      }),
    );
    await files.getByRole('button', { name: 'Tải về Báo cáo minh chứng.pdf' }).waitFor(SLOW);
    await files.getByText(/^Tài liệu PDF · /).waitFor();
  }, 180_000);

  it('takes a file dropped on the page', async () => {
    const files = taskFiles();
    await uploads(1, () =>
      // A drop as the browser delivers it (the DOM's own DataTransfer; the page's types do not reach here).
      page.evaluate(`(() => {
        const data = new DataTransfer();
        data.items.add(new File(['Đơn vị;Số hộ\\nMTTQ;120\\n'], 'Số liệu hộ nghèo.csv', { type: 'text/csv' }));
        document
          .querySelector('[data-owner="tasks"] [data-testid="dropzone"]')
          .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      })()`),
    );
    await files.getByRole('button', { name: 'Tải về Số liệu hộ nghèo.csv' }).waitFor(SLOW);
    await files.getByText(/^Bảng số liệu CSV · /).waitFor();
    await shoot(page, 'task-attachments', violations);
  }, 180_000);

  it('downloads it: the same bytes, under its Vietnamese name', async () => {
    const files = taskFiles();
    const [download] = await Promise.all([
      page.waitForEvent('download', SLOW),
      files.getByRole('button', { name: 'Tải về Báo cáo minh chứng.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Báo cáo minh chứng.pdf');
    const saved = join(dir, 'downloaded.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(bytes)).toBe(true);
  }, 120_000);

  it('removes a file only once asked again', async () => {
    const files = taskFiles();
    await files.getByRole('button', { name: 'Gỡ tệp Số liệu hộ nghèo.csv' }).click();
    const confirm = files.getByRole('group', { name: 'Gỡ tệp Số liệu hộ nghèo.csv' });
    await confirm.getByText(/bản lưu vẫn được giữ/).waitFor();
    await confirm.getByRole('button', { name: 'Giữ lại' }).click();
    await expect(confirm.count()).resolves.toBe(0);
    await files.getByRole('button', { name: 'Gỡ tệp Số liệu hộ nghèo.csv' }).click();
    const [removed] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'DELETE' && /\/attachments\//.test(r.url()), SLOW),
      confirm.getByRole('button', { name: 'Gỡ tệp', exact: true }).click(),
    ]);
    expect(removed.status()).toBe(204);
    await files.getByRole('button', { name: 'Tải về Số liệu hộ nghèo.csv' }).waitFor({ state: 'detached', ...SLOW });
    await expect(files.getByTestId('attachment').count()).resolves.toBe(1);
  }, 120_000);

  it('on a phone, attaches a PDF and a photo to the report in one choice: thumbnail and preview', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const files = page.getByTestId('report-1').getByTestId('attachments');
    await files.getByText('Chưa có tệp đính kèm.').waitFor(SLOW);
    // The camera is offered beside the picker (the phone opens its rear camera), both a thumb's size.
    await expect(files.getByLabel('Chụp ảnh').getAttribute('capture')).resolves.toBe('environment');
    for (const name of ['Chọn tệp', 'Chụp ảnh']) {
      const box = (await files.locator('label.picker').filter({ hasText: name }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(Math.round(box.height)).toBeGreaterThanOrEqual(44);
    }
    await uploads(2, () =>
      files.getByLabel('Chọn tệp').setInputFiles([
        { name: 'Biên bản trao quà.pdf', mimeType: 'application/pdf', buffer: pdf('Bien ban trao qua') },
        { name: 'Ảnh trao quà.png', mimeType: 'image/png', buffer: png(320, 200) },
      ]),
    );
    await files.getByRole('button', { name: 'Tải về Biên bản trao quà.pdf' }).waitFor(SLOW);
    await files.getByText(/^Ảnh PNG · /).waitFor(SLOW);
    // Sent one after another: listed in the order chosen.
    const names = await files
      .getByTestId('attachment')
      .getByRole('button', { name: /^Tải về / })
      .allTextContents();
    expect(names).toEqual(['Biên bản trao quà.pdf', 'Ảnh trao quà.png']);
    const thumbnail = files.getByRole('img', { name: 'Mở ảnh Ảnh trao quà.png' });
    await thumbnail.waitFor(SLOW);
    await eventually(
      'the thumbnail drawn',
      () => thumbnail.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
      (width) => width === 320,
    );
    // As the phone shows it: the report with its two files in one screen (the README's picture).
    await page
      .getByTestId('report-1')
      .evaluate((h) => (h as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'report-attachments-phone.png') });
    await files.getByRole('button', { name: 'Xem trước' }).click();
    await files.locator('iframe[title="Xem trước Biên bản trao quà.pdf"]').waitFor(SLOW);
    await shoot(page, 'report-attachments', violations);
  }, 180_000);

  it('the directive page lists the directive’s file; the lead unit may not add to it', async () => {
    await page.goto(`/directives/${directiveId}`);
    const files = page.getByTestId('attachments');
    await files.getByRole('button', { name: 'Tải về Kế hoạch 15-KH-TU.pdf' }).waitFor(SLOW);
    await expect(files.getByLabel('Chọn tệp').count()).resolves.toBe(0);
    await shoot(page, 'directive-attachments', violations);
    await logout();
  }, 120_000);

  it('the reviewer returns the report and sends a marked-up file with the return', async () => {
    const leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const task = await http.request('GET', `/api/v1/tasks/${taskId}`, { token: leader });
    const reportId: string = task.body.reports[0].id;
    const returned = await http.request('POST', `/api/v1/reports/${reportId}/review`, {
      token: leader,
      body: { outcome: 'returned', comment: 'Đề nghị bổ sung danh sách hộ nhận quà theo mẫu gửi kèm' },
    });
    expect(returned.status).toBe(200);
    await login('thuongtruc.tu');
    await page.goto(`/tasks/${taskId}`);
    const files = page.getByTestId('report-1').locator('[data-testid="attachments"][data-owner="reviews"]');
    await files.getByRole('heading', { name: 'Tệp gửi kèm khi trả lại' }).waitFor(SLOW);
    await uploads(1, () =>
      files.getByLabel('Chọn tệp').setInputFiles({
        name: 'Mẫu danh sách hộ nhận quà.pdf',
        mimeType: 'application/pdf',
        buffer: pdf('Mau danh sach'),
      }),
    );
    await files.getByRole('button', { name: 'Tải về Mẫu danh sách hộ nhận quà.pdf' }).waitFor(SLOW);
    await shoot(page, 'report-return-attachments', violations);
    await logout();
  }, 120_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(stage.session?.errors).toEqual([]);
  });
});
