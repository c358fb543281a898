import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { noticeText } from '@dondoc/notifications';
import { DataSource, In } from 'typeorm';
import {
  appendAudit,
  DirectiveEntity,
  ExtensionRequestEntity,
  NotificationEntity,
  TaskEntity,
  TaskReportEntity,
  UnitEntity,
  UserEntity,
} from '@dondoc/persistence';
import type {
  NoticeInput,
  NoticeResult,
  Obligation,
  RecordDelegationInput,
  RecordTaskEventInput,
  TaskActivities,
} from '@dondoc/workflow-contract';
import { DeliveryService } from '../delivery/delivery.service';
import { insertTasks } from './directive.activities';

/** Phases in which each obligation is still awaited (the self-check before a notice). */
const AWAITED_IN: Record<Obligation, string[]> = {
  ack: ['awaiting_ack'],
  report: ['awaiting_ack', 'in_progress'],
  revision: ['revising'],
  review: ['under_review'],
};

@Injectable()
export class TaskActivitiesImpl implements TaskActivities {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DeliveryService) private readonly delivery: DeliveryService,
  ) {}

  /**
   * Delivers a notice to the in-app inbox of every active user of the target unit (who
   * has not turned the kind off there), then plans its e-mails and webhook calls, which
   * a delivery workflow of their own sends. Re-reads the task first: a reminder or
   * escalation about something already done or cancelled is not sent. Rows are unique
   * per (notice, user) and (notice, channel, recipient): a retry adds nothing.
   */
  async notify(input: NoticeInput): Promise<NoticeResult> {
    const task = await this.dataSource
      .getRepository(TaskEntity)
      .findOne({ where: { id: input.taskId }, relations: { directive: true } });
    if (!task) return { delivered: 0, skipped: 'no such task' };
    if (input.awaiting) {
      if (task.status === 'cancelled' || task.status === 'completed')
        return { delivered: 0, skipped: `task ${task.status}` };
      if (input.awaiting === 'ack' ? task.acknowledgedAt !== null : !AWAITED_IN[input.awaiting].includes(task.phase)) {
        return { delivered: 0, skipped: `no longer awaiting ${input.awaiting}` };
      }
    }
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ where: { unitId: input.targetUnitId, active: true } });
    const lateUnit = input.lateUnitId
      ? await this.dataSource.getRepository(UnitEntity).findOneBy({ id: input.lateUnitId })
      : null;
    const text = noticeText({
      kind: input.kind,
      documentNumber: task.directive.documentNumber,
      directiveTitle: task.directive.title,
      taskTitle: task.title,
      secret: task.directive.confidentiality === 'secret',
      dueAt: input.dueAt ? new Date(input.dueAt) : null,
      level: input.level ?? null,
      lateUnitName: lateUnit?.name ?? null,
      note: input.note ?? null,
      timeZone: this.config.timezone,
    });
    const preferences = await this.delivery.preferences(users.map((u) => u.id));
    const inApp = users.filter((user) => this.delivery.wants(preferences.get(user.id), input.kind, 'in_app'));
    let delivered = 0;
    if (inApp.length) {
      const result = await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(NotificationEntity)
        .values(
          inApp.map((user) => ({
            noticeId: input.noticeId,
            userId: user.id,
            unitId: input.targetUnitId,
            kind: input.kind,
            level: input.level ?? null,
            lateUnitId: input.lateUnitId ?? null,
            taskId: task.id,
            directiveId: task.directiveId,
            title: text.title,
            body: text.body,
          })),
        )
        .orIgnore()
        .execute();
      delivered = result.identifiers.filter(Boolean).length;
    }
    // A unit's webhooks are called even when it has no users of its own here.
    const planned = await this.delivery.plan({ input, task, users, preferences, lateUnitName: lateUnit?.name ?? null });
    if (users.length === 0 && !planned) return { delivered: 0, skipped: 'no users in the unit' };
    return { delivered, ...(planned ? { planned } : {}) };
  }

  async escalationChain({ fromUnitId, toUnitId }: { fromUnitId: string; toUnitId: string | null }): Promise<string[]> {
    const from = await this.dataSource.getRepository(UnitEntity).findOneByOrFail({ id: fromUnitId });
    const ids = from.path.split('/').filter(Boolean).reverse();
    const end = toUnitId ? ids.indexOf(toUnitId) : ids.length - 1;
    return end >= 0 ? ids.slice(0, end + 1) : ids;
  }

  async recordTaskEvent({ eventId, taskId, actor, event }: RecordTaskEventInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const done = await manager.query('SELECT 1 FROM audit_events WHERE event_id = $1', [eventId]);
      if (done.length) return;
      const task = await manager.findOne(TaskEntity, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task) return;
      const before = { status: task.status, phase: task.phase };
      switch (event.type) {
        case 'assigned':
          break;
        case 'acknowledged':
          task.acknowledgedAt = new Date(event.at);
          if (task.phase === 'awaiting_ack') task.phase = 'in_progress';
          break;
        case 'overdue':
          if (task.status === 'assigned') task.status = 'overdue';
          break;
        case 'report':
          await manager.insert(TaskReportEntity, {
            id: event.reportId,
            taskId,
            version: event.version,
            text: event.text,
            indicatorValues: event.indicatorValues,
            attachments: event.attachments,
            submittedBy: actor,
            submittedAt: new Date(event.at),
            late: event.late,
            reviewOutcome: null,
            reviewComment: null,
            reviewedBy: null,
            reviewedAt: null,
          });
          task.phase = 'under_review';
          task.acknowledgedAt ??= new Date(event.at);
          if (event.subtaskOverrideReason) task.subtaskOverrideReason = event.subtaskOverrideReason;
          task.reviewDeadline = new Date(event.reviewDeadline);
          task.revisionDeadline = null;
          break;
        case 'review':
          await manager.update(
            TaskReportEntity,
            { id: event.reportId },
            {
              reviewOutcome: event.outcome,
              reviewComment: event.comment,
              reviewedBy: actor,
              reviewedAt: new Date(event.at),
            },
          );
          task.reviewDeadline = null;
          if (event.outcome === 'accepted') {
            task.phase = 'completed';
            task.status = 'completed';
            task.completedAt = new Date(event.completedAt!);
          } else {
            task.phase = 'revising';
            task.revisionDeadline = new Date(event.revisionDeadline!);
          }
          break;
        case 'extension_requested':
          await manager.insert(ExtensionRequestEntity, {
            id: event.requestId,
            taskId,
            requestedDeadline: new Date(event.deadline),
            reason: event.reason,
            requestedBy: actor,
            requestedAt: new Date(event.at),
            status: 'pending',
            decidedBy: null,
            decidedAt: null,
            decisionComment: null,
          });
          break;
        case 'extension_decided':
          await manager.update(
            ExtensionRequestEntity,
            { id: event.requestId },
            {
              status: event.approved ? 'approved' : 'rejected',
              decidedBy: actor,
              decidedAt: new Date(event.at),
              decisionComment: event.comment,
            },
          );
          if (event.approved && event.deadline) {
            task.deadline = new Date(event.deadline);
            if (task.status === 'overdue' && task.deadline.getTime() > Date.now()) task.status = 'assigned';
          }
          break;
        case 'deadline_changed':
          task.deadline = new Date(event.deadline);
          if (task.status === 'overdue' && task.deadline.getTime() > Date.now()) task.status = 'assigned';
          break;
        case 'cancelled':
          task.phase = 'cancelled';
          task.status = 'cancelled';
          task.cancelReason = event.reason;
          break;
      }
      await manager.save(TaskEntity, task);
      await appendAudit(manager, [
        {
          eventId,
          entityType: 'task',
          entityId: taskId,
          action: `task.${event.type}`,
          actor,
          before,
          after: { status: task.status, phase: task.phase, ...summary(event) },
        },
      ]);
      if (task.status === 'completed' || task.status === 'cancelled') {
        // The directive is completed once none of its tasks is open any more.
        const open = await manager.count(TaskEntity, {
          where: { directiveId: task.directiveId, status: In(['assigned', 'overdue']) },
        });
        if (open === 0)
          await manager.update(DirectiveEntity, { id: task.directiveId, status: 'active' }, { status: 'completed' });
      }
    });
  }

  /**
   * Writes the sub-tasks of a delegation in one transaction: same directive, the parent
   * set, assigned by the parent's lead unit, one level deeper; ids come from the API
   * (from the Idempotency-Key when given), so a retry writes nothing twice.
   */
  async recordDelegation({ eventId, parentTaskId, actor, subtasks }: RecordDelegationInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const done = await manager.query('SELECT 1 FROM audit_events WHERE event_id = $1', [eventId]);
      if (done.length) return;
      const parent = await manager.findOneByOrFail(TaskEntity, { id: parentTaskId });
      const [{ next }] = await manager.query(
        'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM tasks WHERE directive_id = $1',
        [parent.directiveId],
      );
      await insertTasks(manager, parent.directiveId, subtasks, Number(next), {
        assigningUnitId: parent.leadUnitId,
        parentTaskId,
        depth: parent.depth + 1,
      });
      await appendAudit(manager, [
        {
          eventId,
          entityType: 'task',
          entityId: parentTaskId,
          action: 'task.delegated',
          actor,
          before: null,
          after: {
            subtasks: subtasks.length,
            taskIds: subtasks.map((t) => t.taskId).join(','),
            units: subtasks.map((t) => t.leadUnitId).join(','),
          },
        },
        ...subtasks.map((t) => ({
          eventId: `${eventId}:${t.taskId}`,
          entityType: 'task',
          entityId: t.taskId,
          action: 'task.added',
          actor,
          before: null,
          after: { status: 'assigned', deadline: t.deadline, parentTaskId },
        })),
      ]);
    });
  }

  asActivities(): TaskActivities {
    return {
      recordDelegation: (input) => this.recordDelegation(input),
      notify: (input) => this.notify(input),
      escalationChain: (input) => this.escalationChain(input),
      recordTaskEvent: (input) => this.recordTaskEvent(input),
    };
  }
}

function summary(event: RecordTaskEventInput['event']): Record<string, string | number | boolean | null> {
  switch (event.type) {
    case 'report':
      return {
        reportId: event.reportId,
        version: event.version,
        late: event.late,
        ...(event.subtaskOverrideReason ? { subtaskOverrideReason: event.subtaskOverrideReason } : {}),
      };
    case 'review':
      return { reportId: event.reportId, outcome: event.outcome, comment: event.comment };
    case 'extension_requested':
      return { requestId: event.requestId, deadline: event.deadline, reason: event.reason };
    case 'extension_decided':
      return { requestId: event.requestId, approved: event.approved, deadline: event.deadline };
    case 'deadline_changed':
      return { deadline: event.deadline };
    case 'cancelled':
      return { reason: event.reason };
    case 'overdue':
      return { obligation: event.obligation };
    default:
      return {};
  }
}
