import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditEventEntity, DirectiveEntity, TaskEntity } from '@dondoc/persistence';
import { connectTestDatabase } from '../../../../test/support/database';
import { DirectiveActivitiesImpl } from './directive.activities';

describe('DirectiveActivitiesImpl (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let activities: DirectiveActivitiesImpl;

  beforeAll(async () => {
    dataSource = await connectTestDatabase();
    activities = new DirectiveActivitiesImpl(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  function directiveInput() {
    const directiveId = randomUUID();
    return {
      directiveId,
      title: 'Kế hoạch số 12-KH/BDVTU',
      acceptedAt: '2026-06-01T02:00:00.000Z',
      actor: 'officer-bdv',
      eventId: `directive:${directiveId}#recorded`,
      tasks: [
        { taskId: randomUUID(), title: 'Báo cáo sơ kết 6 tháng', deadline: '2026-06-14T10:00:00.000Z' },
        { taskId: randomUUID(), title: 'Báo cáo giao ban khối quý II', deadline: '2026-06-20T10:00:00.000Z' },
      ],
    };
  }

  const auditRows = (entityId: string) => dataSource.getRepository(AuditEventEntity).findBy({ entityId });

  it('records a directive once however often the activity is retried', async () => {
    const input = directiveInput();
    await activities.recordDirective(input);
    await activities.recordDirective(input);
    await Promise.all([activities.recordDirective(input), activities.recordDirective(input)]);

    const directive = await dataSource.getRepository(DirectiveEntity).findOneByOrFail({ id: input.directiveId });
    expect(directive).toMatchObject({ title: 'Kế hoạch số 12-KH/BDVTU', status: 'active', createdBy: 'officer-bdv' });
    const tasks = await dataSource.getRepository(TaskEntity).findBy({ directiveId: input.directiveId });
    expect(tasks).toHaveLength(2);
    expect(tasks.every((task) => task.deadline.getTime() === task.originalDeadline.getTime())).toBe(true);
    const audit = await auditRows(input.directiveId);
    expect(audit.map((row) => row.action)).toEqual(['directive.recorded']);
  });

  it('marks only open tasks overdue, once, with one audit row each', async () => {
    const input = directiveInput();
    await activities.recordDirective(input);
    const [first, second] = input.tasks.map((task) => task.taskId) as [string, string];
    await dataSource.getRepository(TaskEntity).update({ id: second }, { status: 'completed', completedAt: new Date() });

    const overdueInput = {
      directiveId: input.directiveId,
      taskIds: [first, second],
      eventId: `directive:${input.directiveId}#overdue`,
    };
    expect(await activities.recordOverdue(overdueInput)).toEqual([first]);
    expect(await activities.recordOverdue(overdueInput)).toEqual([first]);

    expect((await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: second })).status).toBe('completed');
    const audit = await auditRows(first);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'task.overdue',
      before: { status: 'assigned' },
      after: { status: 'overdue' },
    });
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
