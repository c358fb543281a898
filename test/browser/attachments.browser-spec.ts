import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { pdf } from '../support/files';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { pageActions, shoot, SLOW } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/**
 * Attachments in Debian's Chromium (decision 75): the lead unit's officer uploads a PDF on
 * the task page with the file input, sees it listed, downloads it (the same bytes, under its
 * Vietnamese name) and the directive's page lists the directive's own files; photographed at
 * 1280 and 360 px and checked with axe.
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
  }, 240_000);
  afterAll(async () => {
    await closeStage(stage);
    rmSync(dir, { recursive: true, force: true });
  });

  const { login, logout, act } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );

  it('the lead unit’s officer uploads a PDF on the task page and sees it listed', async () => {
    await login('mttq.tinh');
    await page.goto(`/tasks/${taskId}`);
    const files = page.getByTestId('attachments');
    await files.getByText('Chưa có tệp đính kèm.').waitFor(SLOW);
    await files.getByLabel('Chọn tệp').setInputFiles({
      name: 'Báo cáo minh chứng.pdf',
      mimeType: 'application/pdf',
      buffer: bytes,
    });
    await act(files.getByRole('button', { name: 'Tải lên' }), /\/attachments$/, [201]);
    await files.getByRole('button', { name: 'Tải về Báo cáo minh chứng.pdf' }).waitFor(SLOW);
    await shoot(page, 'task-attachments', violations);
  }, 180_000);

  it('downloads it: the same bytes, under its Vietnamese name', async () => {
    const files = page.getByTestId('attachments');
    const [download] = await Promise.all([
      page.waitForEvent('download', SLOW),
      files.getByRole('button', { name: 'Tải về Báo cáo minh chứng.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Báo cáo minh chứng.pdf');
    const saved = join(dir, 'downloaded.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(bytes)).toBe(true);
  }, 120_000);

  it('the directive page lists the directive’s file; the lead unit may not add to it', async () => {
    await page.goto(`/directives/${directiveId}`);
    const files = page.getByTestId('attachments');
    await files.getByRole('button', { name: 'Tải về Kế hoạch 15-KH-TU.pdf' }).waitFor(SLOW);
    await expect(files.getByLabel('Chọn tệp').count()).resolves.toBe(0);
    await shoot(page, 'directive-attachments', violations);
    await logout();
  }, 120_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(violations).toEqual({});
    expect(stage.session?.errors).toEqual([]);
  });
});
