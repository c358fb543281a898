import type { DataSource } from 'typeorm';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam } from '../support/dates';
import { markTodayAndTomorrowWorking, ownDatabase } from '../support/own-database';
import { TemporalClientService } from '@dondoc/temporal-client';
import { ApprovalActivitiesImpl } from '../../apps/worker/src/activities/approval.activities';
import { ReconcilerActivitiesImpl } from '../../apps/worker/src/cohorts/reconciler.activities';

/**
 * Issue 23, "draft → approval → issue" (decision 74), end to end on the dev server with
 * real PostgreSQL and Temporal: the Provincial Party Office's officer drafts a plan for
 * the standing board, edits it (a stale edit is 409), submits it to the board's head, who
 * returns it with comments; the officer edits and resubmits; the head approves (the
 * directive is issued, its tasks go out) and approves again (issued once). Another draft
 * is rejected. Only the drafting unit and the approver see a draft; officers no longer
 * issue directly; bad input names its field; the steps are in the directive's history.
 */
describe('draft, approval and issue (dev server, real PostgreSQL and Temporal)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;

  beforeAll(async () => {
    let url: string;
    ({ url, db } = await ownDatabase('approval'));
    system = await startSystem({ DATABASE_URL: url });
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    await markTodayAndTomorrowWorking(http, await http.login(p.user('admin'), PASSWORD));
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const call = async (user: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    http.request(method, `/api/v1${path}`, { token: await http.login(p.user(user), PASSWORD), body, headers });
  const number = () => `${Math.floor(Math.random() * 9000) + 1000}-KH/TU`;
  const body = (documentNumber: string, title = 'Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026') => ({
    documentNumber,
    title,
    issueDate: todayInVietnam(),
    issuingUnitId: p.unit('TU-GL'),
    tasks: [
      { title: 'Chủ trì tổ chức Ngày hội ở khu dân cư', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 10 },
      { title: 'Vận động hội viên tham gia', leadUnitId: p.unit('HND-GL'), deadlineWorkingDays: 10 },
    ],
  });
  const audit = (draftId: string) =>
    db.query(`SELECT action, actor FROM audit_events WHERE entity_type = 'draft' AND entity_id = $1 ORDER BY seq`, [
      draftId,
    ]) as Promise<{ action: string; actor: string }[]>;

  let documentNumber = '';
  let draftId = '';
  let directiveId = '';

  it('refuses an officer who issues directly (403), naming the draft path', async () => {
    const response = await call('vp.tu', 'POST', '/directives', body(number()));
    expect(response.status).toBe(403);
    expect(response.body.details[0].field).toBe('role');
    expect(response.body.details[0].message).toContain('/api/v1/drafts');
  });

  it('lets an officer draft a directive: nothing goes out, the draft is version 1', async () => {
    documentNumber = number();
    const response = await call('vp.tu', 'POST', '/drafts', body(documentNumber));
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.body).toMatchObject({ status: 'draft', version: 1, documentNumber, directiveId: null });
    draftId = response.body.id;
    expect(await db.query('SELECT 1 FROM directives WHERE document_number = $1', [documentNumber])).toEqual([]);
    expect((await audit(draftId)).map((a) => a.action)).toEqual(['draft.created']);
  });

  it('lets the officer edit it with the version read (If-Match)', async () => {
    const edited = body(documentNumber, 'Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026 (sửa)');
    const response = await call('vp.tu', 'PATCH', `/drafts/${draftId}`, edited, { 'If-Match': '"1"' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ version: 2, title: edited.title });
    expect(response.headers.get('etag')).toBe('"2"');
  });

  it('refuses a stale edit (409) and changes nothing', async () => {
    const response = await call('vp.tu', 'PATCH', `/drafts/${draftId}`, { ...body(documentNumber), version: 1 });
    expect(response.status).toBe(409);
    expect(response.body.details[0].field).toBe('version');
    expect((await call('vp.tu', 'GET', `/drafts/${draftId}`)).body.version).toBe(2);
  });

  it('shows the draft only to its unit before it is submitted (another unit and the leader: 404)', async () => {
    expect((await call('vp.tu', 'GET', `/drafts/${draftId}`)).status).toBe(200);
    for (const user of ['mttq.tinh', 'truongban.bdv', 'thuongtruc.tu', 'bdv.tinh'])
      expect((await call(user, 'GET', `/drafts/${draftId}`)).status).toBe(404);
    const mine = await call('vp.tu', 'GET', '/drafts');
    expect(mine.body.items.map((d: { id: string }) => d.id)).toContain(draftId);
    const theirs = await call('mttq.tinh', 'GET', '/drafts');
    expect(theirs.body.items.map((d: { id: string }) => d.id)).not.toContain(draftId);
  });

  it('submits it to the head of the issuing unit, who now sees it waiting', async () => {
    const response = await call('vp.tu', 'POST', `/drafts/${draftId}/submit`, {});
    expect(response.status).toBe(200);
    const [head] = await db.query('SELECT id FROM users WHERE username = $1', [p.user('thuongtruc.tu')]);
    expect(response.body).toMatchObject({ status: 'submitted', submission: 1, approverId: head.id });
    const queue = await call('thuongtruc.tu', 'GET', '/drafts?awaitingMe=true');
    expect(queue.body.items.map((d: { id: string }) => d.id)).toEqual([draftId]);
    expect((await call('thuongtruc.tu', 'GET', `/drafts/${draftId}`)).status).toBe(200);
    // The approval bucket of the leader's my work; the officer has none.
    const work = await call('thuongtruc.tu', 'GET', '/me/work');
    expect(work.body.approvals.count).toBe(1);
    expect(work.body.approvals.items[0]).toMatchObject({ id: draftId, status: 'submitted', documentNumber });
    expect((await call('vp.tu', 'GET', '/me/work')).body.approvals).toEqual({ count: 0, items: [] });
    // Submitted: no more edits.
    const edit = await call('vp.tu', 'PATCH', `/drafts/${draftId}`, { ...body(documentNumber), version: 3 });
    expect(edit.status).toBe(409);
  });

  it('refuses approval by anyone but the approver (the drafter: 403)', async () => {
    expect((await call('vp.tu', 'POST', `/drafts/${draftId}/approve`)).status).toBe(403);
  });

  it('returns it with comments: back to draft, the comments kept and shown', async () => {
    const comments = 'Bổ sung Hội Nông dân làm đơn vị phối hợp; thống nhất hạn báo cáo';
    const response = await call('thuongtruc.tu', 'POST', `/drafts/${draftId}/return`, { comments });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('draft');
    const shown = await call('vp.tu', 'GET', `/drafts/${draftId}`);
    expect(shown.body.comments).toEqual([
      expect.objectContaining({ submission: 1, by: p.user('thuongtruc.tu'), comments }),
    ]);
    expect(shown.body.comments[0]).not.toHaveProperty('body');
    // The body as returned, for the side-by-side of what the officer changes since.
    expect(shown.body.returnedBody).toMatchObject({
      documentNumber,
      title: 'Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026 (sửa)',
    });
  });

  it('lets the officer edit and resubmit (submission 2)', async () => {
    const version = (await call('vp.tu', 'GET', `/drafts/${draftId}`)).body.version;
    const edit = await call('vp.tu', 'PATCH', `/drafts/${draftId}`, { ...body(documentNumber), version });
    expect(edit.status).toBe(200);
    // The edit is the body now; the returned one is kept beside it.
    expect(edit.body.body.title).toBe(body(documentNumber).title);
    expect(edit.body.returnedBody.title).toMatch(/\(sửa\)$/);
    const response = await call('vp.tu', 'POST', `/drafts/${draftId}/submit`, {});
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'submitted', submission: 2 });
  });

  it('reminds the approver through the notice path: the inbox in their language and an e-mail, once', async () => {
    // The workflow's activity, as its timer would call it a working day after the submission.
    const activities = system.worker!.get(ApprovalActivitiesImpl);
    await db.query('UPDATE users SET email = $2 WHERE username = $1', [
      p.user('thuongtruc.tu'),
      'thuongtruc@gialai.example',
    ]);
    const draft = (await call('vp.tu', 'GET', `/drafts/${draftId}`)).body;
    const input = {
      noticeId: `approval:${draftId}:2:reminder:1`,
      kind: 'approval_reminder' as const,
      draftId,
      submission: 2,
      approverUserId: draft.approverId,
      approverUnitId: p.unit('TU-GL'),
      workingDays: 1,
    };
    expect(await activities.notifyApproval(input)).toEqual({ delivered: 1 });
    expect(await activities.notifyApproval(input)).toEqual({ delivered: 0 });
    const inbox = await call('thuongtruc.tu', 'GET', '/notifications');
    const notice = inbox.body.items.find((n: { kind: string }) => n.kind === 'approval_reminder');
    expect(notice).toMatchObject({ taskId: null, title: `Dự thảo chờ phê duyệt: ${draft.title}` });
    expect(notice.body).toContain(documentNumber);
    const mails = await db.query(`SELECT task_id, address FROM deliveries WHERE notice_id = $1`, [input.noticeId]);
    expect(mails).toEqual([{ task_id: null, address: 'thuongtruc@gialai.example' }]);
    // The unit above the approver's has none: the escalation has nobody to tell here.
    expect(await activities.notifyApproval({ ...input, kind: 'approval_escalation', noticeId: 'x' })).toEqual({
      delivered: 0,
      skipped: 'nobody to tell',
    });
    // A stale submission's reminder is not sent.
    expect(await activities.notifyApproval({ ...input, submission: 1, noticeId: 'y' })).toEqual({
      delivered: 0,
      skipped: 'decided',
    });
  });

  it('approves: the directive is issued with its number, its tasks go out', async () => {
    const response = await call('thuongtruc.tu', 'POST', `/drafts/${draftId}/approve`);
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('approved');
    directiveId = response.body.directiveId;
    const directive = await call('thuongtruc.tu', 'GET', `/directives/${directiveId}`);
    expect(directive.status).toBe(200);
    expect(directive.body.documentNumber).toBe(documentNumber);
    expect(directive.body.tasks).toHaveLength(2);
    // The lead unit sees its new task.
    const task = await call('mttq.tinh', 'GET', `/tasks?directiveId=${directiveId}`);
    expect(task.body.items).toHaveLength(1);
  });

  it('approves again: 200 with the same directive, issued once', async () => {
    const again = await call('thuongtruc.tu', 'POST', `/drafts/${draftId}/approve`);
    expect(again.status).toBe(200);
    expect(again.body.directiveId).toBe(directiveId);
    expect(await db.query('SELECT id FROM directives WHERE document_number = $1', [documentNumber])).toHaveLength(1);
    expect(await db.query('SELECT id FROM tasks WHERE directive_id = $1', [directiveId])).toHaveLength(2);
    expect((await audit(draftId)).map((a) => a.action)).toEqual([
      'draft.created',
      'draft.edited',
      'draft.submitted',
      'draft.returned',
      'draft.edited',
      'draft.submitted',
      'draft.approved',
    ]);
  });

  it('shows the draft’s steps in the directive’s history, to its leader and to an admin', async () => {
    for (const user of ['thuongtruc.tu', 'admin']) {
      const history = await call(user, 'GET', `/directives/${directiveId}/history?limit=200`);
      expect(history.status).toBe(200);
      const actions = history.body.items.map((e: { action: string }) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['draft.submitted', 'draft.returned', 'draft.approved']));
      expect(history.body.items.find((e: { action: string }) => e.action === 'draft.approved').label.en).toBe(
        'Draft approved',
      );
    }
  });

  it('refuses an officer who amends directly (403), naming the amendment draft path', async () => {
    const response = await call('vp.tu', 'POST', `/directives/${directiveId}/amendments`, {
      kind: 'add_task',
      task: { title: 'Tuyên truyền trên loa truyền thanh', leadUnitId: p.unit('CA-GL'), deadlineWorkingDays: 5 },
    });
    expect(response.status).toBe(403);
    expect(response.body.details[0].message).toContain('/api/v1/drafts/amendments');
  });

  let amendmentId = '';
  it('takes an officer’s amendment as a draft the leader approves: the task is added once', async () => {
    const created = await call('vp.tu', 'POST', '/drafts/amendments', {
      directiveId,
      amendment: {
        kind: 'add_task',
        task: { title: 'Tuyên truyền trên loa truyền thanh', leadUnitId: p.unit('CA-GL'), deadlineWorkingDays: 5 },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'amendment', documentNumber, directiveId, body: null });
    amendmentId = created.body.id;
    // Nothing changes until it is approved.
    expect(await db.query('SELECT id FROM tasks WHERE directive_id = $1', [directiveId])).toHaveLength(2);
    expect((await call('vp.tu', 'POST', `/drafts/${amendmentId}/submit`, {})).status).toBe(200);
    const approved = await call('thuongtruc.tu', 'POST', `/drafts/${amendmentId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', directiveId });
    const again = await call('thuongtruc.tu', 'POST', `/drafts/${amendmentId}/approve`);
    expect(again.status).toBe(200);
    expect(await db.query('SELECT id FROM tasks WHERE directive_id = $1', [directiveId])).toHaveLength(3);
    const added = await db.query(
      `SELECT a.entity_id FROM audit_events a JOIN tasks t ON t.id = a.entity_id
        WHERE t.directive_id = $1 AND a.action = 'task.added'`,
      [directiveId],
    );
    expect(added).toHaveLength(1);
  });

  it('shows the amendment draft’s steps in the directive’s history', async () => {
    const history = await call('thuongtruc.tu', 'GET', `/directives/${directiveId}/history?limit=200`);
    const approvals = history.body.items.filter((e: { action: string }) => e.action === 'draft.approved');
    expect(approvals).toHaveLength(2);
  });

  it('rejects another draft with a reason; it can no longer be approved (409)', async () => {
    const created = await call('vp.tu', 'POST', '/drafts', body(number()));
    const id = created.body.id;
    expect((await call('vp.tu', 'POST', `/drafts/${id}/submit`, {})).status).toBe(200);
    const rejected = await call('thuongtruc.tu', 'POST', `/drafts/${id}/reject`, {
      reason: 'Nội dung đã có trong kế hoạch năm',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectReason: 'Nội dung đã có trong kế hoạch năm' });
    expect((await call('thuongtruc.tu', 'POST', `/drafts/${id}/approve`)).status).toBe(409);
    expect((await audit(id)).map((a) => a.action)).toEqual(['draft.created', 'draft.submitted', 'draft.rejected']);
  });

  it('refuses bad input with a 4xx naming the field', async () => {
    const cases: [string, string, string, unknown, Record<string, string> | undefined, number, string][] = [
      ['POST', '/drafts', 'vp.tu', { ...body('not-a-number'), documentNumber: 'x' }, undefined, 400, 'documentNumber'],
      ['POST', '/drafts', 'vp.tu', { ...body(number()), issueDate: '2026-02-30' }, undefined, 400, 'issueDate'],
      [
        'POST',
        '/drafts',
        'vp.tu',
        { ...body(number()), issuingUnitId: p.unit('MTTQ-GL') },
        undefined,
        400,
        'issuingUnitId',
      ],
      // A policy its issue would refuse is refused in the draft already (the fuzzer found one kept).
      [
        'POST',
        '/drafts',
        'vp.tu',
        { ...body(number()), tasks: [{ ...body('').tasks[0]!, revisionPeriod: { duration: '' } }] },
        undefined,
        400,
        'tasks.0.revisionPeriod.duration',
      ],
      ['PATCH', `/drafts/${draftId}`, 'vp.tu', body(number()), undefined, 400, 'version'],
      ['POST', `/drafts/${draftId}/return`, 'thuongtruc.tu', { comments: '   ' }, undefined, 400, 'comments'],
      ['POST', `/drafts/${draftId}/reject`, 'thuongtruc.tu', {}, undefined, 400, 'reason'],
      ['POST', `/drafts/${draftId}/submit`, 'vp.tu', { approverId: 'x' }, undefined, 400, 'approverId'],
    ];
    for (const [method, path, user, payload, headers, status, field] of cases) {
      const response = await call(user, method, path, payload, headers);
      expect([path, response.status]).toEqual([path, status]);
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
  });

  it('refuses a submission to a leader who is not an approver of the issuing unit (422 naming approverId)', async () => {
    const created = await call('vp.tu', 'POST', '/drafts', body(number()));
    const [other] = await db.query('SELECT id FROM users WHERE username = $1', [p.user('truongban.bdv')]);
    const response = await call('vp.tu', 'POST', `/drafts/${created.body.id}/submit`, { approverId: other.id });
    expect(response.status).toBe(422);
    expect(response.body.details[0].field).toBe('approverId');
  });

  it('follows a submission whose approval workflow a crash never started: the reconciler starts it, once', async () => {
    // The submit's commit without its start (the API died between them): the row says submitted, Temporal knows nothing.
    const created = await call(
      'vp.tu',
      'POST',
      '/drafts',
      body(number(), 'Kế hoạch kiểm tra công tác dân vận năm 2027'),
    );
    expect(created.status).toBe(201);
    const [head] = await db.query('SELECT id, unit_id FROM users WHERE username = $1', [p.user('thuongtruc.tu')]);
    await db.query(
      `UPDATE directive_drafts SET status = 'submitted', submission = submission + 1, approver_user_id = $2,
         approver_unit_id = $3, submitted_at = now() - interval '5 minutes' WHERE id = $1`,
      [created.body.id, head.id, head.unit_id],
    );
    const workflowId = `approval:${created.body.id}:1`;
    await expect(
      system.api.get(TemporalClientService).client.workflow.getHandle(workflowId).describe(),
    ).rejects.toThrow();
    const reconciler = system.worker!.get(ReconcilerActivitiesImpl);
    const first = await reconciler.reconcile({ graceMs: 60_000 });
    expect(first.approvalsRestarted).toBe(1);
    const run = await system.api.get(TemporalClientService).client.workflow.getHandle(workflowId).describe();
    expect(run.status.name).toBe('RUNNING');
    // The next pass finds it followed; the finding is in the draft's audit.
    expect((await reconciler.reconcile({ graceMs: 60_000 })).approvalsRestarted).toBe(0);
    expect((await audit(created.body.id)).map((a) => a.action)).toContain('draft.follow_up_started');
  });
});
