import { Inject, Injectable } from '@nestjs/common';
import { stillAwaited } from '@dondoc/domain';
import { noticeParams } from '@dondoc/notifications';
import { noticesSent } from '@dondoc/observability';
import { InboxRepository, TaskDriverRepository, TaskEventsRepository, type TaskEntity } from '@dondoc/persistence';
import type {
  NoticeInput,
  NoticeResult,
  RecordDelegationInput,
  RecordTaskEventInput,
  TaskActivities,
} from '@dondoc/workflow-contract';
import { DeliveryService } from '../delivery/delivery.service';

@Injectable()
export class TaskActivitiesImpl implements TaskActivities {
  constructor(
    @Inject(InboxRepository) private readonly inbox: InboxRepository,
    @Inject(TaskEventsRepository) private readonly events: TaskEventsRepository,
    @Inject(DeliveryService) private readonly delivery: DeliveryService,
    @Inject(TaskDriverRepository) private readonly drivers: TaskDriverRepository,
  ) {}

  /**
   * Delivers a notice to the in-app inbox of every active user of the target unit (who
   * has not turned the kind off there), then plans its e-mails and webhook calls, which
   * a delivery workflow of their own sends. Re-reads the task first: a reminder or
   * escalation about something already done or cancelled is not sent. Rows are unique
   * per (notice, user) and (notice, channel, recipient): a retry adds nothing.
   */
  async notify(input: NoticeInput): Promise<NoticeResult> {
    const task = await this.inbox.task(input.taskId);
    if (!task) return { delivered: 0, skipped: 'no such task' };
    const stale = staleness(input, task);
    if (stale) return { delivered: 0, skipped: stale };
    const users = await this.inbox.activeUsers(input.targetUnitId);
    const lateUnit = input.lateUnitId ? await this.inbox.unit(input.lateUnitId) : null;
    const params = noticeParams({
      kind: input.kind,
      documentNumber: task.directive.documentNumber,
      directiveTitle: task.directive.title,
      taskTitle: task.title,
      secret: task.directive.confidentiality === 'secret',
      dueAt: input.dueAt ? new Date(input.dueAt) : null,
      level: input.level ?? null,
      lateUnitName: lateUnit?.name ?? null,
      note: input.note ?? null,
    });
    const preferences = await this.delivery.preferences(users.map((u) => u.id));
    const inApp = users.filter((user) => this.delivery.wants(preferences.get(user.id), input.kind, 'in_app'));
    const delivered = await this.inbox.deliver({ input, task, params }, inApp);
    if (delivered > 0) noticesSent.inc({ kind: input.kind });
    // A unit's webhooks are called even when it has no users of its own here.
    const planned = await this.delivery.plan({ input, task, users, preferences, lateUnitName: lateUnit?.name ?? null });
    if (users.length === 0 && !planned) return { delivered: 0, skipped: 'no users in the unit' };
    return { delivered, ...(planned ? { planned } : {}) };
  }

  escalationChain({ fromUnitId, toUnitId }: { fromUnitId: string; toUnitId: string | null }): Promise<string[]> {
    return this.inbox.escalationChain(fromUnitId, toUnitId);
  }

  /** Applies the event to the task row with the task machine's reducer, once per event id. */
  recordTaskEvent(input: RecordTaskEventInput): Promise<void> {
    return this.events.apply(input);
  }

  recordDelegation(input: RecordDelegationInput): Promise<void> {
    return this.events.recordDelegation(input);
  }

  /** The task's own workflow runs after it left its cohort (decision 65). */
  confirmTakeOver({ taskId }: { taskId: string }): Promise<void> {
    return this.drivers.confirmTakeOver(taskId);
  }

  asActivities(): TaskActivities {
    return {
      confirmTakeOver: (input) => this.confirmTakeOver(input),
      recordDelegation: (input) => this.recordDelegation(input),
      notify: (input) => this.notify(input),
      escalationChain: (input) => this.escalationChain(input),
      recordTaskEvent: (input) => this.recordTaskEvent(input),
    };
  }
}

/** Why a notice about an obligation is no longer worth sending (the task moved on), if it is not. */
function staleness(input: NoticeInput, task: TaskEntity): string | null {
  if (!input.awaiting) return null;
  if (task.status === 'cancelled' || task.status === 'completed') return `task ${task.status}`;
  if (!stillAwaited(input.awaiting, task.phase, task.acknowledgedAt !== null)) {
    return `no longer awaiting ${input.awaiting}`;
  }
  return null;
}
