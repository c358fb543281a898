import type { DataSource } from 'typeorm';
import { NotificationEntity, TaskEntity, UserEntity } from '@dondoc/persistence';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam, workingDayDeadline } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Cascade over HTTP: the provincial standing board assigns the Fatherland Front a
 * quarterly report; the Front hands parts to the Farmers' and Women's Unions below it;
 * its own report waits for theirs unless it gives a reason; progress rolls up.
 */
describe('cascade: delegating parts of a task down the hierarchy (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const today = todayInVietnam();

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const as = (username: string) => http.login(p.user(username), PASSWORD);
  const call = async (username: string, method: string, path: string, body?: unknown, headers = {}) =>
    http.request(method, path, { token: await as(username), body, headers });
  /** Task workflows start just after the directive is recorded; until then an update finds none (404). */
  const whenRunning = async (username: string, taskId: string) => {
    for (let i = 0; i < 100; i++) {
      const { status } = await call(username, 'POST', `/api/v1/tasks/${taskId}/acknowledge`);
      if (status === 200) return;
      expect(status).toBe(404);
      await sleep(100);
    }
    throw new Error(`task ${taskId} never started`);
  };

  // The story's state, built up by the steps below in order.
  let created: { status: number; body: any };
  let parentId = '';
  let path = '';
  let farmers = '';
  let women = '';
  let parent: { body: any };

  it('assigns the Fatherland Front a quarterly report, whose workflow starts', async () => {
    created = await call('thuongtruc.tu', 'POST', '/api/v1/directives', {
      documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-TB/TU`,
      title: 'Giao ban tình hình nhân dân quý IV theo Quyết định số 461-QĐ/TU',
      issueDate: today,
      issuingUnitId: p.unit('TU-GL'),
      tasks: [{ title: 'Báo cáo tình hình nhân dân quý IV', leadUnitId: p.unit('MTTQ-GL'), deadlineWorkingDays: 10 }],
    });
    expect(created.status).toBe(201);
    parentId = created.body.tasks[0].id;
    await whenRunning('mttq.tinh', parentId);
    path = `/api/v1/tasks/${parentId}/delegations`;
  });

  it('answers bad input with a 400 naming the field', async () => {
    const bad: [string, unknown, string, number?][] = [
      ['no sub-tasks', { subtasks: [] }, 'subtasks'],
      ['not a uuid', { subtasks: [{ leadUnitId: 'x', title: 'a' }] }, 'subtasks.0.leadUnitId'],
      ['no title', { subtasks: [{ leadUnitId: p.unit('HND-GL') }] }, 'subtasks.0.title'],
      [
        'a unit beside, not below',
        {
          subtasks: [
            { leadUnitId: p.unit('HND-GL'), title: 'a' },
            { leadUnitId: p.unit('CA-GL'), title: 'b' },
          ],
        },
        'subtasks.1.leadUnitId',
        403, // outside the Front's subtree: a matter of access, as everywhere
      ],
      ['itself', { subtasks: [{ leadUnitId: p.unit('MTTQ-GL'), title: 'a' }] }, 'subtasks.0.leadUnitId'],
      [
        'after the parent deadline',
        { subtasks: [{ leadUnitId: p.unit('HND-GL'), title: 'a', deadline: workingDayDeadline(today, 11) }] },
        'subtasks.0.deadline',
      ],
      [
        'no offset',
        { subtasks: [{ leadUnitId: p.unit('HND-GL'), title: 'a', deadline: '2030-01-01T17:00:00' }] },
        'subtasks.0.deadline',
      ],
      [
        'coordinator repeats the lead',
        { subtasks: [{ leadUnitId: p.unit('HND-GL'), title: 'a', coordinatingUnitIds: [p.unit('HND-GL')] }] },
        'subtasks.0.coordinatingUnitIds',
      ],
    ];
    for (const [why, body, field, status = 400] of bad) {
      const response = await call('mttq.tinh', 'POST', path, body);
      const fields = response.body.details.map((d: { field: string }) => d.field);
      expect({ why, status: response.status, fields }).toEqual({
        why,
        status,
        fields: expect.arrayContaining([field]),
      });
    }
  });

  it('lets only the lead unit delegate: the board above sees the task (403), a union below does not (404)', async () => {
    const one = { subtasks: [{ leadUnitId: p.unit('HND-GL'), title: 'a' }] };
    expect((await call('thuongtruc.tu', 'POST', path, one)).status).toBe(403);
    expect((await call('hnd.tinh', 'POST', path, one)).status).toBe(404);
  });

  it('wrote no sub-task for any refusal', async () => {
    expect(await db.getRepository(TaskEntity).countBy({ parentTaskId: parentId })).toBe(0);
  });

  it('delegates two parts, due one working day before the parent by default; a repeat creates nothing', async () => {
    const parts = {
      subtasks: [
        { leadUnitId: p.unit('HND-GL'), title: 'Tình hình nông dân quý IV' },
        { leadUnitId: p.unit('HLHPN-GL'), title: 'Tình hình phụ nữ quý IV' },
      ],
    };
    const headers = { 'Idempotency-Key': `cascade-${parentId}` };
    const delegated = await call('mttq.tinh', 'POST', path, parts, headers);
    expect(delegated.status).toBe(201);
    expect(delegated.body.subtasks.map((s: { deadline: string }) => s.deadline)).toEqual([
      workingDayDeadline(today, 9),
      workingDayDeadline(today, 9),
    ]);
    const again = await call('mttq.tinh', 'POST', path, parts, headers);
    expect(again.status).toBe(200);
    expect(again.body.subtasks.map((s: { id: string }) => s.id)).toEqual(
      delegated.body.subtasks.map((s: { id: string }) => s.id),
    );
    [farmers, women] = delegated.body.subtasks.map((s: { id: string }) => s.id) as [string, string];
    const rows = await db.getRepository(TaskEntity).findBy({ parentTaskId: parentId });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.depth === 1 && r.assigningUnitId === p.unit('MTTQ-GL'))).toBe(true);
  });

  it('tells the Farmers’ Union of its sub-task, which it sees', async () => {
    await whenRunning('hnd.tinh', farmers);
    const hnd = await db.getRepository(UserEntity).findOneByOrFail({ username: p.user('hnd.tinh') });
    expect(
      await db.getRepository(NotificationEntity).countBy({ userId: hnd.id, taskId: farmers, kind: 'task_assigned' }),
    ).toBe(1);
  });

  it('holds the parent’s report while its parts are open (409 with the reason)', async () => {
    const early = await call('mttq.tinh', 'POST', `/api/v1/tasks/${parentId}/reports`, { text: 'Tổng hợp' });
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/^Còn 2 nhiệm vụ giao cấp dưới chưa hoàn thành/);
  });

  it('takes the Farmers’ Union’s report, reviewed by the Front', async () => {
    const report = await call('hnd.tinh', 'POST', `/api/v1/tasks/${farmers}/reports`, { text: 'Nông dân ổn định' });
    expect(report.status).toBe(201);
    const accepted = await call('mttq.tinh', 'POST', `/api/v1/reports/${report.body.reportId}/review`, {
      outcome: 'accepted',
    });
    expect(accepted.status).toBe(200);
  });

  it('rolls progress up: one of two parts done', async () => {
    parent = await call('mttq.tinh', 'GET', `/api/v1/tasks/${parentId}`);
    for (let i = 0; i < 50 && parent.body.progress.subtasks.completed < 1; i++) {
      await sleep(100);
      parent = await call('mttq.tinh', 'GET', `/api/v1/tasks/${parentId}`);
    }
    expect(parent.body).toMatchObject({
      depth: 0,
      assigningUnit: { code: `${p.prefix}-TU-GL` },
      progress: { ratio: 0.5, subtasks: { total: 2, completed: 1, open: 1, cancelled: 0 } },
    });
    expect(parent.body.subtasks.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      [farmers, 'completed'],
      [women, 'assigned'],
    ]);
    const sub = await call('hnd.tinh', 'GET', `/api/v1/tasks/${farmers}`);
    expect(sub.body).toMatchObject({
      parentTaskId: parentId,
      depth: 1,
      assigningUnit: { code: `${p.prefix}-MTTQ-GL` },
    });
  });

  it('takes the Front’s report now when it gives a reason', async () => {
    const overridden = await call('mttq.tinh', 'POST', `/api/v1/tasks/${parentId}/reports`, {
      text: 'Tổng hợp, Hội Phụ nữ bổ sung sau',
      subtaskOverrideReason: 'Thường trực Tỉnh ủy cần số liệu trước hội nghị',
    });
    expect(overridden.status).toBe(201);
    parent = await call('thuongtruc.tu', 'GET', `/api/v1/tasks/${parentId}`);
    expect(parent.body.subtaskOverrideReason).toBe('Thường trực Tỉnh ủy cần số liệu trước hội nghị');
  });

  it('lists the directive’s own task with the roll-up; sub-tasks are not counted twice', async () => {
    const directive = await call('thuongtruc.tu', 'GET', `/api/v1/directives/${created.body.id}`);
    expect(directive.body.tasks.map((t: { id: string }) => t.id)).toEqual([parentId]);
    expect(directive.body.tasks[0].progress.ratio).toBe(0.5);
    expect(directive.body.progress.open_within_deadline).toBe(1);
  });

  it('cancels the open sub-task too when the directive is cancelled', async () => {
    const cancelled = await call('thuongtruc.tu', 'POST', `/api/v1/directives/${created.body.id}/cancel`, {
      reason: 'Điều chỉnh kế hoạch',
    });
    expect(cancelled.status).toBe(200);
    let statuses: string[] = [];
    for (let i = 0; i < 100; i++) {
      const tasks = await db.getRepository(TaskEntity).findBy({ directiveId: created.body.id });
      statuses = [parentId, farmers, women].map((id) => tasks.find((t) => t.id === id)!.status);
      if (statuses[2] === 'cancelled') break;
      await sleep(100);
    }
    expect(statuses).toEqual(['cancelled', 'completed', 'cancelled']);
  });
});
