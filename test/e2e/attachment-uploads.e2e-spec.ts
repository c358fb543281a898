import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { DataSource } from 'typeorm';
import { AttachmentsService } from '../../apps/api/src/attachments/attachments.service';
import { startStore, STORE_KINDS, type StoreUnderTest } from '../support/attachment-stores';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { eventually } from '../support/eventually';
import { SAMPLES } from '../support/files';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

const MAX_BYTES = 32 * 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A PDF of 2½ chunks whose bytes differ everywhere (a chunk out of place changes the hash). */
const bigPdf = (size: number) => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i + 4 <= size; i += 4) bytes.writeUInt32LE(i, i);
  Buffer.from('%PDF-1.7\n').copy(bytes);
  return bytes;
};

/**
 * Resumable uploads (decision 75, "Resumable uploads") on both stores: a large file announced,
 * sent in chunks with Content-Range, broken off, resumed from where the server says, a chunk
 * sent twice, completed, and kept as a one-request upload is (hash, type, audit); refused files
 * and abandoned uploads leave nothing.
 */
describe.each(STORE_KINDS)('resumable uploads (%s store, real PostgreSQL and Temporal)', (kind) => {
  let store: StoreUnderTest;
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const tokens: Record<string, string> = {};
  let taskId = '';
  let session: { id: string; href: string; chunkBytes: number; received: number; size: number };
  let file: Buffer;

  const call = (who: string, method: string, path: string, body?: unknown) =>
    http.request(method, `/api/v1${path}`, { token: tokens[who], body });
  const put = async (who: string, href: string, bytes: Buffer, start: number, end: number, total: number) => {
    const response = await fetch(`${system.baseUrl}${href}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${tokens[who]}`,
        'content-type': 'application/octet-stream',
        'content-range': `bytes ${start}-${end}/${total}`,
      },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const chunk = (i: number) => {
    const start = i * session.chunkBytes;
    const end = Math.min(start + session.chunkBytes, file.length) - 1;
    return { bytes: file.subarray(start, end + 1), start, end };
  };
  const send = (i: number, who = 'mttq.tinh') => {
    const c = chunk(i);
    return put(who, session.href, c.bytes, c.start, c.end, file.length);
  };

  beforeAll(async () => {
    store = await startStore(kind);
    system = await startSystem({
      ...store.env,
      ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
      ATTACHMENTS_S3_PART_BYTES: String(5 * 1024 * 1024),
    });
    db = await connectTestDatabase();
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    for (const name of ['thuongtruc.tu', 'mttq.tinh', 'hnd.tinh'])
      tokens[name] = await http.login(p.user(name), PASSWORD);
    const created = await call('thuongtruc.tu', 'POST', '/directives', {
      documentNumber: `${Math.floor(Math.random() * 9000) + 1000}-CT/TU`,
      title: 'Chỉ thị về số hoá hồ sơ',
      summary: 'Nội dung chỉ đạo',
      issueDate: todayInVietnam(),
      issuingUnitId: p.unit('TU-GL'),
      confidentiality: 'normal',
      tasks: [{ title: 'Quét hồ sơ', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 10 }],
    });
    expect(created.status).toBe(201);
    taskId = created.body.tasks[0].id;
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
    await store?.stop();
  });

  it('the lead unit’s officer announces a large file: 201 with the chunk size and nothing received', async () => {
    const begun = await call('mttq.tinh', 'POST', `/tasks/${taskId}/uploads`, {
      name: 'Hồ sơ quét.pdf',
      size: 1, // replaced below once the chunk size is known
    });
    expect(begun.status).toBe(201);
    const chunkBytes = begun.body.chunkBytes as number;
    expect(chunkBytes).toBe(kind === 's3' ? 5 * 1024 * 1024 : 8 * 1024 * 1024);
    expect((await call('mttq.tinh', 'DELETE', `/uploads/${begun.body.id}`)).status).toBe(204);
    file = bigPdf(Math.floor(chunkBytes * 2.5));
    const announced = await call('mttq.tinh', 'POST', `/tasks/${taskId}/uploads`, {
      name: 'Hồ sơ quét.pdf',
      size: file.length,
    });
    expect(announced.status).toBe(201);
    expect(announced.body).toMatchObject({
      ownerKind: 'task',
      ownerId: taskId,
      name: 'Hồ sơ quét.pdf',
      size: file.length,
      received: 0,
      chunkBytes,
    });
    session = announced.body;
  });

  it('refuses a file announced over the limit (413 naming size) and a bad announcement (400)', async () => {
    const big = await call('mttq.tinh', 'POST', `/tasks/${taskId}/uploads`, { name: 'x.pdf', size: MAX_BYTES + 1 });
    expect(big.status).toBe(413);
    expect(big.body.details[0].field).toBe('size');
    const bad = await call('mttq.tinh', 'POST', `/tasks/${taskId}/uploads`, { name: 'x.pdf', size: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('size');
    expect((await call('hnd.tinh', 'POST', `/tasks/${taskId}/uploads`, { name: 'x.pdf', size: 10 })).status).toBe(404);
  });

  it('takes the first chunk; refuses one beyond what arrived (409) and a range off the chunk grid (400)', async () => {
    const first = await send(0);
    expect(first.status).toBe(200);
    expect(first.body.received).toBe(session.chunkBytes);
    const ahead = await send(2);
    expect(ahead.status).toBe(409);
    expect(ahead.body.details[0].field).toBe('Content-Range');
    const c = chunk(1);
    const skewed = await put('mttq.tinh', session.href, c.bytes.subarray(1), c.start + 1, c.end, file.length);
    expect(skewed.status).toBe(400);
    expect(skewed.body.details[0].field).toBe('Content-Range');
  });

  it('the connection breaks in the middle of the second chunk: the server still says one chunk arrived', async () => {
    const c = chunk(1);
    const url = new URL(`${system.baseUrl}${session.href}`);
    const cut = httpRequest({
      method: 'PUT',
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      headers: {
        authorization: `Bearer ${tokens['mttq.tinh']}`,
        'content-type': 'application/octet-stream',
        'content-range': `bytes ${c.start}-${c.end}/${file.length}`,
        'content-length': String(c.bytes.length),
      },
    });
    cut.on('error', () => undefined);
    cut.write(c.bytes.subarray(0, c.bytes.length / 2));
    await new Promise((resolve) => setTimeout(resolve, 200));
    cut.destroy();
    await eventually(
      'the broken chunk given up',
      async () => (await call('mttq.tinh', 'GET', session.href.replace('/api/v1', ''))).body.received,
      (received) => received === session.chunkBytes,
      30_000,
    );
  });

  it('the first chunk sent again (its answer was lost) changes nothing; completing now is 409', async () => {
    const again = await send(0);
    expect(again.status).toBe(200);
    expect(again.body.received).toBe(session.chunkBytes);
    const early = await call('mttq.tinh', 'POST', `/uploads/${session.id}/complete`);
    expect(early.status).toBe(409);
  });

  it('the upload is its sender’s: another officer does not find it', async () => {
    expect((await call('hnd.tinh', 'GET', `/uploads/${session.id}`)).status).toBe(404);
    expect((await send(1, 'hnd.tinh')).status).toBe(404);
  });

  it('resumes from where the server says and completes: one attachment, the same bytes, audited', async () => {
    const status = await call('mttq.tinh', 'GET', `/uploads/${session.id}`);
    expect(status.status).toBe(200);
    for (let i = status.body.received / session.chunkBytes; i * session.chunkBytes < file.length; i++) {
      expect((await send(i)).status).toBe(200);
    }
    const done = await call('mttq.tinh', 'POST', `/uploads/${session.id}/complete`);
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({
      name: 'Hồ sơ quét.pdf',
      mediaType: 'application/pdf',
      size: file.length,
      sha256: sha256(file),
    });
    const response = await fetch(`${system.baseUrl}${done.body.href}`, {
      headers: { authorization: `Bearer ${tokens['thuongtruc.tu']}` },
    });
    expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(sha256(file));
    const audit = await db.query(
      "SELECT after FROM audit_events WHERE action = 'attachment.uploaded' AND entity_id = $1",
      [done.body.id],
    );
    expect(audit[0].after.sha256).toBe(sha256(file));
    expect((await call('mttq.tinh', 'GET', `/uploads/${session.id}`)).status).toBe(404);
    expect((await call('mttq.tinh', 'POST', `/uploads/${session.id}/complete`)).status).toBe(404);
    expect(await store.chunkAreas()).toBe(0);
    expect(await store.staging()).toBe(0);
  });

  it('a disguised executable sent in chunks is refused on completion, leaving nothing', async () => {
    const before = (await store.stored()).length;
    const exe = SAMPLES.exe;
    const begun = await call('mttq.tinh', 'POST', `/tasks/${taskId}/uploads`, {
      name: 'bao-cao.pdf',
      size: exe.length,
    });
    expect((await put('mttq.tinh', begun.body.href, exe, 0, exe.length - 1, exe.length)).status).toBe(200);
    const refused = await call('mttq.tinh', 'POST', `/uploads/${begun.body.id}/complete`);
    expect(refused.status).toBe(415);
    expect(refused.body.message).toContain('bao-cao.pdf');
    expect((await store.stored()).length).toBe(before);
    expect(await store.chunkAreas()).toBe(0);
    expect(await store.staging()).toBe(0);
  });

  it('an abandoned upload is removed with its chunks once it expires', async () => {
    const begun = await call('mttq.tinh', 'POST', `/tasks/${taskId}/uploads`, { name: 'bo-do.pdf', size: file.length });
    session = begun.body;
    expect((await send(0)).status).toBe(200);
    expect(await store.chunkAreas()).toBeGreaterThan(0);
    const service = system.api.get(AttachmentsService);
    expect(await service.sweepExpired()).toBe(0);
    // Its time passed (ATTACHMENT_UPLOAD_TTL_HOURS), set in the row: a sweep at a later instant
    // would also take the uploads of other e2e files, which share this database.
    await db.query(`UPDATE attachment_uploads SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      session.id,
    ]);
    expect(await service.sweepExpired()).toBe(1);
    expect((await call('mttq.tinh', 'GET', `/uploads/${session.id}`)).status).toBe(404);
    expect(await store.chunkAreas()).toBe(0);
  });
});
