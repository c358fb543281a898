import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_ESCALATION_POLICY, DEFAULT_REMINDER_POLICY } from '@dondoc/domain';
import type { DirectiveInput, TaskEvent } from '@dondoc/workflow-contract';
import { connectTestDatabase } from '../../../test/support/database';
import { seedTestProvince, SYSTEM, type TestProvince } from '../../../test/support/province';
import { DirectiveWritesRepository } from './directive-writes.repository';
import { DirectivesRepository } from './directives.repository';
import { AuditEventEntity, DirectiveEntity, TaskEntity } from './entities';
import { TaskEventsRepository } from './task-events.repository';

/** The task workflow's writes: one writer of the task row, one audit row per change. */
describe('TaskEventsRepository (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let events: TaskEventsRepository;
  let directives: DirectiveWritesRepository;
  let province: TestProvince;

  beforeAll(async () => {
    dataSource = await connectTestDatabase();
    events = new TaskEventsRepository(dataSource);
    directives = new DirectiveWritesRepository(dataSource);
    province = await seedTestProvince(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  async function recordedDirective(deadlines: string[]): Promise<{ directiveId: string; taskIds: string[] }> {
    const directiveId = randomUUID();
    const number = Math.floor(Math.random() * 1e6) + 1;
    const input: DirectiveInput & { eventId: string } = {
      directiveId,
      document: { raw: `${number}-KH/TU`, normalized: `${number}-KH/TU`, number, type: 'KH', issuer: 'TU' },
      issueDate: '2026-06-01',
      issuingUnitId: province.unit('TU-GL'),
      title: 'Kế hoạch kiểm tra công tác dân vận',
      summary: null,
      confidentiality: 'normal',
      urgency: 'normal',
      acceptedAt: '2026-06-01T02:00:00.000Z',
      actor: 'officer-bdv',
      eventId: `directive:${directiveId}#recorded`,
      tasks: deadlines.map((deadline) => ({
        taskId: randomUUID(),
        title: 'Báo cáo kết quả kiểm tra',
        description: null,
        leadUnitId: province.unit('BDV-TU'),
        coordinatingUnitIds: [],
        deadline,
        deadlineWorkingDays: null,
        reportRequired: true,
        reportTemplate: null,
        indicators: [],
        reminderPolicy: DEFAULT_REMINDER_POLICY,
        escalationPolicy: DEFAULT_ESCALATION_POLICY,
      })),
    };
    await directives.record(input);
    return { directiveId, taskIds: input.tasks!.map((t) => t.taskId) };
  }

  const actions = async (taskId: string) =>
    (await dataSource.getRepository(AuditEventEntity).find({ where: { entityId: taskId }, order: { seq: 'ASC' } })).map(
      (row) => row.action,
    );
  const record = (taskId: string, key: string, event: TaskEvent, actor = 'leader') =>
    events.apply({ eventId: `task:${taskId}#${key}`, taskId, actor, event });

  it('audits the assignment once (the start of follow-up is its own action), a cancellation once however often retried', async () => {
    const { directiveId, taskIds } = await recordedDirective(['2026-06-20T10:00:00.000Z', '2026-06-25T10:00:00.000Z']);
    const [first, second] = taskIds as [string, string];
    await record(first, 'assigned', { type: 'assigned' }, 'system');
    await record(first, 'assigned', { type: 'assigned' }, 'system');
    await record(first, 'cancelled', { type: 'cancelled', reason: 'Lồng ghép' });
    await record(first, 'cancelled', { type: 'cancelled', reason: 'Lồng ghép' });

    expect(await actions(first)).toEqual(['task.assigned', 'task.follow_up_started', 'task.cancelled']);
    expect(await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: first })).toMatchObject({
      status: 'cancelled',
      phase: 'cancelled',
      cancelReason: 'Lồng ghép',
    });
    expect((await dataSource.getRepository(DirectiveEntity).findOneByOrFail({ id: directiveId })).status).toBe(
      'active',
    );

    await record(second, 'cancelled', { type: 'cancelled', reason: 'Lồng ghép' });
    expect((await dataSource.getRepository(DirectiveEntity).findOneByOrFail({ id: directiveId })).status).toBe(
      'completed',
    );
  });

  it('opens an overdue task again when its deadline moves later, and keeps the old deadline in the audit row', async () => {
    const { taskIds } = await recordedDirective(['2026-01-05T10:00:00.000Z']);
    const [task] = taskIds as [string];
    await record(task, 'overdue:report', { type: 'overdue', obligation: 'report' }, 'system');
    expect((await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task })).status).toBe('overdue');

    const later = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await record(task, `deadline:${later}`, { type: 'deadline_changed', deadline: later });
    const row = await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task });
    expect(row).toMatchObject({ status: 'assigned', deadline: new Date(later) });
    const [audit] = await dataSource
      .getRepository(AuditEventEntity)
      .findBy({ entityId: task, action: 'task.deadline_changed' });
    expect(audit).toMatchObject({
      before: { status: 'overdue', phase: 'awaiting_ack', deadline: '2026-01-05T10:00:00.000Z' },
      after: { status: 'assigned', phase: 'awaiting_ack', deadline: later },
    });
  });

  it("counts a directive's tasks as assigned once their follow-up has started (the directive page's progress bar)", async () => {
    const { directiveId, taskIds } = await recordedDirective(['2026-06-20T10:00:00.000Z', '2026-06-25T10:00:00.000Z']);
    const read = new DirectivesRepository(dataSource);
    expect((await read.get(SYSTEM, directiveId)).assignment).toEqual({ total: 2, started: 0 });
    await record(taskIds[0]!, 'assigned', { type: 'assigned' }, 'system');
    expect((await read.get(SYSTEM, directiveId)).assignment).toEqual({ total: 2, started: 1 });
    await record(taskIds[1]!, 'assigned', { type: 'assigned' }, 'system');
    expect((await read.get(SYSTEM, directiveId)).assignment).toEqual({ total: 2, started: 2 });
  });
  it('records a hand-over once: the lead, the assigning unit and the coordinators on the row, one task.handed_over row', async () => {
    const { taskIds } = await recordedDirective(['2026-06-20T10:00:00.000Z']);
    const [task] = taskIds as [string];
    const [old, successor, issuer] = [province.unit('BDV-TU'), province.unit('VP-TU'), province.unit('TU-GL')];
    await dataSource.query(
      'INSERT INTO task_coordinators (task_id, unit_id, position) VALUES ($1, $2, 0), ($1, $3, 1)',
      [task, province.unit('MTTQ-GL'), successor],
    );
    const event: TaskEvent = {
      type: 'handed_over',
      fromUnitId: old,
      toUnitId: successor,
      reason: 'Sáp nhập',
      roles: ['lead'],
      leadUnitId: successor,
      coordinatingUnitIds: [province.unit('MTTQ-GL')],
      issuingUnitId: issuer,
    };
    await record(task, 'handover:unit-handover:x#deactivated', event, 'admin');
    await record(task, 'handover:unit-handover:x#deactivated', event, 'admin');
    expect(await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task })).toMatchObject({
      leadUnitId: successor,
      assigningUnitId: issuer,
      status: 'assigned',
    });
    expect(await dataSource.query('SELECT unit_id FROM task_coordinators WHERE task_id = $1', [task])).toEqual([
      { unit_id: province.unit('MTTQ-GL') },
    ]);
    const audit = await dataSource
      .getRepository(AuditEventEntity)
      .findBy({ entityId: task, action: 'task.handed_over' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'admin',
      before: {
        leadUnitId: old,
        assigningUnitId: issuer,
        coordinatingUnitIds: `${province.unit('MTTQ-GL')},${successor}`,
      },
      after: { leadUnitId: successor, roles: 'lead', fromUnitId: old, toUnitId: successor },
    });
  });
});
