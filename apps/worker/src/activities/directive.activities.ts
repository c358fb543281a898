import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { appendAudit, DirectiveEntity, TaskEntity } from '@dondoc/persistence';
import type {
  DirectiveActivities,
  DirectiveInput,
  RecordCancelledInput,
  RecordOverdueInput,
} from '@dondoc/workflows/activities';

/**
 * Writes directive transitions to the read model and the audit log. Every method
 * is idempotent: rows are keyed by ids the workflow chose and audit rows by a
 * deterministic event id, so a retried activity changes nothing twice.
 */
@Injectable()
export class DirectiveActivitiesImpl implements DirectiveActivities {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async recordDirective(input: DirectiveInput & { eventId: string }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(DirectiveEntity)
        .values({
          id: input.directiveId,
          title: input.title,
          status: 'active',
          acceptedAt: new Date(input.acceptedAt),
          createdBy: input.actor,
          cancelReason: null,
        })
        .orIgnore()
        .execute();
      await manager
        .createQueryBuilder()
        .insert()
        .into(TaskEntity)
        .values(
          input.tasks.map((task, position) => ({
            id: task.taskId,
            directiveId: input.directiveId,
            position,
            title: task.title,
            status: 'assigned' as const,
            originalDeadline: new Date(task.deadline),
            deadline: new Date(task.deadline),
            completedAt: null,
          })),
        )
        .orIgnore()
        .execute();
      await appendAudit(manager, [
        {
          eventId: input.eventId,
          entityType: 'directive',
          entityId: input.directiveId,
          action: 'directive.recorded',
          actor: input.actor,
          after: { title: input.title, status: 'active', tasks: input.tasks.length },
        },
      ]);
    });
  }

  async recordOverdue(input: RecordOverdueInput): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      // Self-check: only tasks that are still open become overdue.
      const changed: { id: string }[] = (
        await manager
          .createQueryBuilder()
          .update(TaskEntity)
          .set({ status: 'overdue' })
          .where({ id: In(input.taskIds), status: 'assigned' })
          .returning(['id'])
          .execute()
      ).raw;
      await appendAudit(
        manager,
        changed.map(({ id }) => ({
          eventId: `${input.eventId}:${id}`,
          entityType: 'task',
          entityId: id,
          action: 'task.overdue',
          actor: 'system',
          before: { status: 'assigned' },
          after: { status: 'overdue' },
        })),
      );
      const overdue = await manager.find(TaskEntity, {
        select: { id: true },
        where: { id: In(input.taskIds), status: 'overdue' },
      });
      return overdue.map((task) => task.id).sort();
    });
  }

  async recordCancelled(input: RecordCancelledInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const directive = await manager.findOne(DirectiveEntity, {
        where: { id: input.directiveId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!directive || directive.status === 'cancelled') return;
      await manager.update(
        DirectiveEntity,
        { id: input.directiveId },
        { status: 'cancelled', cancelReason: input.reason },
      );
      await manager
        .createQueryBuilder()
        .update(TaskEntity)
        .set({ status: 'cancelled' })
        .where({ directiveId: input.directiveId, status: In(['assigned', 'overdue']) })
        .execute();
      await appendAudit(manager, [
        {
          eventId: input.eventId,
          entityType: 'directive',
          entityId: input.directiveId,
          action: 'directive.cancelled',
          actor: input.actor,
          before: { status: directive.status },
          after: { status: 'cancelled', reason: input.reason },
        },
      ]);
    });
  }

  /** The functions the worker registers. */
  asActivities(): DirectiveActivities {
    return {
      recordDirective: (input) => this.recordDirective(input),
      recordOverdue: (input) => this.recordOverdue(input),
      recordCancelled: (input) => this.recordCancelled(input),
    };
  }
}
