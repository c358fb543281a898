import type { DataSource } from 'typeorm';
import { TemporalClientService } from '@dondoc/temporal-client';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { PASSWORD, seed000Body, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One writer per row, one audit row per change: an amendment is recorded on the
 * directive, and the task's workflow writes the task's row and its audit row, once.
 */
describe('audit rows of a directive and its amendments (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let province: TestProvince;
  let http: Http;
  let leader: string;
  let directiveId: string;
  let taskIds: string[];

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    province = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    leader = await http.login(province.user('thuongtruc.tu'), PASSWORD);
    const number = `${Math.floor(Math.random() * 90_000) + 1000}-KH/TU`;
    const created = await http.request('POST', '/api/v1/directives', {
      token: leader,
      body: seed000Body(province, todayInVietnam(), number),
    });
    expect(created.status).toBe(201);
    directiveId = created.body.id;
    taskIds = created.body.tasks.map((task: { id: string }) => task.id);
    // Every task's follow-up has begun (its workflow has recorded its start).
    for (let i = 0; i < 600 && (await rows('task.follow_up_started')).length < taskIds.length; i++) await sleep(100);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  /** How many updates of this name the task's workflow accepted (its history, from Temporal). */
  const taskUpdates = async (taskId: string, name: string): Promise<number> => {
    const client = system.api.get(TemporalClientService).client;
    const history = await client.workflow.getHandle(`task:${taskId}`).fetchHistory();
    return (history.events ?? []).filter(
      (event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === name,
    ).length;
  };

  /** The audit rows of this directive's tasks with this action. */
  const rows = (action: string): Promise<{ entity_id: string; actor: string; after: Record<string, unknown> }[]> =>
    db.query(
      `SELECT a.entity_id, a.actor, a.after FROM audit_events a JOIN tasks t ON t.id = a.entity_id
        WHERE t.directive_id = $1 AND a.action = $2 ORDER BY a.seq`,
      [directiveId, action],
    );

  it('audits each task as assigned once, by the issuer; the start of follow-up is a row of its own', async () => {
    const assigned = await rows('task.assigned');
    expect(assigned.map((row) => row.entity_id).sort()).toEqual([...taskIds].sort());
    expect(new Set(assigned.map((row) => row.actor))).toEqual(new Set([province.user('thuongtruc.tu')]));
    const started = await rows('task.follow_up_started');
    expect(started.map((row) => row.entity_id).sort()).toEqual([...taskIds].sort());
  });

  it('cancels a task through an amendment with exactly one task.cancelled row, written by its workflow', async () => {
    const taskId = taskIds[4]!;
    const dropped = await http.request('POST', `/api/v1/directives/${directiveId}/amendments`, {
      token: leader,
      body: { kind: 'cancel_task', taskId, reason: 'Đã lồng ghép vào báo cáo quý III' },
    });
    expect(dropped.status).toBe(200);
    expect(dropped.body.progress.cancelled).toBe(1);
    // The amendment's activity is the one teller (the directive workflow no longer tells it again).
    await sleep(2_000);
    const cancelled = await rows('task.cancelled');
    expect(cancelled).toEqual([
      {
        entity_id: taskId,
        actor: province.user('thuongtruc.tu'),
        after: { status: 'cancelled', phase: 'cancelled', reason: 'Đã lồng ghép vào báo cáo quý III' },
      },
    ]);
    const amended = await db.query(
      `SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'directive.amended'`,
      [directiveId],
    );
    expect(amended).toEqual([{ after: { kind: 'cancel_task', taskId, reason: 'Đã lồng ghép vào báo cáo quý III' } }]);
    // One notice of the cancellation for the task (one inbox row per user of its lead unit), none twice.
    const notices: { notice_id: string; users: number; rows: number }[] = await db.query(
      `SELECT notice_id, count(DISTINCT user_id)::int AS users, count(*)::int AS rows
         FROM notifications WHERE task_id = $1 AND kind = 'cancelled' GROUP BY notice_id`,
      [taskId],
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]!.rows).toBe(notices[0]!.users);
    // The task's workflow took one cancellation: its history holds one cancelTask update.
    expect(await taskUpdates(taskId, 'cancelTask')).toBe(1);
  });

  it('changes a deadline through an amendment with exactly one task.deadline_changed row', async () => {
    const taskId = taskIds[0]!;
    const moved = await http.request('POST', `/api/v1/directives/${directiveId}/amendments`, {
      token: leader,
      body: { kind: 'change_deadline', taskId, deadlineWorkingDays: 25 },
    });
    expect(moved.status).toBe(200);
    const deadline = moved.body.tasks.find((t: { id: string }) => t.id === taskId).deadline;
    await sleep(2_000);
    const changed = await rows('task.deadline_changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ entity_id: taskId, after: { deadline: new Date(deadline).toISOString() } });
    // Told once: before, the directive's loop sent the same new deadline a second time.
    expect(await taskUpdates(taskId, 'changeTaskDeadline')).toBe(1);
  });
});
