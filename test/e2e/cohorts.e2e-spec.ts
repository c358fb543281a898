import type { DataSource } from 'typeorm';
import { AppConfig } from '@dondoc/config';
import { TemporalClientService } from '@dondoc/temporal-client';
import { cohortWorkflowId, taskWorkflowId } from '@dondoc/workflow-contract';
import {
  CohortRepository,
  createDataSource,
  TaskDriverRepository,
  TaskWorkflowInputs,
  takeOverFrom,
} from '@dondoc/persistence';
import { CohortActivitiesImpl } from '../../apps/worker/src/cohorts/cohort.activities';
import { ReconcilerActivitiesImpl } from '../../apps/worker/src/cohorts/reconciler.activities';
import { Http } from '../support/http';
import { startSmtp } from '../support/mail-and-hooks';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { todayInVietnam } from '../support/dates';
import { markTodayAndTomorrowWorking, ownDatabase } from '../support/own-database';

const S = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Tasks followed in cohorts (docs/decisions/0065-task-cohorts.md), end to end on the
 * dev server: a directive to nine units is live at its 201 with no workflow per task;
 * one unit acknowledges (a row change), one asks for more time and one reports (each
 * leaves the cohort for a workflow of its own), the rest are reminded and escalated by
 * their cohort's set-based steps, once each; a task added by amendment is followed by a
 * cohort of its own until it leaves it; a step written twice writes nothing twice;
 * the reconciler starts what a crash left without a driver.
 */
describe('tasks followed in cohorts (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let url: string;

  beforeAll(async () => {
    ({ url, db } = await ownDatabase('cohorts'));
    smtp = await startSmtp();
    system = await startSystem({ DATABASE_URL: url, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
    p = await seedTestProvince(db);
    // Addresses for the units' officers: their new-task e-mails go out with the cohort's.
    await db.query(`UPDATE users SET email = username || '@gialai.example' WHERE email IS NULL`);
    http = new Http(system.baseUrl);
    await markTodayAndTomorrowWorking(http, await http.login(p.user('admin'), PASSWORD));
  });
  afterAll(async () => {
    await system?.stop();
    await smtp?.stop();
    await db?.destroy();
  });

  const temporal = () => system.api.get(TemporalClientService).client;
  const as = (username: string) => http.login(p.user(username), PASSWORD);
  const policy = {
    reminderPolicy: { before: [{ duration: 'PT25S' }], onDeadlineDayAt: null },
    escalationPolicy: { stepDelay: { duration: 'PT4S' }, repeatAtTop: { duration: 'PT1H' } },
  };
  // Directly below the issuer (chain of 2) and one level further down (chain of 3): two cohorts.
  const codes = ['MTTQ-GL', 'CA-GL', 'BCHQS-GL', 'UBND-GL', 'VP-TU', 'HNB-GL', 'DU-IAGRAI', 'HND-GL', 'BDT-GL'];
  let created: { status: number; body: any };
  let t0 = 0;
  const taskOf = (code: string): string =>
    created.body.tasks.find((t: { leadUnit: { code: string } }) => t.leadUnit.code === `${p.prefix}-${code}`).id;
  const row = async (code: string) =>
    (await db.query('SELECT driver, cohort_id, handover, status, phase FROM tasks WHERE id = $1', [taskOf(code)]))[0];
  const running = (workflowId: string) =>
    temporal()
      .workflow.getHandle(workflowId)
      .describe()
      .then((d) => d.status.name)
      .catch(() => 'NOT_FOUND');
  /** A task's notices (one per notice, whatever the number of users who got it). */
  const noticesOf = async (code: string, kind?: string) =>
    db.query(
      `SELECT notice_id, unit_id, kind, level FROM notifications WHERE task_id = $1 ${kind ? 'AND kind = $2' : ''}
       GROUP BY notice_id, unit_id, kind, level ORDER BY min(created_at)`,
      kind ? [taskOf(code), kind] : [taskOf(code)],
    );

  it('issues a directive whose tasks are assigned and told in-app by the time of its 201, in two cohorts', async () => {
    t0 = Date.now();
    created = await http.request('POST', '/api/v1/directives', {
      token: await as('thuongtruc.tu'),
      body: {
        documentNumber: `${Math.floor(Math.random() * 9000) + 1000}-CV/TU`,
        title: 'Công văn đôn đốc báo cáo sơ kết theo nhóm',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: codes.map((code) => ({
          title: `Báo cáo sơ kết của ${code}`,
          leadUnitId: p.unit(code),
          deadline: new Date(t0 + 40 * S).toISOString(),
          ...policy,
        })),
      },
    });
    expect(created.status).toBe(201);
    const rows = await Promise.all(codes.map(row));
    expect(rows.every((r) => r.driver === 'cohort')).toBe(true);
    expect(new Set(rows.map((r) => r.cohort_id)).size).toBe(2);
    // Every unit with users here has its new-task notice (units without users get none in-app).
    for (const code of ['MTTQ-GL', 'CA-GL', 'BCHQS-GL', 'VP-TU', 'HND-GL', 'BDT-GL', 'DU-IAGRAI']) {
      expect(await noticesOf(code, 'task_assigned')).toHaveLength(1);
    }
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'task.follow_up_started' AND entity_id = ANY($1::uuid[])`,
      [codes.map(taskOf)],
    );
    expect(audit[0].n).toBe(codes.length);
  });

  it('runs one workflow per cohort and none per task', async () => {
    const cohorts = [...new Set((await Promise.all(codes.map(row))).map((r) => r.cohort_id as string))];
    for (const id of cohorts) {
      let status = await running(cohortWorkflowId(id));
      for (let i = 0; i < 50 && status !== 'RUNNING'; i++)
        status = (await sleep(100), await running(cohortWorkflowId(id)));
      expect(status).toBe('RUNNING');
    }
    for (const code of codes) expect(await running(taskWorkflowId(taskOf(code)))).toBe('NOT_FOUND');
  });

  it('sends the new-task e-mails of the whole cohort in batches, not a delivery workflow per notice', async () => {
    const noticeIds = codes.map((code) => `${taskOf(code)}:assigned`);
    let rows: { notice_id: string; batch_id: string; status: string }[] = [];
    for (let i = 0; i < 200; i++) {
      rows = await db.query(
        `SELECT notice_id, batch_id, status FROM deliveries WHERE channel = 'email' AND notice_id = ANY($1::text[])`,
        [noticeIds],
      );
      if (rows.length > 0 && rows.every((r) => r.status === 'sent')) break;
      await sleep(100);
    }
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const mails = await smtp.mails();
    expect(mails.length).toBe(rows.length);
    // One batch per cohort's planning, each carrying many notices.
    expect(new Set(rows.map((r) => r.batch_id)).size).toBeLessThanOrEqual(2);
  });

  it('puts a task added by amendment in a cohort of its own, assigned and told in-app by the answer, with no workflow of its own', async () => {
    const amended = await http.request('POST', `/api/v1/directives/${created.body.id}/amendments`, {
      token: await as('thuongtruc.tu'),
      body: {
        kind: 'add_task',
        task: {
          title: 'Báo cáo sơ kết của BDV-TU',
          leadUnitId: p.unit('BDV-TU'),
          deadline: new Date(t0 + 40 * S).toISOString(),
          ...policy,
        },
      },
    });
    expect(amended.status).toBe(200);
    created = { ...created, body: amended.body };
    const added = await row('BDV-TU');
    expect(added.driver).toBe('cohort');
    // Its terms are those of the first cohort of its chain length, but it began later: a cohort of its own.
    const [mine, first] = await Promise.all(
      [added.cohort_id, (await row('VP-TU')).cohort_id].map(
        async (id) =>
          (await db.query('SELECT deadline, ack_deadline, chain_length, key FROM task_cohorts WHERE id = $1', [id]))[0],
      ),
    );
    expect(added.cohort_id).not.toBe((await row('VP-TU')).cohort_id);
    expect({ ...mine, key: undefined }).toEqual({ ...first, key: undefined });
    expect(mine.key).not.toBe(first.key);
    expect(await noticesOf('BDV-TU', 'task_assigned')).toHaveLength(1);
    const audit = await db.query(`SELECT action, event_id FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [
      taskOf('BDV-TU'),
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['task.added', 'task.follow_up_started']);
    expect(audit[1].event_id).toBe(`${taskWorkflowId(taskOf('BDV-TU'))}#assigned`);
    // Its cohort's workflow runs by the amendment's answer; no task workflow exists for it.
    expect(await running(cohortWorkflowId(added.cohort_id))).toBe('RUNNING');
    expect(await running(taskWorkflowId(taskOf('BDV-TU')))).toBe('NOT_FOUND');
  });

  it('takes an acknowledgement as a row change with its audit row, and refuses a second one (409)', async () => {
    const token = await as('mttq.tinh');
    const first = await http.request('POST', `/api/v1/tasks/${taskOf('MTTQ-GL')}/acknowledge`, { token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ phase: 'in_progress', acknowledged: true });
    expect(await row('MTTQ-GL')).toMatchObject({ driver: 'cohort', phase: 'in_progress' });
    const audit = await db.query(
      `SELECT event_id FROM audit_events WHERE entity_id = $1 AND action = 'task.acknowledged'`,
      [taskOf('MTTQ-GL')],
    );
    expect(audit).toEqual([{ event_id: `${taskWorkflowId(taskOf('MTTQ-GL'))}#acknowledged` }]);
    const again = await http.request('POST', `/api/v1/tasks/${taskOf('MTTQ-GL')}/acknowledge`, { token });
    expect(again.status).toBe(409);
    expect(await running(taskWorkflowId(taskOf('MTTQ-GL')))).toBe('NOT_FOUND');
  });

  it('hands a task that asks for more time to a workflow of its own, recorded once', async () => {
    const asked = await http.request('POST', `/api/v1/tasks/${taskOf('CA-GL')}/extensions`, {
      token: await as('ca.tinh'),
      body: { deadline: new Date(t0 + 3600 * S).toISOString().replace('Z', '+00:00'), reason: 'Chờ số liệu' },
    });
    expect(asked.status).toBe(201);
    expect(await running(taskWorkflowId(taskOf('CA-GL')))).toBe('RUNNING');
    const after = await row('CA-GL');
    expect(after.driver).toBe('task');
    const audit = await db.query(
      `SELECT action FROM audit_events WHERE entity_id = $1 AND action = 'task.own_follow_up'`,
      [taskOf('CA-GL')],
    );
    expect(audit).toHaveLength(1);
  });

  it('takes a report the same way: the task leaves its cohort and waits for review', async () => {
    const reported = await http.request('POST', `/api/v1/tasks/${taskOf('BCHQS-GL')}/reports`, {
      token: await as('qs.tinh'),
      body: { text: 'Đã triển khai đầy đủ.' },
    });
    expect(reported.status).toBe(201);
    expect(await row('BCHQS-GL')).toMatchObject({ driver: 'task', phase: 'under_review' });
  });

  it('reminds, marks overdue and escalates every task still awaiting the report once each, whoever drives it', async () => {
    // Deadline at 40 s, reminder at 15 s (room for a loaded machine before it), ladder steps 4 s apart.
    for (let i = 0; i < 600 && (await noticesOf('HND-GL', 'escalation')).length === 0; i++) await sleep(100);
    const escalated = await noticesOf('HND-GL', 'escalation');
    expect(escalated.map((n: any) => n.unit_id)).toEqual([p.unit('MTTQ-GL')]);
    for (const code of ['MTTQ-GL', 'HND-GL', 'DU-IAGRAI', 'BDV-TU']) {
      expect((await noticesOf(code, 'reminder')).length).toBe(1);
      expect((await noticesOf(code, 'overdue')).length).toBe(1);
      expect((await row(code)).status).toBe('overdue');
    }
    // The task added by amendment climbs its own cohort's ladder to the issuer, still without a workflow of its own.
    for (let i = 0; i < 100 && (await noticesOf('BDV-TU', 'escalation')).length === 0; i++) await sleep(100);
    expect((await noticesOf('BDV-TU', 'escalation')).map((n: any) => n.unit_id)).toEqual([p.unit('TU-GL')]);
    expect((await row('BDV-TU')).driver).toBe('cohort');
    expect(await running(taskWorkflowId(taskOf('BDV-TU')))).toBe('NOT_FOUND');
    // An extension asked and not yet decided changes nothing: its own workflow goes on from the cohort's state.
    expect((await noticesOf('CA-GL', 'reminder')).length).toBe(1);
    expect((await noticesOf('CA-GL', 'overdue')).length).toBe(1);
    // A report waiting for review is not escalated.
    expect(await noticesOf('BCHQS-GL', 'overdue')).toEqual([]);
    expect((await row('BCHQS-GL')).status).toBe('assigned');
    const reminder = (await noticesOf('HND-GL', 'reminder'))[0];
    // The id a task workflow would have given it: task, obligation, instant.
    expect(reminder.notice_id).toMatch(new RegExp(`^${taskOf('HND-GL')}:report@.+:`));
  });

  it('lets the added task leave its cohort like any other: its report hands it to a workflow of its own', async () => {
    const reported = await http.request('POST', `/api/v1/tasks/${taskOf('BDV-TU')}/reports`, {
      token: await as('bdv.tinh'),
      body: { text: 'Đã tổng hợp, báo cáo muộn.' },
    });
    expect(reported.status).toBe(201);
    expect(await row('BDV-TU')).toMatchObject({ driver: 'task', phase: 'under_review' });
    expect(await running(taskWorkflowId(taskOf('BDV-TU')))).toBe('RUNNING');
    // Its workflow confirms it runs (the reconciler's later passes below find nothing of it).
    for (let i = 0; i < 50 && (await row('BDV-TU')).handover !== null; i++) await sleep(100);
    expect((await row('BDV-TU')).handover).toBeNull();
    const audit = await db.query(
      `SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'task.own_follow_up%'`,
      [taskOf('BDV-TU')],
    );
    expect(audit).toEqual([{ action: 'task.own_follow_up' }]);
  });

  it('writes nothing twice when a step runs again (a retried activity)', async () => {
    const cohortId = (await row('HND-GL')).cohort_id;
    const cohort = (await system.worker!.get(CohortRepository).cohort(cohortId))!;
    // The ladder's later steps go on meanwhile: count what this step writes.
    const written = () =>
      db.query(
        `SELECT (SELECT count(*)::int FROM notifications WHERE notice_id LIKE '%:esc:0') AS notices,
                (SELECT count(*)::int FROM audit_events WHERE action = 'task.overdue') AS marks`,
      );
    const before = await written();
    const obligationId = cohort.progress.overdueMarked[0]!;
    await system.worker!.get(CohortActivitiesImpl).cohortStep({
      cohortId,
      step: {
        kind: 'escalation',
        noticeKey: `${obligationId}:esc:0`,
        obligation: 'report',
        obligationId,
        dueAt: cohort.deadline.toISOString(),
        step: 0,
        level: 1,
        noticeKind: 'overdue',
        markOverdue: true,
      },
      progress: cohort.progress,
    });
    expect(await written()).toEqual(before);
  });

  it('starts the own workflow of a task whose hand-over a crash left half done (the reconciler)', async () => {
    const worker = system.worker!;
    const taskId = taskOf('VP-TU');
    // The hand-over commits, then the process dies before the workflow starts.
    const taken = await takeOverFrom(worker.get(TaskDriverRepository), worker.get(TaskWorkflowInputs))(taskId, {
      name: 'cancelTask',
      request: { actor: 'test', reason: 'lost' },
    });
    expect(taken && 'input' in taken && taken.input.takenOverFrom).toBeTruthy();
    expect(await running(taskWorkflowId(taskId))).toBe('NOT_FOUND');
    const found = await worker.get(ReconcilerActivitiesImpl).reconcile({ graceMs: 0 });
    expect(found.handOversCompleted).toBe(1);
    expect(await running(taskWorkflowId(taskId))).toBe('RUNNING');
    for (let i = 0; i < 50 && (await row('VP-TU')).handover !== null; i++) await sleep(100);
    expect((await row('VP-TU')).handover).toBeNull();
    const audit = await db.query(
      `SELECT 1 FROM audit_events WHERE entity_id = $1 AND action = 'task.own_follow_up_started'`,
      [taskId],
    );
    expect(audit).toHaveLength(1);
  });

  it('starts a cohort again from its stored progress when its workflow is gone (the reconciler)', async () => {
    const cohortId = (await row('HND-GL')).cohort_id;
    await temporal().workflow.getHandle(cohortWorkflowId(cohortId)).terminate('test: the cohort lost');
    const before = await db.query('SELECT count(*)::int AS n FROM notifications WHERE task_id = $1', [
      taskOf('HND-GL'),
    ]);
    const found = await system.worker!.get(ReconcilerActivitiesImpl).reconcile({ graceMs: 0 });
    expect(found.cohortsRestarted).toBeGreaterThanOrEqual(1);
    expect(await running(cohortWorkflowId(cohortId))).toBe('RUNNING');
    await sleep(2 * S);
    // It goes on from where it stood: nothing it wrote before is written again.
    const after = await db.query('SELECT count(*)::int AS n FROM notifications WHERE task_id = $1', [taskOf('HND-GL')]);
    expect(after[0].n).toBeGreaterThanOrEqual(before[0].n);
    expect(await noticesOf('HND-GL', 'overdue')).toHaveLength(1);
  });

  it('hands over more tasks at once than its pool has connections (each reads inside its own transaction)', async () => {
    // Three members none of the other steps of this story follow (they stay in their cohort until here).
    const open = ['UBND-GL', 'HNB-GL', 'BDT-GL'].map((code) => ({ id: taskOf(code) }));
    expect(open).toHaveLength(3);
    // Two connections, three hand-overs: a read outside the transaction would wait for a third forever.
    const small = await createDataSource({ url, poolSize: 2, logging: false }).initialize();
    try {
      const takeOver = takeOverFrom(
        new TaskDriverRepository(small),
        new TaskWorkflowInputs(small, system.worker!.get(AppConfig)),
      );
      const taken = await Promise.all(
        open.map(({ id }) => takeOver(id, { name: 'cancelTask', request: { actor: 'test', reason: 'lost' } })),
      );
      expect(taken.map((t) => (t && 'input' in t ? t.input.takenOverFrom : null))).toEqual(
        open.map(() => expect.any(String)),
      );
    } finally {
      await small.destroy();
    }
    expect(await system.worker!.get(ReconcilerActivitiesImpl).reconcile({ graceMs: 0 })).toMatchObject({
      handOversCompleted: 3,
    });
    for (const { id } of open) expect(await running(taskWorkflowId(id))).toBe('RUNNING');
  });

  it('leaves a cohort younger than the grace to its directive, and starts one never stepped as new (its deliveries planned)', async () => {
    const second = await http.request('POST', '/api/v1/directives', {
      token: await as('thuongtruc.tu'),
      body: {
        documentNumber: `${Math.floor(Math.random() * 9000) + 1000}-CV/TU`,
        title: 'Công văn đôn đốc báo cáo quý',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [{ title: 'Báo cáo quý', leadUnitId: p.unit('HND-GL'), deadlineWorkingDays: 20 }],
      },
    });
    expect(second.status).toBe(201);
    const [{ id: cohortId }] = await db.query('SELECT id FROM task_cohorts WHERE directive_id = $1', [second.body.id]);
    for (let i = 0; i < 50 && (await running(cohortWorkflowId(cohortId))) !== 'RUNNING'; i++) await sleep(100);
    // As between the recording's commit and the directive workflow's start of the cohort
    // (an activity that may run on another worker): the cohort has no workflow yet.
    await temporal().workflow.getHandle(cohortWorkflowId(cohortId)).terminate('test: not started yet');
    const reconciler = system.worker!.get(ReconcilerActivitiesImpl);
    await reconciler.reconcile({ graceMs: 600 * S });
    expect(await running(cohortWorkflowId(cohortId))).toBe('TERMINATED');
    // Past the grace it is started, as new (no step written yet): its first act plans the new-task deliveries.
    await reconciler.reconcile({ graceMs: 0 });
    expect(await running(cohortWorkflowId(cohortId))).toBe('RUNNING');
    let activities: string[] = [];
    for (let i = 0; i < 100 && !activities.includes('deliverAssignments'); i++) {
      const history = await temporal().workflow.getHandle(cohortWorkflowId(cohortId)).fetchHistory();
      activities = (history.events ?? []).flatMap(
        (e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? [],
      );
      await sleep(100);
    }
    expect(activities).toContain('deliverAssignments');
  });

  it('cancels every task when the directive is cancelled', async () => {
    const cancelled = await http.request('POST', `/api/v1/directives/${created.body.id}/cancel`, {
      token: await as('thuongtruc.tu'),
      body: { reason: 'Thay thế bằng văn bản khác' },
    });
    expect(cancelled.status).toBe(200);
    for (let i = 0; i < 100; i++) {
      const open = await db.query(
        `SELECT count(*)::int AS n FROM tasks WHERE directive_id = $1 AND status IN ('assigned', 'overdue')`,
        [created.body.id],
      );
      if (open[0].n === 0) break;
      await sleep(200);
    }
    const statuses = await Promise.all(codes.map(async (code) => (await row(code)).status));
    expect(new Set(statuses)).toEqual(new Set(['cancelled']));
  });

  it('cancels the members its cohorts still followed in one step: no workflow started to cancel them, one row and notice each', async () => {
    for (const code of ['HND-GL', 'MTTQ-GL', 'DU-IAGRAI']) {
      expect(await running(taskWorkflowId(taskOf(code)))).toBe('NOT_FOUND');
      expect(await noticesOf(code, 'cancelled')).toHaveLength(1);
      const audit = await db.query(
        `SELECT event_id FROM audit_events WHERE entity_id = $1 AND action = 'task.cancelled'`,
        [taskOf(code)],
      );
      expect(audit).toEqual([{ event_id: `${taskWorkflowId(taskOf(code))}#cancelled` }]);
    }
    // Those with workflows of their own were told, as before (the added task among them since its report).
    expect(await noticesOf('BCHQS-GL', 'cancelled')).toHaveLength(1);
    expect(await noticesOf('BDV-TU', 'cancelled')).toHaveLength(1);
    const [{ status }] = await db.query('SELECT status FROM directives WHERE id = $1', [created.body.id]);
    expect(status).toBe('cancelled');
  });
});
