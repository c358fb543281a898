import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request, Route } from '../../apps/web/node_modules/playwright-core';
import type { Http } from '../support/http';
import { PASSWORD, type TestProvince } from '../support/province';
import { todayInVietnam } from '../support/dates';
import { pageActions, SLOW, type Session } from './browser';
import { closeStage, openStage, type Stage } from './stage';

/** The embedded store's chunk (apps/api/src/attachments/embedded-store.ts), which the API announces. */
const CHUNK = 8 * 1024 * 1024;

/** A UTF-8 CSV of exactly `size` bytes, its rows numbered from `seed` (files of the same size differ). */
function csv(size: number, seed: string): Buffer {
  const rows: string[] = ['Đơn vị;Số hộ;Ghi chú\n'];
  let length = Buffer.byteLength(rows[0]);
  for (let i = 0; length < size; i++) {
    const row = `${seed} hộ số ${i};${i % 97};Xã Ia Kha, huyện Ia Grai\n`;
    rows.push(row);
    length += Buffer.byteLength(row);
  }
  const bytes = Buffer.from(rows.join(''), 'utf8').subarray(0, size);
  bytes[size - 1] = 0x0a; // ends a whole line, never half a Vietnamese letter
  return bytes;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Large files from the dashboard go as resumable uploads (decision 82) in Debian's Chromium:
 * a break in the middle of a chunk is retried from where the server says and the file
 * arrives whole (its SHA-256 the file's); a reload in the middle, then the same file chosen
 * again, sends only the rest; a cancel abandons the session on the server.
 */
describe('resumable uploads from the dashboard in a real browser', () => {
  const stage: Partial<Stage> = {};
  let p: TestProvince;
  let http: Http;
  let s: Session;
  let page: Page;
  let token = '';
  let directiveId = '';
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-web-resumable-'));
  const files = () => page.locator('[data-testid="attachments"][data-owner="directives"]');
  /** Every chunk the page sent (PUT /uploads/{id}): its Content-Range start, in order. */
  let starts: number[] = [];
  /** Decides each request to /uploads/{id} (all pass when it returns 'continue'). */
  let decide: (request: Request, route: Route) => Promise<'continue' | 'handled'> = async () => 'continue';

  /** Requests held back (never sent to the API); released (aborted) once the page has moved on. */
  const holding: Route[] = [];
  const release = async () => {
    for (const route of holding.splice(0)) await route.abort().catch(() => undefined);
  };
  /** A file on disk (its date stays the same when chosen twice), with its bytes. */
  const file = (name: string, size: number) => {
    const bytes = csv(size, name);
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return { name, path, bytes };
  };
  const kept = async (name: string) => {
    const list = await http.request('GET', `/api/v1/directives/${directiveId}/attachments`, { token });
    expect(list.status).toBe(200);
    return (list.body as { name: string; sha256: string; size: number }[]).find((a) => a.name === name);
  };
  const keptSessions = () =>
    page.evaluate("Object.keys(localStorage).filter((k) => k.startsWith('dondoc.upload:'))") as Promise<string[]>;

  beforeAll(async () => {
    ({ p, http, session: s, page } = await openStage('webresumable', stage, { ATTACHMENTS_DIR: join(dir, 'store') }));
    token = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const created = await http.request('POST', '/api/v1/directives', {
      token,
      body: {
        documentNumber: `${1000 + Math.floor(Math.random() * 8000)}-KH/TU`,
        title: 'Kế hoạch rà soát hộ nghèo cuối năm',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [{ title: 'Rà soát danh sách hộ nghèo', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 10 }],
      },
    });
    expect(created.status).toBe(201);
    directiveId = created.body.id;
    await page.route(/\/api\/v1\/uploads\/[^/]+$/, async (route, request) => {
      if (request.method() === 'PUT') starts.push(Number(/bytes (\d+)-/.exec(request.headers()['content-range'])![1]));
      if ((await decide(request, route)) === 'continue') await route.continue();
    });
  }, 240_000);
  afterAll(async () => {
    await release();
    await closeStage(stage);
    rmSync(dir, { recursive: true, force: true });
  });

  const { login } = pageActions(
    () => page,
    (name) => p.user(name),
    PASSWORD,
  );

  it('a break in the second chunk: told, resumed from where the server got, the file whole', async () => {
    await login('thuongtruc.tu');
    await page.goto(`/directives/${directiveId}`);
    await files().getByText('Chưa có tệp đính kèm.').waitFor(SLOW);
    const big = file('Danh sách hộ nghèo toàn tỉnh.csv', 2 * CHUNK + 3 * 1024 * 1024 + 123);
    let broken = false;
    let told!: () => void;
    const seenTold = new Promise<void>((done) => (told = done));
    const resumedFrom: number[] = [];
    decide = async (request, route) => {
      if (request.method() === 'PUT' && starts.at(-1) === CHUNK && !broken) {
        broken = true;
        await route.abort('connectionreset');
        return 'handled';
      }
      if (request.method() === 'GET') {
        // The question "how far did it get" waits until the page has said it is resuming.
        await seenTold;
        const answer = await route.fetch();
        resumedFrom.push(((await answer.json()) as { received: number }).received);
        await route.fulfill({ response: answer });
        return 'handled';
      }
      return 'continue';
    };
    starts = [];
    await files().getByLabel('Chọn tệp').setInputFiles(big.path);
    await files().getByText('Mất kết nối, đang gửi tiếp…').waitFor(SLOW);
    told();
    await files()
      .getByRole('button', { name: `Tải về ${big.name}` })
      .waitFor({ timeout: 120_000 });
    // The first chunk once, the second twice (broken, then again), the last once.
    expect(starts).toEqual([0, CHUNK, CHUNK, 2 * CHUNK]);
    expect(resumedFrom).toEqual([CHUNK]);
    const attachment = await kept(big.name);
    expect(attachment).toMatchObject({ size: big.bytes.length, sha256: sha256(big.bytes) });
    await expect(files().getByTestId('attachment-uploads').count()).resolves.toBe(0);
    await expect(keptSessions()).resolves.toEqual([]);
  }, 240_000);

  it('a reload in the middle: the same file chosen again sends only the rest', async () => {
    const big = file('Biên bản rà soát các xã.csv', 2 * CHUNK + 1024 * 1024 + 7);
    let held!: () => void;
    const seenHeld = new Promise<void>((done) => (held = done));
    decide = async (request, route) => {
      if (request.method() !== 'PUT' || starts.at(-1) !== CHUNK) return 'continue';
      // The second chunk never leaves the browser: the page is reloaded meanwhile.
      holding.push(route);
      held();
      return 'handled';
    };
    starts = [];
    await files().getByLabel('Chọn tệp').setInputFiles(big.path);
    await seenHeld;
    await expect(keptSessions()).resolves.toHaveLength(1);
    decide = async () => 'continue';
    await page.reload();
    await release();
    await files().getByLabel('Chọn tệp').waitFor(SLOW);
    const announced: string[] = [];
    const onRequest = (r: Request) => {
      if (r.method() === 'POST' && /\/uploads$/.test(new URL(r.url()).pathname)) announced.push(r.url());
    };
    page.on('request', onRequest);
    starts = [];
    await files().getByLabel('Chọn tệp').setInputFiles(big.path);
    await files()
      .getByRole('button', { name: `Tải về ${big.name}` })
      .waitFor({ timeout: 120_000 });
    page.off('request', onRequest);
    expect(announced).toEqual([]);
    expect(starts).toEqual([CHUNK, 2 * CHUNK]);
    await expect(kept(big.name)).resolves.toMatchObject({ size: big.bytes.length, sha256: sha256(big.bytes) });
    await expect(keptSessions()).resolves.toEqual([]);
  }, 240_000);

  it('a cancel abandons the upload on the server', async () => {
    const big = file('Bảng tổng hợp chưa dùng.csv', CHUNK + 1024 * 1024);
    let held!: () => void;
    const seenHeld = new Promise<void>((done) => (held = done));
    decide = async (request, route) => {
      if (request.method() !== 'PUT' || starts.at(-1) !== CHUNK) return 'continue';
      // The second chunk stays on its way until the person cancels.
      holding.push(route);
      held();
      return 'handled';
    };
    starts = [];
    await files().getByLabel('Chọn tệp').setInputFiles(big.path);
    await seenHeld;
    const [abandoned] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'DELETE' && /\/uploads\//.test(r.url()), SLOW),
      files()
        .getByRole('button', { name: `Hủy gửi ${big.name}` })
        .click(),
    ]);
    expect(abandoned.status()).toBe(204);
    await release();
    const id = new URL(abandoned.url()).pathname.split('/').at(-1)!;
    await expect(http.request('GET', `/api/v1/uploads/${id}`, { token }).then((r) => r.status)).resolves.toBe(404);
    await files()
      .getByTestId('attachment-uploads')
      .waitFor({ state: 'detached', ...SLOW });
    await expect(keptSessions()).resolves.toEqual([]);
    await expect(kept(big.name)).resolves.toBeUndefined();
  }, 120_000);

  it('no console errors but the broken and cancelled chunks', () => {
    expect(s.errors.filter((e) => !/Failed to load resource: net::ERR_(CONNECTION_RESET|FAILED)/.test(e))).toEqual([]);
  });
});
