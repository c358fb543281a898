import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { DataSource } from 'typeorm';
import { startStore, STORE_KINDS, type StoreUnderTest } from '../support/attachment-stores';
import { connectTestDatabase } from '../support/database';
import { ALLOWED_SAMPLES, pdf, SAMPLES } from '../support/files';
import { eventually } from '../support/eventually';
import { Http } from '../support/http';
import { checkerFor } from '../support/openapi-check';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam } from '../support/dates';

const MAX_BYTES = 256 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Files on directives, tasks and reports (decision 75): uploaded as multipart and streamed
 * to the store under their SHA-256, sniffed, limited, read by exactly who reads their owner
 * (the secret rule included), every upload, removal and secret download audited. The same
 * story on both stores: the embedded one and a real S3-compatible server (SeaweedFS).
 */
describe.each(STORE_KINDS)('attachments (%s store, real PostgreSQL and Temporal)', (kind) => {
  let store: StoreUnderTest;
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const tokens: Record<string, string> = {};
  const ids = { directive: '', task: '', secret: '', secretTask: '', report: '' };
  let first: { id: string; sha256: string; href: string };
  let secretFile: { id: string; name: string };
  const bytes = pdf('Bao cao quy II');

  /** POST one file as multipart/form-data, the answer checked against the OpenAPI document. */
  const upload = async (who: string, path: string, content: Buffer, name: string, field = 'file') => {
    const form = new FormData();
    form.append(field, new Blob([content]), name);
    const url = `${system.baseUrl}/api/v1${path}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[who]}` },
      body: form,
    });
    const body: any = await response.json();
    const problem = (await checkerFor(system.baseUrl)).check(
      'POST',
      url,
      response.status,
      response.headers.get('content-type'),
      body,
    );
    if (problem) throw new Error(`OpenAPI mismatch: ${problem}`);
    return { status: response.status, body };
  };
  const download = async (who: string, href: string) => {
    const response = await fetch(`${system.baseUrl}${href}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const call = (who: string, method: string, path: string, body?: unknown) =>
    http.request(method, `/api/v1${path}`, { token: tokens[who], body });
  const auditRows = (action: string, entityId: string) =>
    db.query('SELECT actor, before, after FROM audit_events WHERE action = $1 AND entity_id = $2', [action, entityId]);
  const storedFiles = () => store.stored();

  beforeAll(async () => {
    store = await startStore(kind);
    system = await startSystem({ ...store.env, ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
    db = await connectTestDatabase();
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    const admin = await http.login(p.user('admin'), PASSWORD);
    for (const [name, clearance] of [
      ['kiemtra.tinh', false],
      ['kiemtra.mat', true],
    ] as const) {
      const created = await http.request('POST', '/api/v1/users', {
        token: admin,
        body: {
          username: p.user(name),
          password: PASSWORD,
          fullName: `Kiểm tra viên ${name}`,
          role: 'auditor',
          unitId: p.unit('TU-GL'),
          secretClearance: clearance,
        },
      });
      expect(created.status).toBe(201);
    }
    for (const name of ['thuongtruc.tu', 'mttq.tinh', 'hnd.tinh', 'bdt.tinh', 'kiemtra.tinh', 'kiemtra.mat']) {
      tokens[name] = await http.login(p.user(name), PASSWORD);
    }
    const issue = async (confidentiality: string, n: number) => {
      const created = await call('thuongtruc.tu', 'POST', '/directives', {
        documentNumber: `${Math.floor(Math.random() * 9000) + 1000 + n}-CT/TU`,
        title: confidentiality === 'secret' ? 'Chỉ thị mật về bảo vệ nội bộ' : 'Chỉ thị về dân vận',
        summary: 'Nội dung chỉ đạo',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        confidentiality,
        tasks: [{ title: 'Rà soát địa bàn', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 10 }],
      });
      expect(created.status).toBe(201);
      return { id: created.body.id as string, taskId: created.body.tasks[0].id as string };
    };
    const open = await issue('normal', 0);
    const secret = await issue('secret', 1);
    Object.assign(ids, { directive: open.id, task: open.taskId, secret: secret.id, secretTask: secret.taskId });
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
    await store?.stop();
  });

  it('the lead unit’s officer uploads a PDF to the task: 201 with the sniffed type and SHA-256, audited', async () => {
    const { status, body } = await upload('mttq.tinh', `/tasks/${ids.task}/attachments`, bytes, 'bao-cao.pdf');
    expect(status).toBe(201);
    expect(body).toMatchObject({
      ownerKind: 'task',
      ownerId: ids.task,
      name: 'bao-cao.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
      uploadedBy: p.user('mttq.tinh'),
    });
    first = body;
    const [row] = await auditRows('attachment.uploaded', first.id);
    expect(row.actor).toBe(p.user('mttq.tinh'));
    expect(row.after).toMatchObject({ sha256: sha256(bytes), name: 'bao-cao.pdf', ownerKind: 'task' });
  });

  it('lists the task’s files for whoever reads the task, and for nobody else', async () => {
    for (const who of ['mttq.tinh', 'thuongtruc.tu', 'kiemtra.tinh']) {
      const listed = await call(who, 'GET', `/tasks/${ids.task}/attachments`);
      expect(listed.status).toBe(200);
      expect(listed.body.map((a: { id: string }) => a.id)).toEqual([first.id]);
    }
    expect((await call('bdt.tinh', 'GET', `/tasks/${ids.task}/attachments`)).status).toBe(404);
  });

  it('downloads the same bytes with Content-Type, Content-Length, Content-Disposition and nosniff', async () => {
    const got = await download('thuongtruc.tu', first.href);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(bytes)).toBe(true);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-length')).toBe(String(bytes.length));
    expect(got.headers.get('content-disposition')).toBe('attachment; filename="bao-cao.pdf"');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await download('bdt.tinh', first.href)).status).toBe(404);
  });

  it('keeps a Unicode name (NFC, no path) and gives it back in filename* with an ASCII fallback', async () => {
    const { status, body } = await upload(
      'thuongtruc.tu',
      `/directives/${ids.directive}/attachments`,
      SAMPLES.docx,
      'C:\\Văn bản\\Ke\u0302\u0301 hoạch Đảng ủy.docx',
    );
    expect(status).toBe(201);
    expect(body.name).toBe('Kế hoạch Đảng ủy.docx');
    expect(body.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const got = await download('mttq.tinh', body.href);
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Ke hoach Dang uy.docx"; filename*=UTF-8''${encodeURIComponent('Kế hoạch Đảng ủy.docx')}`,
    );
    expect(got.bytes.equals(SAMPLES.docx)).toBe(true);
  });

  it.each(ALLOWED_SAMPLES)(
    'takes %s through the API, typed by its bytes, and gives the same bytes back',
    async (_what, bytes, name, type) => {
      const { status, body } = await upload('thuongtruc.tu', `/directives/${ids.directive}/attachments`, bytes, name);
      expect([status, body.mediaType]).toEqual([201, type]);
      const got = await download('mttq.tinh', body.href);
      expect(got.headers.get('content-type')).toBe(type);
      expect(got.bytes.equals(bytes)).toBe(true);
    },
  );

  it('refuses a file over the limit with 413 naming the field, leaving nothing behind', async () => {
    const before = (await storedFiles()).length;
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_BYTES, 0x20)]);
    const { status, body } = await upload('mttq.tinh', `/tasks/${ids.task}/attachments`, big, 'lon.pdf');
    expect(status).toBe(413);
    expect(body.details[0].field).toBe('file');
    expect(await storedFiles()).toHaveLength(before);
    expect(await store.staging()).toBe(0);
  });

  it('a client breaking off mid-upload leaves nothing: no partial file, no stored file, no row', async () => {
    const before = (await storedFiles()).length;
    const listed = (await call('mttq.tinh', 'GET', `/tasks/${ids.task}/attachments`)).body.length;
    const url = new URL(`${system.baseUrl}/api/v1/tasks/${ids.task}/attachments`);
    const boundary = 'cut-short';
    const upload = httpRequest({
      method: 'POST',
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      headers: {
        authorization: `Bearer ${tokens['mttq.tinh']}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(MAX_BYTES),
      },
    });
    upload.on('error', () => undefined);
    upload.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\n`);
    upload.write(Buffer.alloc(64 * 1024, 0x20));
    await eventually(
      'the upload being staged',
      () => store.staging(),
      (n) => n === 1,
      30_000,
    );
    upload.destroy();
    await eventually(
      'the partial file removed',
      () => store.staging(),
      (n) => n === 0,
      30_000,
    );
    expect(await storedFiles()).toHaveLength(before);
    expect((await call('mttq.tinh', 'GET', `/tasks/${ids.task}/attachments`)).body).toHaveLength(listed);
  });

  it('refuses a disguised executable (415) and a ZIP bomb (422), naming the file', async () => {
    const exe = await upload('mttq.tinh', `/tasks/${ids.task}/attachments`, SAMPLES.exe, 'bao-cao.pdf');
    expect(exe.status).toBe(415);
    expect(exe.body.details[0]).toMatchObject({ field: 'file' });
    expect(exe.body.message).toContain('bao-cao.pdf');
    const bomb = await upload('mttq.tinh', `/tasks/${ids.task}/attachments`, SAMPLES.zipBomb, 'minh-chung.zip');
    expect(bomb.status).toBe(422);
    expect(bomb.body.message).toContain('minh-chung.zip');
    expect(await store.staging()).toBe(0);
  });

  it('refuses a body that is not multipart (415), one without the field `file` (400) and a malformed part header (400)', async () => {
    const json = await call('mttq.tinh', 'POST', `/tasks/${ids.task}/attachments`, { file: 'x' });
    expect(json.status).toBe(415);
    const other = await upload('mttq.tinh', `/tasks/${ids.task}/attachments`, bytes, 'a.pdf', 'document');
    expect(other.status).toBe(400);
    expect(other.body.details[0].field).toBe('file'); // A part header busboy cannot read (a field name that is not UTF-8, as the fuzzer sent): 400, not 500.
    const boundary = 'dondoc-malformed';
    const malformed = await fetch(`${system.baseUrl}/api/v1/tasks/${ids.task}/attachments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens['mttq.tinh']}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="`),
        Buffer.from([0xf2, 0x8a, 0x96, 0x8b, 0xde, 0x0f, 0x34]),
        Buffer.from(`"\r\n\r\n{}\r\n--${boundary}--\r\n`),
      ]),
    });
    const answer = (await malformed.json()) as { details: { field: string }[] };
    expect([malformed.status, answer.details[0]!.field]).toEqual([400, 'file']);
  });

  it('stores identical content once: a second upload of the same bytes is a new row, not a new file', async () => {
    const before = (await storedFiles()).length;
    const again = await upload('mttq.tinh', `/tasks/${ids.task}/attachments`, bytes, 'ban-sao.pdf');
    expect(again.status).toBe(201);
    expect(again.body.sha256).toBe(first.sha256);
    expect(again.body.id).not.toBe(first.id);
    expect(await storedFiles()).toHaveLength(before);
    expect((await storedFiles()).filter((name) => name === first.sha256)).toHaveLength(1);
  });

  it('refuses the 21st file on one object with 422 naming the field', async () => {
    const listed = await call('mttq.tinh', 'GET', `/tasks/${ids.task}/attachments`);
    for (let i = listed.body.length; i < 20; i++) {
      const added = await upload('mttq.tinh', `/tasks/${ids.task}/attachments`, SAMPLES.csv, `so-lieu-${i}.csv`);
      expect(added.status).toBe(201);
    }
    const extra = await upload('mttq.tinh', `/tasks/${ids.task}/attachments`, SAMPLES.csv, 'so-lieu-21.csv');
    expect(extra.status).toBe(422);
    expect(extra.body.details[0].field).toBe('file');
  });

  it('lets only the owning side add files: an auditor, an unrelated unit and a sibling are refused', async () => {
    expect((await upload('kiemtra.tinh', `/directives/${ids.directive}/attachments`, bytes, 'x.pdf')).status).toBe(403);
    expect((await upload('hnd.tinh', `/directives/${ids.directive}/attachments`, bytes, 'x.pdf')).status).toBe(404);
    expect((await upload('mttq.tinh', `/directives/${ids.directive}/attachments`, bytes, 'x.pdf')).status).toBe(403);
  });

  it('a secret directive’s file: its name hidden from an uncleared reader, who may not download it', async () => {
    const name = 'Danh sách đối tượng trọng điểm.pdf';
    const { status, body } = await upload('thuongtruc.tu', `/directives/${ids.secret}/attachments`, pdf('mat'), name);
    expect(status).toBe(201);
    secretFile = { id: body.id, name };
    const hidden = await call('kiemtra.tinh', 'GET', `/directives/${ids.secret}/attachments`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.map((a: { id: string; name: string }) => [a.id, a.name])).toEqual([[body.id, 'Nội dung mật']]);
    expect(JSON.stringify(hidden.body)).not.toContain('trọng điểm');
    expect((await download('kiemtra.tinh', body.href)).status).toBe(403);
    expect(await auditRows('attachment.secret_downloaded', body.id)).toEqual([]);
  });

  it('a cleared reader downloads it, and each download is an audit row with the SHA-256', async () => {
    const listed = await call('kiemtra.mat', 'GET', `/directives/${ids.secret}/attachments`);
    expect(listed.body[0].name).toBe(secretFile.name);
    for (const who of ['kiemtra.mat', 'mttq.tinh']) {
      const got = await download(who, `/api/v1/attachments/${secretFile.id}/content`);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(pdf('mat'))).toBe(true);
    }
    const rows = await auditRows('attachment.secret_downloaded', secretFile.id);
    expect(rows.map((r: { actor: string }) => r.actor).sort()).toEqual(
      [p.user('kiemtra.mat'), p.user('mttq.tinh')].sort(),
    );
    expect(rows.every((r: { after: { sha256: string } }) => r.after.sha256 === sha256(pdf('mat')))).toBe(true);
  });

  it('removing a file is audited with its SHA-256; it leaves the list but its bytes stay', async () => {
    expect((await call('bdt.tinh', 'DELETE', `/attachments/${first.id}`)).status).toBe(404);
    expect((await call('mttq.tinh', 'DELETE', `/attachments/${first.id}`)).status).toBe(204);
    expect((await call('mttq.tinh', 'DELETE', `/attachments/${first.id}`)).status).toBe(404);
    const [row] = await auditRows('attachment.removed', first.id);
    expect(row).toMatchObject({ actor: p.user('mttq.tinh'), before: { sha256: first.sha256 } });
    const listed = await call('mttq.tinh', 'GET', `/tasks/${ids.task}/attachments`);
    expect(listed.body.map((a: { id: string }) => a.id)).not.toContain(first.id);
    expect((await download('mttq.tinh', first.href)).status).toBe(404);
    expect(await storedFiles()).toContain(first.sha256);
  });

  it('the auditor verifies a removed file against its recorded hash: match; others may not ask', async () => {
    const verified = await call('kiemtra.tinh', 'GET', `/attachments/${first.id}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({
      id: first.id,
      result: 'match',
      recorded: first.sha256,
      actual: first.sha256,
      removed: true,
    });
    expect((await call('mttq.tinh', 'GET', `/attachments/${first.id}/verify`)).status).toBe(403);
  });

  it('a report takes files from the reporting unit', async () => {
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await call('mttq.tinh', 'POST', `/tasks/${ids.task}/acknowledge`)).status;
      if (status === 404) await sleep(100);
    }
    expect(status).toBe(200);
    const report = await call('mttq.tinh', 'POST', `/tasks/${ids.task}/reports`, { text: 'Báo cáo kết quả' });
    expect(report.status).toBe(201);
    ids.report = report.body.reportId;
    const added = await upload('mttq.tinh', `/reports/${ids.report}/attachments`, SAMPLES.xlsx, 'so-lieu.xlsx');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ ownerKind: 'report', ownerId: ids.report });
    const listed = await call('thuongtruc.tu', 'GET', `/reports/${ids.report}/attachments`);
    expect(listed.body.map((a: { id: string }) => a.id)).toEqual([added.body.id]);
    expect((await upload('thuongtruc.tu', `/reports/${ids.report}/attachments`, bytes, 'x.pdf')).status).toBe(403);
  });

  it('bytes changed behind the system’s back: the auditor’s verification says mismatch, with both hashes', async () => {
    const forged = pdf('Bao cao da sua');
    await store.tamper(first.sha256, forged);
    const verified = await call('kiemtra.tinh', 'GET', `/attachments/${first.id}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ result: 'mismatch', recorded: first.sha256, actual: sha256(forged) });
  });
});
