import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { pdf } from '../support/files';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam } from '../support/dates';
import { markTodayAndTomorrowWorking, ownDatabase } from '../support/own-database';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Files on drafts (decision 75, "Drafts and returns as owners"): the Provincial Party
 * Office's officer attaches the signed-to-be plan to a draft; only who reads the draft
 * reads its files; the approver reads them once it is submitted; the approval issues the
 * directive with the same stored file (same SHA-256, one audit row), and a second approval
 * attaches nothing more. A secret draft's file names and bytes are kept from an admin not
 * cleared. Then the issued task's report is returned by the reviewer with a file (a
 * return as owner), read by whoever reads the report.
 */
describe('files on drafts and on reports’ returns (real PostgreSQL and Temporal)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const tokens: Record<string, string> = {};
  const bytes = pdf('Ke hoach Ngay hoi Dai doan ket');
  const name = 'Kế hoạch Ngày hội – bản trình ký.pdf';
  let draftId = '';
  let directiveId = '';
  let file: { id: string; sha256: string; href: string };

  beforeAll(async () => {
    let url: string;
    ({ url, db } = await ownDatabase('draft_attachments'));
    system = await startSystem({ DATABASE_URL: url });
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    for (const user of ['vp.tu', 'thuongtruc.tu', 'mttq.tinh', 'hnd.tinh', 'admin'])
      tokens[user] = await http.login(p.user(user), PASSWORD);
    await markTodayAndTomorrowWorking(http, tokens.admin);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const call = (user: string, method: string, path: string, body?: unknown) =>
    http.request(method, `/api/v1${path}`, { token: tokens[user], body });
  const upload = async (user: string, path: string, content: Buffer, fileName: string) => {
    const form = new FormData();
    form.append('file', new Blob([content]), fileName);
    const response = await fetch(`${system.baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[user]}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const download = async (user: string, href: string) => {
    const response = await fetch(`${system.baseUrl}${href}`, { headers: { authorization: `Bearer ${tokens[user]}` } });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const draftBody = (confidentiality = 'normal') => ({
    documentNumber: `${Math.floor(Math.random() * 9000) + 1000}-KH/TU`,
    title: 'Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc',
    issueDate: todayInVietnam(),
    issuingUnitId: p.unit('TU-GL'),
    confidentiality,
    tasks: [{ title: 'Chủ trì tổ chức Ngày hội', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 10 }],
  });

  it('lets the drafting officer attach a PDF to the draft, audited with its SHA-256', async () => {
    const created = await call('vp.tu', 'POST', '/drafts', draftBody());
    expect(created.status).toBe(201);
    draftId = created.body.id;
    const response = await upload('vp.tu', `/drafts/${draftId}/attachments`, bytes, name);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ ownerKind: 'draft', ownerId: draftId, name, sha256: sha256(bytes) });
    file = response.body;
    const audit = await db.query(
      `SELECT after FROM audit_events WHERE action = 'attachment.uploaded' AND entity_id = $1`,
      [file.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ ownerKind: 'draft', ownerId: draftId, sha256: sha256(bytes) });
    const listed = await call('vp.tu', 'GET', `/drafts/${draftId}/attachments`);
    expect(listed.body.map((f: { id: string }) => f.id)).toEqual([file.id]);
    expect((await download('vp.tu', file.href)).bytes.equals(bytes)).toBe(true);
  });

  it('keeps them from another unit (404) and from the leader before it is submitted to them', async () => {
    for (const user of ['mttq.tinh', 'thuongtruc.tu']) {
      expect((await call(user, 'GET', `/drafts/${draftId}/attachments`)).status).toBe(404);
      expect((await download(user, file.href)).status).toBe(404);
      expect((await upload(user, `/drafts/${draftId}/attachments`, bytes, 'x.pdf')).status).toBe(404);
    }
    expect((await call('mttq.tinh', 'DELETE', `/attachments/${file.id}`)).status).toBe(404);
  });

  it('lets the approver read them once submitted; nobody adds to a submitted draft (409)', async () => {
    expect((await call('vp.tu', 'POST', `/drafts/${draftId}/submit`, {})).status).toBe(200);
    const listed = await call('thuongtruc.tu', 'GET', `/drafts/${draftId}/attachments`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((f: { name: string }) => f.name)).toEqual([name]);
    const got = await download('thuongtruc.tu', file.href);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(bytes)).toBe(true);
    expect((await upload('vp.tu', `/drafts/${draftId}/attachments`, bytes, 'late.pdf')).status).toBe(409);
    expect(
      (await call('thuongtruc.tu', 'POST', `/drafts/${draftId}/uploads`, { name: 'x.pdf', size: 10 })).status,
    ).toBe(403);
    expect((await call('vp.tu', 'DELETE', `/attachments/${file.id}`)).status).toBe(409);
  });

  it('issues the directive with the file on approval: the same stored bytes, one audit row', async () => {
    const approved = await call('thuongtruc.tu', 'POST', `/drafts/${draftId}/approve`);
    expect(approved.status).toBe(200);
    directiveId = approved.body.directiveId;
    const listed = await call('mttq.tinh', 'GET', `/directives/${directiveId}/attachments`);
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({ ownerKind: 'directive', name, sha256: sha256(bytes), size: bytes.length });
    const got = await download('mttq.tinh', listed.body[0].href);
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(file.sha256);
    const audit = await db.query(`SELECT actor, after FROM audit_events WHERE action = 'attachment.carried'`);
    expect(audit).toHaveLength(1);
    expect(audit[0].actor).toBe(p.user('thuongtruc.tu'));
    expect(audit[0].after).toMatchObject({ draftId, fromAttachmentId: file.id, directiveId, sha256: file.sha256 });
    // The draft keeps its own row, still read by its unit.
    expect((await call('vp.tu', 'GET', `/drafts/${draftId}/attachments`)).body).toHaveLength(1);
  });

  it('approves again: the file is attached once', async () => {
    expect((await call('thuongtruc.tu', 'POST', `/drafts/${draftId}/approve`)).status).toBe(200);
    const rows = await db.query(`SELECT id FROM attachments WHERE owner_kind = 'directive' AND owner_id = $1`, [
      directiveId,
    ]);
    expect(rows).toHaveLength(1);
    expect(await db.query(`SELECT 1 FROM audit_events WHERE action = 'attachment.carried'`)).toHaveLength(1);
  });

  it('keeps a secret draft’s file name and bytes from an admin not cleared', async () => {
    const created = await call('vp.tu', 'POST', '/drafts', draftBody('secret'));
    expect(created.status).toBe(201);
    const secretName = 'Danh sách cán bộ cần bảo vệ.pdf';
    const secret = await upload('vp.tu', `/drafts/${created.body.id}/attachments`, bytes, secretName);
    expect(secret.status).toBe(201);
    const byAdmin = await http.request('GET', `/api/v1/drafts/${created.body.id}/attachments`, {
      token: tokens.admin,
      headers: { 'Accept-Language': 'vi' },
    });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body[0].name).toBe('Nội dung mật');
    expect(JSON.stringify(byAdmin.body)).not.toContain(secretName);
    expect((await download('admin', secret.body.href)).status).toBe(403);
    // The drafting unit reads it.
    expect((await call('vp.tu', 'GET', `/drafts/${created.body.id}/attachments`)).body[0].name).toBe(secretName);
  });

  it('lets the reviewer send a file with a report’s return, only once it is returned; read as the report', async () => {
    const [task] = await db.query('SELECT id FROM tasks WHERE directive_id = $1', [directiveId]);
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await call('mttq.tinh', 'POST', `/tasks/${task.id}/acknowledge`)).status;
      if (status === 404) await sleep(100);
    }
    expect(status).toBe(200);
    const report = await call('mttq.tinh', 'POST', `/tasks/${task.id}/reports`, { text: 'Đã tổ chức ở 12 khu dân cư' });
    expect(report.status).toBe(201);
    const reportId: string = report.body.reportId;
    const path = `/reports/${reportId}/review/attachments`;
    const marked = pdf('Gop y bao cao');
    // Not returned yet: nothing to attach to (409); the reported unit may never add to the return (403).
    expect((await upload('thuongtruc.tu', path, marked, 'Góp ý.pdf')).status).toBe(409);
    const returned = await call('thuongtruc.tu', 'POST', `/reports/${reportId}/review`, {
      outcome: 'returned',
      comment: 'Đề nghị bổ sung số liệu theo mẫu gửi kèm',
    });
    expect(returned.status).toBe(200);
    expect((await upload('mttq.tinh', path, marked, 'x.pdf')).status).toBe(403);
    const added = await upload('thuongtruc.tu', path, marked, 'Góp ý.pdf');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ ownerKind: 'review', ownerId: reportId, sha256: sha256(marked) });
    const listed = await call('mttq.tinh', 'GET', path);
    expect(listed.status).toBe(200);
    expect(listed.body.map((f: { name: string }) => f.name)).toEqual(['Góp ý.pdf']);
    expect((await download('mttq.tinh', added.body.href)).bytes.equals(marked)).toBe(true);
    // The report's own files are not the return's.
    expect((await call('mttq.tinh', 'GET', `/reports/${reportId}/attachments`)).body).toEqual([]);
    // A unit that does not see the report: 404.
    expect((await call('hnd.tinh', 'GET', path)).status).toBe(404);
    // Removal by the reviewer is audited like the others.
    expect((await call('thuongtruc.tu', 'DELETE', `/attachments/${added.body.id}`)).status).toBe(204);
    expect(
      await db.query(`SELECT 1 FROM audit_events WHERE action = 'attachment.removed' AND entity_id = $1`, [
        added.body.id,
      ]),
    ).toHaveLength(1);
  });
});
