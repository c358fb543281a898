import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_ESCALATION_POLICY, DEFAULT_REMINDER_POLICY } from '@dondoc/domain';
import {
  AuditLogRepository,
  AuditEventEntity,
  DirectiveEntity,
  DirectiveWritesRepository,
  TaskCoordinatorEntity,
  TaskEntity,
} from '@dondoc/persistence';
import type { DirectiveInput } from '@dondoc/workflow-contract';
import { connectTestDatabase } from '../../../../test/support/database';
import { seedTestProvince, type TestProvince } from '../../../../test/support/province';
import { DirectiveActivitiesImpl, type TellTask } from './directive.activities';

describe('DirectiveActivitiesImpl (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let activities: DirectiveActivitiesImpl;
  let province: TestProvince;
  // What the task workflows are told. Telling them is Temporal's part, run whole in
  // test/e2e/amendment-audit.e2e-spec.ts; here only what the directive side writes.
  const told: Parameters<TellTask['tellTask']>[0][] = [];
  const tasks: TellTask = { tellTask: async (input) => void told.push(input) };

  beforeAll(async () => {
    dataSource = await connectTestDatabase();
    activities = new DirectiveActivitiesImpl(
      new DirectiveWritesRepository(dataSource),
      tasks,
      new AuditLogRepository(dataSource),
      // Cohorts are not asked for here (no `inCohorts`, no `inCohort`): test/e2e/cohorts.e2e-spec.ts runs them whole.
      { assign: async () => undefined, startCohortsOf: async () => 0 },
    );
    province = await seedTestProvince(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  function directiveInput(
    number = Math.floor(Math.random() * 1e6) + 1,
    deadlines = ['2026-06-14T10:00:00.000Z', '2026-06-20T10:00:00.000Z'],
  ): DirectiveInput & { eventId: string } {
    const directiveId = randomUUID();
    return {
      directiveId,
      document: { raw: `${number}-KH/TU`, normalized: `${number}-KH/TU`, number, type: 'KH', issuer: 'TU' },
      issueDate: '2026-06-01',
      issuingUnitId: province.unit('TU-GL'),
      title: 'Kế hoạch sơ kết công tác dân vận',
      summary: null,
      confidentiality: 'normal',
      urgency: 'normal',
      acceptedAt: '2026-06-01T02:00:00.000Z',
      actor: 'officer-bdv',
      eventId: `directive:${directiveId}#recorded`,
      tasks: deadlines.map((deadline, i) => ({
        taskId: randomUUID(),
        title: i === 0 ? 'Báo cáo sơ kết 6 tháng' : 'Báo cáo giao ban khối quý II',
        description: null,
        leadUnitId: province.unit('BDV-TU'),
        coordinatingUnitIds: [province.unit('MTTQ-GL'), province.unit('HND-GL')],
        deadline,
        deadlineWorkingDays: null,
        reportRequired: true,
        reportTemplate: null,
        indicators: [{ name: 'Số buổi đối thoại', unitOfMeasure: 'buổi', target: 12 }],
        reminderPolicy: DEFAULT_REMINDER_POLICY,
        escalationPolicy: DEFAULT_ESCALATION_POLICY,
      })),
    };
  }

  const auditRows = (entityId: string) => dataSource.getRepository(AuditEventEntity).findBy({ entityId });

  it('records a directive once however often the activity is retried', async () => {
    const input = directiveInput();
    await activities.recordDirective(input);
    await activities.recordDirective(input);
    await Promise.all([activities.recordDirective(input), activities.recordDirective(input)]);

    const directive = await dataSource.getRepository(DirectiveEntity).findOneByOrFail({ id: input.directiveId });
    expect(directive).toMatchObject({
      title: 'Kế hoạch sơ kết công tác dân vận',
      status: 'active',
      createdBy: 'officer-bdv',
      docType: 'KH',
    });
    const tasks = await dataSource.getRepository(TaskEntity).findBy({ directiveId: input.directiveId });
    expect(tasks).toHaveLength(2);
    expect(await dataSource.getRepository(TaskCoordinatorEntity).countBy({ taskId: tasks[0]!.id })).toBe(2);
    expect((await auditRows(input.directiveId)).map((row) => row.action)).toEqual(['directive.recorded']);
    expect((await auditRows(tasks[0]!.id)).map((row) => row.action)).toEqual(['task.assigned']);
  });

  it('answers duplicate for another directive with the same number, writing nothing', async () => {
    const first = directiveInput();
    await activities.recordDirective(first);
    const second = { ...directiveInput(first.document.number), directiveId: randomUUID() };
    const result = await activities.recordDirective(second);
    expect(result).toEqual({
      status: 'duplicate',
      directiveId: second.directiveId,
      existingDirectiveId: first.directiveId,
      documentNumber: first.document.normalized,
    });
    expect(await dataSource.getRepository(DirectiveEntity).countBy({ id: second.directiveId })).toBe(0);
  });

  it('records an amendment on the directive once and tells the task, which writes its own row', async () => {
    const input = directiveInput();
    await activities.recordDirective(input);
    const [first] = input.tasks!;
    const amend = {
      directiveId: input.directiveId,
      amendment: { kind: 'cancel_task' as const, taskId: first!.taskId, reason: 'Lồng ghép' },
      actor: 'leader',
      eventId: `directive:${input.directiveId}#amendment:1`,
    };
    told.length = 0;
    await activities.applyAmendment(amend);
    await activities.applyAmendment(amend);

    const command = { kind: 'cancel', reason: 'Lồng ghép' };
    expect(told).toEqual([
      { directiveId: input.directiveId, taskId: first!.taskId, command, actor: 'leader' },
      { directiveId: input.directiveId, taskId: first!.taskId, command, actor: 'leader' },
    ]);
    const amended = await dataSource
      .getRepository(AuditEventEntity)
      .findBy({ entityId: input.directiveId, action: 'directive.amended' });
    expect(amended.map((row) => row.after)).toEqual([
      { kind: 'cancel_task', taskId: first!.taskId, reason: 'Lồng ghép' },
    ]);
    // The task's row and its audit are its workflow's to write, once.
    expect((await auditRows(first!.taskId)).map((row) => row.action)).toEqual(['task.assigned']);
    expect(await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: first!.taskId })).toMatchObject({
      status: 'assigned',
    });
  });

  it('refuses to amend a task that is closed, for good', async () => {
    const input = directiveInput();
    await activities.recordDirective(input);
    const [first] = input.tasks!;
    await dataSource.getRepository(TaskEntity).update({ id: first!.taskId }, { status: 'completed' });
    await expect(
      activities.applyAmendment({
        directiveId: input.directiveId,
        amendment: { kind: 'change_deadline', taskId: first!.taskId, deadline: '2026-07-01T10:00:00.000Z' },
        actor: 'leader',
        eventId: `directive:${input.directiveId}#amendment:1`,
      }),
    ).rejects.toMatchObject({ type: 'TaskNotOpen', nonRetryable: true });
  });

  it('cancels the directive and its open tasks once', async () => {
    const input = directiveInput();
    await activities.recordDirective(input);
    const cancel = {
      directiveId: input.directiveId,
      reason: 'Thay thế bởi văn bản khác',
      actor: 'leader',
      eventId: `directive:${input.directiveId}#cancelled`,
    };
    await activities.recordCancelled(cancel);
    await activities.recordCancelled(cancel);

    const directive = await dataSource.getRepository(DirectiveEntity).findOneByOrFail({ id: input.directiveId });
    expect(directive).toMatchObject({ status: 'cancelled', cancelReason: 'Thay thế bởi văn bản khác' });
    const statuses = (await dataSource.getRepository(TaskEntity).findBy({ directiveId: input.directiveId })).map(
      (t) => t.status,
    );
    expect(statuses).toEqual(['cancelled', 'cancelled']);
    expect((await auditRows(input.directiveId)).map((row) => row.action).sort()).toEqual([
      'directive.cancelled',
      'directive.recorded',
    ]);
  });
});
