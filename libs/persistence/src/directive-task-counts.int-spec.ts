import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_ESCALATION_POLICY, DEFAULT_REMINDER_POLICY, type Scope, type TaskEvent } from '@dondoc/domain';
import type { DirectiveInput } from '@dondoc/workflow-contract';
import { connectTestDatabase } from '../../../test/support/database';
import { seedTestProvince, type TestProvince } from '../../../test/support/province';
import { DirectiveWritesRepository } from './directive-writes.repository';
import { DirectivesRepository } from './directives.repository';
import { TaskEventsRepository } from './task-events.repository';

/**
 * The directive list's progress counts, kept by triggers on `tasks`
 * (docs/decisions/0061-directive-progress-counts.md): after every kind of write of task
 * rows — the directive's fan-out, the task workflow's events, a cancellation, a set-based
 * UPDATE of many rows as a cohort step writes them, concurrent writers, a delete — the
 * kept counts equal a recount of the rows, and the list's progress reads them.
 */
describe('directive task counts (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let events: TaskEventsRepository;
  let writes: DirectiveWritesRepository;
  let reads: DirectivesRepository;
  let province: TestProvince;

  beforeAll(async () => {
    dataSource = await connectTestDatabase();
    events = new TaskEventsRepository(dataSource);
    writes = new DirectiveWritesRepository(dataSource);
    reads = new DirectivesRepository(dataSource);
    province = await seedTestProvince(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  const scopeOf = (code: string): Scope => ({
    userId: randomUUID(),
    username: code,
    role: 'leader',
    unitId: province.unit(code),
    unitPath: province.units.get(code)!.path,
  });

  /** A directive of TU-GL recorded by the fan-out writer: one task per (lead unit, deadline). */
  async function recorded(tasks: { lead: string; deadline: string; coordinators?: string[] }[]) {
    const directiveId = randomUUID();
    const number = Math.floor(Math.random() * 1e6) + 1;
    const input: DirectiveInput & { eventId: string } = {
      directiveId,
      document: { raw: `${number}-KH/TU`, normalized: `${number}-KH/TU`, number, type: 'KH', issuer: 'TU' },
      issueDate: '2026-06-01',
      issuingUnitId: province.unit('TU-GL'),
      title: 'Kế hoạch đếm tiến độ',
      summary: null,
      confidentiality: 'normal',
      urgency: 'normal',
      acceptedAt: '2026-06-01T02:00:00.000Z',
      actor: 'officer-bdv',
      eventId: `directive:${directiveId}#recorded`,
      tasks: tasks.map((task) => ({
        taskId: randomUUID(),
        title: 'Báo cáo',
        description: null,
        leadUnitId: province.unit(task.lead),
        coordinatingUnitIds: (task.coordinators ?? []).map((code) => province.unit(code)),
        deadline: task.deadline,
        deadlineWorkingDays: null,
        reportRequired: true,
        reportTemplate: null,
        indicators: [],
        reminderPolicy: DEFAULT_REMINDER_POLICY,
        escalationPolicy: DEFAULT_ESCALATION_POLICY,
      })),
    };
    await writes.record(input);
    return { directiveId, taskIds: input.tasks!.map((t) => t.taskId) };
  }

  /** Rows where the kept counts and a recount of the directive's own tasks differ (none when right). */
  const differences = async () =>
    dataSource.query(`
      WITH recount AS (
        SELECT directive_id,
               CASE WHEN status = 'cancelled' THEN 'cancelled'
                    WHEN status = 'completed' AND completed_at <= deadline THEN 'completed_on_time'
                    WHEN status = 'completed' THEN 'completed_late' ELSE 'open' END AS state,
               CASE WHEN status IN ('completed', 'cancelled') THEN '-infinity'::timestamptz ELSE deadline END AS deadline,
               count(*)::int AS n
          FROM tasks WHERE parent_task_id IS NULL GROUP BY 1, 2, 3),
      kept AS (SELECT directive_id, state, deadline, n FROM directive_task_counts)
      (SELECT 'missing' AS side, * FROM recount EXCEPT SELECT 'missing', * FROM kept)
      UNION ALL
      (SELECT 'extra', * FROM kept EXCEPT SELECT 'extra', * FROM recount)`);

  const apply = (taskId: string, key: string, event: TaskEvent) =>
    events.apply({ eventId: `task:${taskId}#${key}`, taskId, actor: 'leader', event });

  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const past = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  it('counts a fan-out of a directive in the transaction that writes its tasks', async () => {
    const { directiveId } = await recorded([
      { lead: 'MTTQ-GL', deadline: future(10) },
      { lead: 'HND-GL', deadline: future(10) },
      { lead: 'CA-GL', deadline: past(2) },
    ]);
    expect(await differences()).toEqual([]);
    expect((await reads.bucketCounts(scopeOf('TU-GL'), [directiveId])).get(directiveId)).toEqual({
      open_within_deadline: 2,
      open_overdue: 1,
      completed_on_time: 0,
      completed_late: 0,
      cancelled: 0,
    });
  });

  it('follows the task workflow’s events: overdue, a new deadline, a cancellation', async () => {
    const { directiveId, taskIds } = await recorded([
      { lead: 'MTTQ-GL', deadline: past(1) },
      { lead: 'HND-GL', deadline: future(5) },
    ]);
    const [late, other] = taskIds as [string, string];
    await apply(late, 'overdue:report', { type: 'overdue', obligation: 'report' });
    expect(await differences()).toEqual([]);
    const later = future(20);
    await apply(late, `deadline:${later}`, { type: 'deadline_changed', deadline: later });
    expect(await differences()).toEqual([]);
    await apply(other, 'cancelled', { type: 'cancelled', reason: 'Lồng ghép' });
    expect(await differences()).toEqual([]);
    expect((await reads.bucketCounts(scopeOf('TU-GL'), [directiveId])).get(directiveId)).toMatchObject({
      open_within_deadline: 1,
      open_overdue: 0,
      cancelled: 1,
    });
  });

  it('follows a set-based UPDATE of many rows (a cohort step), completions on time and late, and a delete', async () => {
    const deadline = future(3);
    const { directiveId, taskIds } = await recorded(
      Array.from({ length: 60 }, (_, i) => ({ lead: i % 2 ? 'MTTQ-GL' : 'HND-GL', deadline })),
    );
    await dataSource.query(
      `UPDATE tasks SET status = 'completed', phase = 'completed',
              completed_at = CASE WHEN position % 3 = 0 THEN deadline + interval '1 day' ELSE now() END
        WHERE directive_id = $1 AND position < 40`,
      [directiveId],
    );
    expect(await differences()).toEqual([]);
    await dataSource.query(`UPDATE tasks SET deadline = deadline - interval '10 days' WHERE directive_id = $1`, [
      directiveId,
    ]);
    expect(await differences()).toEqual([]);
    const counts = (await reads.bucketCounts(scopeOf('TU-GL'), [directiveId])).get(directiveId)!;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(60);
    expect(counts.open_overdue).toBe(20);
    await dataSource.query(`DELETE FROM task_coordinators WHERE task_id = ANY($1)`, [taskIds.slice(0, 2)]);
    await dataSource.query(`DELETE FROM tasks WHERE id = ANY($1)`, [taskIds.slice(0, 2)]);
    expect(await differences()).toEqual([]);
  });

  it('stays right under concurrent writers of one directive’s tasks (no lost update, no deadlock)', async () => {
    const deadline = future(4);
    const { taskIds } = await recorded(Array.from({ length: 24 }, () => ({ lead: 'MTTQ-GL', deadline })));
    await Promise.all(
      taskIds.map((id, i) =>
        // Each in its own transaction: they meet on the directive's counts of open and settled tasks.
        dataSource.query(
          `UPDATE tasks SET status = $2, completed_at = CASE WHEN $2 = 'completed' THEN now() END WHERE id = $1`,
          [id, i % 2 ? 'completed' : 'cancelled'],
        ),
      ),
    );
    expect(await differences()).toEqual([]);
  });

  it('does not count sub-tasks on the issuing side; a unit below counts its own subtree’s tasks, as lead or coordinating', async () => {
    const deadline = future(7);
    const { directiveId, taskIds } = await recorded([
      { lead: 'MTTQ-GL', deadline },
      { lead: 'CA-GL', deadline, coordinators: ['HND-GL'] },
      { lead: 'BCHQS-GL', deadline },
    ]);
    // A sub-task of the first task, delegated by MTTQ-GL to HND-GL (below it).
    await dataSource.query(
      `INSERT INTO tasks (id, directive_id, position, title, parent_task_id, depth, lead_unit_id, assigning_unit_id, status, phase,
                          original_deadline, deadline, reminder_policy, escalation_policy)
       SELECT gen_random_uuid(), directive_id, 100, 'Phần việc', id, 1, $2, lead_unit_id, 'assigned', 'in_progress',
              deadline, deadline, '{}', '{}' FROM tasks WHERE id = $1`,
      [taskIds[0], province.unit('HND-GL')],
    );
    expect(await differences()).toEqual([]);
    const issuer = (await reads.bucketCounts(scopeOf('TU-GL'), [directiveId])).get(directiveId)!;
    expect(issuer.open_within_deadline).toBe(3);
    // MTTQ-GL: its task, the sub-task below it and the task HND-GL (below it) coordinates;
    // HND-GL: the sub-task and the task it coordinates.
    expect((await reads.bucketCounts(scopeOf('MTTQ-GL'), [directiveId])).get(directiveId)!.open_within_deadline).toBe(
      3,
    );
    expect((await reads.bucketCounts(scopeOf('HND-GL'), [directiveId])).get(directiveId)!.open_within_deadline).toBe(2);
    expect((await reads.bucketCounts(scopeOf('BDT-GL'), [directiveId])).get(directiveId)).toBeUndefined();
  });
});
