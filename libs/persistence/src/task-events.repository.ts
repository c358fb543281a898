import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { applyToRecord, OPEN_STATUSES, type TaskEvent } from '@dondoc/domain';
import type { RecordDelegationInput, RecordTaskEventInput } from '@dondoc/workflow-contract';
import type { AuditPayload } from './entities/audit-event.entity';
import { alreadyRecorded, appendAudit } from './audit/audit-append';
import { DirectiveEntity, ExtensionRequestEntity, TaskEntity, TaskReportEntity } from './entities';
import { insertTasks, nextTaskPosition } from './task-rows';

/**
 * What a task workflow writes: its events applied to the task row (with the task
 * machine's reducer, libs/domain/src/task-machine), its reports and extension requests,
 * its delegations. The task workflow is the one writer of its task's row; every change
 * is one audit row, keyed by the workflow's deterministic event id.
 */
export class TaskEventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async apply(input: RecordTaskEventInput): Promise<void> {
    await this.dataSource.transaction((manager) => applyTaskEventIn(manager, input));
  }

  /**
   * Writes the sub-tasks of a delegation in one transaction: same directive, the parent
   * set, assigned by the parent's lead unit, one level deeper; ids come from the API
   * (from the Idempotency-Key when given), so a retry writes nothing twice.
   */
  async recordDelegation({ eventId, parentTaskId, actor, subtasks }: RecordDelegationInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (await alreadyRecorded(manager, eventId)) return;
      const parent = await manager.findOneByOrFail(TaskEntity, { id: parentTaskId });
      const position = await nextTaskPosition(manager, parent.directiveId);
      await insertTasks(manager, parent.directiveId, subtasks, position, {
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
}

/**
 * Applies one event to its task row with the task machine's reducer, with its audit row,
 * inside the caller's transaction; once per event id. The task workflow's writes come
 * through here, and so do the row-only changes of a task its cohort follows
 * (cohort.repository.ts: an acknowledgement).
 */
export async function applyTaskEventIn(
  manager: EntityManager,
  { eventId, taskId, actor, event }: RecordTaskEventInput,
): Promise<void> {
  if (await alreadyRecorded(manager, eventId)) return;
  const task = await manager.findOne(TaskEntity, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
  if (!task) return;
  const before = {
    status: task.status,
    phase: task.phase,
    ...movedDeadline(event, task.deadline),
    ...(event.type === 'handed_over' ? await taskUnits(manager, task) : {}),
  };
  await writeSideRows(manager, taskId, actor, event);
  Object.assign(task, applyToRecord(task, event, new Date()));
  if (event.type === 'handed_over') {
    // The task's units are the workflow's to change: the lead and assigning columns, the coordinators.
    task.leadUnitId = event.leadUnitId;
    task.assigningUnitId = event.issuingUnitId;
  }
  await manager.save(TaskEntity, task);
  await appendAudit(manager, [
    {
      eventId,
      entityType: 'task',
      entityId: taskId,
      action: auditAction(event),
      actor,
      before,
      after: { status: task.status, phase: task.phase, ...summary(event) },
    },
  ]);
  if (!OPEN_STATUSES.includes(task.status)) await completeDirectiveIfDone(manager, task.directiveId);
}

/**
 * The audit action of an event. The assignment itself is audited once, by the issuer,
 * when the directive (or the delegation, or the amendment adding the task) is recorded;
 * the task workflow's first event says when follow-up began (reminders, escalation),
 * which is worth keeping and not a second assignment: `task.follow_up_started`.
 */
export const auditAction = (event: TaskEvent): string =>
  event.type === 'assigned' ? 'task.follow_up_started' : `task.${event.type}`;

/** A moved deadline keeps the old one in the audit row's `before`. */
function movedDeadline(event: TaskEvent, deadline: Date): AuditPayload {
  const moves = event.type === 'deadline_changed' || (event.type === 'extension_decided' && event.approved);
  return moves ? { deadline: deadline.toISOString() } : {};
}

/** Reports and extension requests are rows of their own beside the task. */
async function writeSideRows(manager: EntityManager, taskId: string, actor: string, event: TaskEvent): Promise<void> {
  switch (event.type) {
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
      return;
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
      return;
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
      return;
    case 'handed_over':
      await manager.query('DELETE FROM task_coordinators WHERE task_id = $1 AND NOT (unit_id = ANY($2::uuid[]))', [
        taskId,
        event.coordinatingUnitIds,
      ]);
      // The successor takes the old unit's place in the list.
      await manager.query(
        `INSERT INTO task_coordinators (task_id, unit_id, position)
           SELECT $1, u.id, u.position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, position)
         ON CONFLICT (task_id, unit_id) DO UPDATE SET position = excluded.position`,
        [taskId, event.coordinatingUnitIds],
      );
      return;
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
      return;
  }
}

/** The directive is completed once none of its tasks is open any more. */
export async function completeDirectiveIfDone(manager: EntityManager, directiveId: string): Promise<void> {
  const open = await manager.count(TaskEntity, { where: { directiveId, status: In([...OPEN_STATUSES]) } });
  if (open === 0) await manager.update(DirectiveEntity, { id: directiveId, status: 'active' }, { status: 'completed' });
}

function summary(event: TaskEvent): Record<string, string | number | boolean | null> {
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
      return event.reason ? { deadline: event.deadline, reason: event.reason } : { deadline: event.deadline };
    case 'cancelled':
      return { reason: event.reason };
    case 'overdue':
      return { obligation: event.obligation };
    case 'handed_over':
      return {
        fromUnitId: event.fromUnitId,
        toUnitId: event.toUnitId,
        reason: event.reason,
        roles: event.roles.join(','),
        leadUnitId: event.leadUnitId,
        assigningUnitId: event.issuingUnitId,
        coordinatingUnitIds: event.coordinatingUnitIds.join(','),
      };
    default:
      return {};
  }
}

/** A task's units as they stand, for the `before` of a hand-over's audit row. */
async function taskUnits(manager: EntityManager, task: TaskEntity): Promise<AuditPayload> {
  const rows: { unit_id: string }[] = await manager.query(
    'SELECT unit_id FROM task_coordinators WHERE task_id = $1 ORDER BY position',
    [task.id],
  );
  return {
    leadUnitId: task.leadUnitId,
    assigningUnitId: task.assigningUnitId,
    coordinatingUnitIds: rows.map((row) => row.unit_id).join(','),
  };
}
