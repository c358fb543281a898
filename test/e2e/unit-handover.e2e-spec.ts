import type { DataSource } from 'typeorm';
import { ExplanationRequestEntity, NotificationEntity, UserEntity } from '@dondoc/persistence';
import { todayInVietnam } from '../support/dates';
import { eventually, S } from '../support/eventually';
import { Http } from '../support/http';
import { markTodayAndTomorrowWorking, ownDatabase } from '../support/own-database';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * A unit deactivated with a successor hands its open task over through the task's own
 * workflow (docs/decisions/0042): the provincial Farmers' Association (HND-GL) is merged
 * into the Fatherland Front (MTTQ-GL) while it leads a task. From then on the Front's
 * officer acknowledges and reports, the reminder and the escalation reach the Front and
 * its parent, and the Association's people hear nothing more about the task. An
 * explanation request open for the Association's other, late task passes to the Front
 * too: the Front's officer answers it, and its reminders no longer reach the Association.
 */
describe('hand-over of a task when its lead unit is deactivated (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let leader = '';
  let admin = '';
  let taskId = '';
  let directiveId = '';
  /** A second task of the Association, already late: asked to explain before the deactivation. */
  let lateTaskId = '';
  let explanationId = '';
  let lateDeadline = 0;
  /** When the deactivation was answered: nothing reaches the old unit after it. */
  let handedOverAt = new Date(0);
  /** The old unit's officer, signed in before the deactivation. */
  let oldOfficer = '';

  beforeAll(async () => {
    let url: string;
    ({ url, db } = await ownDatabase('handover'));
    system = await startSystem({ DATABASE_URL: url });
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    admin = await http.login(p.user('admin'), PASSWORD);
    await markTodayAndTomorrowWorking(http, admin);
    leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const as = (username: string) => http.login(p.user(username), PASSWORD);
  /** The task's notices, with the unit each was sent to. */
  const notices = () => db.getRepository(NotificationEntity).find({ where: { taskId }, order: { createdAt: 'ASC' } });
  const usersOf = async (code: string) =>
    (await db.getRepository(UserEntity).findBy({ unitId: p.unit(code) })).map((user) => user.id);

  it('issues a task to the Farmers’ Association with second-scale reminders and escalation', async () => {
    lateDeadline = Date.now() + 5 * S;
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: {
        documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`,
        title: 'Kế hoạch sắp xếp tổ chức bộ máy các tổ chức chính trị - xã hội',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [
          {
            title: 'Báo cáo phương án hợp nhất',
            leadUnitId: p.unit('HND-GL'),
            deadline: new Date(Date.now() + 25 * S).toISOString(),
            reminderPolicy: { before: [{ duration: 'PT12S' }], onDeadlineDayAt: null },
            escalationPolicy: { stepDelay: { duration: 'PT3S' }, repeatAtTop: { duration: 'PT1H' } },
          },
          {
            title: 'Báo cáo rà soát hội viên',
            leadUnitId: p.unit('HND-GL'),
            deadline: new Date(lateDeadline).toISOString(),
            reminderPolicy: { before: [{ duration: 'PT2S' }], onDeadlineDayAt: null },
            escalationPolicy: { stepDelay: { duration: 'PT1H' }, repeatAtTop: { duration: 'PT1H' } },
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    directiveId = created.body.id;
    taskId = created.body.tasks[0].id;
    lateTaskId = created.body.tasks[1].id;
    // Its workflow has begun following it up, and told the Association.
    await eventually('the assignment notice', notices, (rows) =>
      rows.some((n) => n.kind === 'task_assigned' && n.unitId === p.unit('HND-GL')),
    );
  });

  it('asks the Association to explain its late task (an explanation request open for the old unit)', async () => {
    await eventually(
      'the second task past its deadline',
      () => Date.now(),
      (now) => now > lateDeadline + S,
      20 * S,
    );
    const asked = await http.request('POST', `/api/v1/tasks/${lateTaskId}/explanations`, {
      token: leader,
      body: { workingDays: 1, note: 'Đề nghị giải trình việc chậm rà soát hội viên' },
    });
    expect(asked.status).toBe(201);
    expect(asked.body.unitId).toBe(p.unit('HND-GL'));
    explanationId = asked.body.explanationId;
    // Recorded by its workflow, addressed to the Association.
    await eventually(
      'the explanation request recorded',
      () => db.getRepository(ExplanationRequestEntity).findOneBy({ id: explanationId }),
      (row) => row?.unitId === p.unit('HND-GL'),
    );
  });

  it('deactivates the Association into the Front: the task is handed over through its workflow', async () => {
    oldOfficer = await as('hnd.tinh');
    const result = await http.request('POST', `/api/v1/units/${p.unit('HND-GL')}/deactivate`, {
      token: admin,
      body: { successorId: p.unit('MTTQ-GL'), reason: 'Hợp nhất Hội Nông dân vào Mặt trận Tổ quốc' },
    });
    handedOverAt = new Date();
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      unit: { active: false, successorId: p.unit('MTTQ-GL') },
      handOverCompleted: true,
    });
    expect([...result.body.movedTaskIds].sort()).toEqual([taskId, lateTaskId].sort());
    const task = await http.request('GET', `/api/v1/tasks/${taskId}`, { token: await as('mttq.tinh') });
    expect(task.status).toBe(200);
    expect(task.body.leadUnit.code).toBe(`${p.prefix}-MTTQ-GL`);
  });

  it('hands the open explanation request over: the Front’s officer answers it (200), once recorded', async () => {
    const row = await db.getRepository(ExplanationRequestEntity).findOneByOrFail({ id: explanationId });
    expect(row).toMatchObject({ unitId: p.unit('MTTQ-GL'), status: 'open' });
    const answered = await http.request('POST', `/api/v1/explanations/${explanationId}/answer`, {
      token: await as('mttq.tinh'),
      body: { reasonCategory: 'workload', answer: 'Đang hợp nhất tổ chức, chưa kịp rà soát' },
    });
    expect({ status: answered.status, body: answered.body }).toMatchObject({
      status: 200,
      body: { status: 'answered' },
    });
    const rows = await db.query(
      `SELECT actor, before->>'unitId' AS "from", after->>'unitId' AS "to" FROM audit_events
        WHERE entity_id = $1 AND action = 'task.explanation_handed_over'`,
      [lateTaskId],
    );
    expect(rows).toEqual([{ actor: p.user('admin'), from: p.unit('HND-GL'), to: p.unit('MTTQ-GL') }]);
  });

  it('lets the successor’s officer acknowledge (200), and no longer the old unit’s', async () => {
    // A deactivated unit's people can no longer act on the task (their session, or the lead check, refuses).
    const old = await http.request('POST', `/api/v1/tasks/${taskId}/acknowledge`, { token: oldOfficer });
    expect([401, 403, 404]).toContain(old.status);
    const acknowledged = await http.request('POST', `/api/v1/tasks/${taskId}/acknowledge`, {
      token: await as('mttq.tinh'),
    });
    expect({ status: acknowledged.status, body: acknowledged.body }).toMatchObject({ status: 200 });
    expect(acknowledged.body).toMatchObject({ phase: 'in_progress', acknowledged: true });
  });

  it('reminds the successor before the deadline and escalates past it through the successor’s parent', async () => {
    const rows = await eventually(
      'the reminder, the overdue notice and the first escalation step',
      notices,
      (list) => ['reminder', 'overdue', 'escalation'].every((kind) => list.some((n) => n.kind === kind)),
      60 * S,
    );
    const sentTo = (kind: string) => [...new Set(rows.filter((n) => n.kind === kind).map((n) => n.unitId))];
    expect(sentTo('reminder')).toEqual([p.unit('MTTQ-GL')]);
    expect(sentTo('overdue')).toEqual([p.unit('MTTQ-GL')]);
    // The Front's parent (the provincial Party committee), not the Association's (the Front itself).
    expect(sentTo('escalation')).toEqual([p.unit('TU-GL')]);
  });

  it('takes the successor’s report (201) and the leader’s acceptance (200)', async () => {
    const report = await http.request('POST', `/api/v1/tasks/${taskId}/reports`, {
      token: await as('mttq.tinh'),
      body: { text: 'Phương án hợp nhất đã trình Ban Thường vụ' },
    });
    expect(report.status).toBe(201);
    expect(report.body.late).toBe(true);
    const review = await http.request('POST', `/api/v1/reports/${report.body.reportId}/review`, {
      token: leader,
      body: { outcome: 'accepted' },
    });
    expect(review.status).toBe(200);
  });

  it('sent nothing to the old unit’s people after the hand-over; the successor was told of it', async () => {
    const rows = await notices();
    const old = await usersOf('HND-GL');
    expect(old.length).toBeGreaterThan(0);
    const late = rows.filter((n) => old.includes(n.userId) && n.createdAt > handedOverAt);
    expect(late).toEqual([]);
    expect(rows.filter((n) => n.unitId === p.unit('HND-GL')).map((n) => n.kind)).toEqual(['task_assigned']);
    const told = rows.filter((n) => n.kind === 'task_assigned' && n.unitId === p.unit('MTTQ-GL'));
    expect(told.length).toBeGreaterThan(0);
    // The late task and its explanation request: nothing to the old unit after the hand-over either.
    const lateRows = await db
      .getRepository(NotificationEntity)
      .find({ where: { taskId: lateTaskId }, order: { createdAt: 'ASC' } });
    expect(lateRows.filter((n) => old.includes(n.userId) && n.createdAt > handedOverAt)).toEqual([]);
    expect(lateRows.some((n) => n.unitId === p.unit('MTTQ-GL'))).toBe(true);
  });

  it('shows the hand-over once in the task’s history, with the old and the new lead unit', async () => {
    const history = await http.request('GET', `/api/v1/tasks/${taskId}/history?limit=500`, { token: leader });
    expect(history.status).toBe(200);
    const handedOver = history.body.items.filter((e: { action: string }) => e.action === 'task.handed_over');
    expect(handedOver).toHaveLength(1);
    expect(handedOver[0].label).toEqual({ vi: 'Bàn giao cho đơn vị kế thừa', en: 'Handed over to the successor unit' });
    expect(handedOver[0].changes).toEqual(
      expect.arrayContaining([{ field: 'leadUnitId', before: p.unit('HND-GL'), after: p.unit('MTTQ-GL') }]),
    );
    const rows = await db.query(`SELECT actor FROM audit_events WHERE entity_id = $1 AND action = 'task.handed_over'`, [
      taskId,
    ]);
    expect(rows).toEqual([{ actor: p.user('admin') }]);
    expect(directiveId).not.toBe('');
  });
});
