import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { foldVietnamese } from '@dondoc/domain';
import {
  appendAudit,
  insertInChunks,
  DirectiveEntity,
  DirectiveRequestEntity,
  TaskCoordinatorEntity,
  TaskEntity,
  TaskIndicatorEntity,
} from '@dondoc/persistence';
import type {
  ApplyAmendmentInput,
  DirectiveActivities,
  DirectiveInput,
  OpenTask,
  RecordCancelledInput,
  RecordResult,
  TaskInput,
} from '@dondoc/workflow-contract';

const OPEN = ['assigned', 'overdue'] as const;

/** The directive activities that write the read model (fan-out lives in FanOutActivitiesImpl). */
type RecordingActivities = Omit<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks'>;

/**
 * Writes directive transitions to the read model and the audit log. Every method
 * is idempotent: rows are keyed by ids the workflow chose and audit rows by a
 * deterministic event id, so a retried activity changes nothing twice.
 */
@Injectable()
export class DirectiveActivitiesImpl implements RecordingActivities {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async recordDirective(input: DirectiveInput & { eventId: string }): Promise<RecordResult> {
    return this.dataSource
      .transaction<RecordResult>(async (manager) => {
        const existing = await manager.findOne(DirectiveEntity, {
          select: { id: true },
          where: {
            issuingUnitId: input.issuingUnitId,
            docType: input.document.type,
            docNumber: input.document.number,
            issueYear: Number(input.issueDate.slice(0, 4)),
          },
        });
        if (existing && existing.id !== input.directiveId) {
          return {
            status: 'duplicate',
            directiveId: input.directiveId,
            existingDirectiveId: existing.id,
            documentNumber: input.document.normalized,
          };
        }
        if (existing) return { status: 'recorded', directiveId: input.directiveId };
        const tasks = input.tasks?.length ? input.tasks : await stagedTasks(manager, input.directiveId);

        await manager.insert(DirectiveEntity, {
          id: input.directiveId,
          documentNumber: input.document.raw,
          documentNumberNormalized: input.document.normalized,
          docNumber: input.document.number,
          docType: input.document.type,
          docIssuer: input.document.issuer,
          issueYear: Number(input.issueDate.slice(0, 4)),
          issueDate: input.issueDate,
          issuingUnitId: input.issuingUnitId,
          title: input.title,
          summary: input.summary,
          searchText: searchText(input.document.normalized, input.title),
          confidentiality: input.confidentiality,
          urgency: input.urgency,
          status: 'active',
          acceptedAt: new Date(input.acceptedAt),
          createdBy: input.actor,
          cancelReason: null,
        });
        await insertTasks(manager, input.directiveId, tasks, 0, { assigningUnitId: input.issuingUnitId });
        await appendAudit(manager, [
          {
            eventId: input.eventId,
            entityType: 'directive',
            entityId: input.directiveId,
            action: 'directive.recorded',
            actor: input.actor,
            after: {
              documentNumber: input.document.normalized,
              title: input.title,
              status: 'active',
              tasks: tasks.length,
            },
          },
          ...tasks.map((task) => ({
            eventId: `${input.eventId}:${task.taskId}`,
            entityType: 'task',
            entityId: task.taskId,
            action: 'task.assigned',
            actor: input.actor,
            after: { status: 'assigned', leadUnitId: task.leadUnitId, deadline: task.deadline },
          })),
        ]);
        return { status: 'recorded', directiveId: input.directiveId };
      })
      .catch((error: { code?: string; constraint?: string }) => {
        // Two different directives raced for one document number: the loser is a duplicate.
        if (error.code === '23505' && error.constraint === 'ux_directives_document') {
          return this.recordDirective(input);
        }
        throw error;
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
      const cancelled: { id: string; status: string }[] = (
        await manager
          .createQueryBuilder()
          .update(TaskEntity)
          .set({ status: 'cancelled', cancelReason: input.reason })
          .where({ directiveId: input.directiveId, status: In([...OPEN]) })
          .returning(['id'])
          .execute()
      ).raw;
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
        ...cancelled.map(({ id }) => ({
          eventId: `${input.eventId}:${id}`,
          entityType: 'task',
          entityId: id,
          action: 'task.cancelled',
          actor: input.actor,
          after: { status: 'cancelled', reason: input.reason },
        })),
      ]);
    });
  }

  async applyAmendment(input: ApplyAmendmentInput): Promise<OpenTask[]> {
    return this.dataSource.transaction(async (manager) => {
      const done = await manager.query('SELECT 1 FROM audit_events WHERE event_id = $1', [input.eventId]);
      if (done.length === 0) await this.amend(manager, input);
      const open = await manager.find(TaskEntity, {
        select: { id: true, deadline: true },
        where: { directiveId: input.directiveId, status: In([...OPEN]) },
        order: { position: 'ASC' },
      });
      return open.map((task) => ({ taskId: task.id, deadline: task.deadline.toISOString() }));
    });
  }

  private async amend(manager: EntityManager, input: ApplyAmendmentInput): Promise<void> {
    const { amendment } = input;
    const audit = (
      entityId: string,
      action: string,
      before: Record<string, string> | null,
      after: Record<string, string>,
    ) =>
      appendAudit(manager, [
        { eventId: input.eventId, entityType: 'task', entityId, action, actor: input.actor, before, after },
      ]);
    if (amendment.kind === 'add_task') {
      const [{ next }] = await manager.query(
        'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM tasks WHERE directive_id = $1',
        [input.directiveId],
      );
      const { issuingUnitId } = await manager.findOneByOrFail(DirectiveEntity, { id: input.directiveId });
      await insertTasks(manager, input.directiveId, [amendment.task], Number(next), { assigningUnitId: issuingUnitId });
      await audit(amendment.task.taskId, 'task.added', null, { status: 'assigned', deadline: amendment.task.deadline });
      return;
    }
    const task = await manager.findOne(TaskEntity, {
      where: { id: amendment.taskId, directiveId: input.directiveId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!task || !(OPEN as readonly string[]).includes(task.status)) {
      throw ApplicationFailure.nonRetryable(
        'Nhiệm vụ đã kết thúc hoặc không thuộc văn bản / the task is closed or not part of the directive',
        'TaskNotOpen',
      );
    }
    if (amendment.kind === 'cancel_task') {
      await manager.update(TaskEntity, { id: task.id }, { status: 'cancelled', cancelReason: amendment.reason });
      await audit(
        task.id,
        'task.cancelled',
        { status: task.status },
        { status: 'cancelled', reason: amendment.reason },
      );
      return;
    }
    const deadline = new Date(amendment.deadline);
    const status = task.status === 'overdue' && deadline.getTime() > Date.now() ? 'assigned' : task.status;
    await manager.update(TaskEntity, { id: task.id }, { deadline, status });
    await audit(
      task.id,
      'task.deadline_changed',
      { deadline: task.deadline.toISOString(), status: task.status },
      { deadline: deadline.toISOString(), status },
    );
  }

  /** The functions the worker registers. */
  asActivities(): RecordingActivities {
    return {
      recordDirective: (input) => this.recordDirective(input),
      recordCancelled: (input) => this.recordCancelled(input),
      applyAmendment: (input) => this.applyAmendment(input),
    };
  }
}

/** The tasks the API kept with the request (workflow inputs stay small for big directives). */
async function stagedTasks(manager: EntityManager, directiveId: string): Promise<TaskInput[]> {
  const request = await manager.findOneBy(DirectiveRequestEntity, { id: directiveId });
  if (!request)
    throw ApplicationFailure.nonRetryable(`no stored request for directive ${directiveId}`, 'MissingRequest');
  return request.tasks as TaskInput[];
}

const searchText = (documentNumber: string, title: string) => foldVietnamese(`${documentNumber} ${title}`);

/** Who assigned the tasks and, for sub-tasks, what they are part of. */
export interface TaskPlacement {
  assigningUnitId: string;
  parentTaskId?: string;
  depth?: number;
}

/** Inserts tasks with their coordinators and indicators; ids already there are left as they are. */
export async function insertTasks(
  manager: EntityManager,
  directiveId: string,
  tasks: TaskInput[],
  firstPosition: number,
  placement: TaskPlacement,
) {
  if (tasks.length === 0) return;
  // Chunks keep each INSERT under PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < tasks.length; i += 1000) {
    const chunk = tasks.slice(i, i + 1000);
    await manager
      .createQueryBuilder()
      .insert()
      .into(TaskEntity)
      .values(
        chunk.map((task, offset) => ({
          id: task.taskId,
          directiveId,
          position: firstPosition + i + offset,
          assigningUnitId: placement.assigningUnitId,
          parentTaskId: placement.parentTaskId ?? null,
          depth: placement.depth ?? 0,
          title: task.title,
          description: task.description,
          leadUnitId: task.leadUnitId,
          status: 'assigned' as const,
          originalDeadline: new Date(task.deadline),
          deadline: new Date(task.deadline),
          deadlineWorkingDays: task.deadlineWorkingDays,
          reportRequired: task.reportRequired,
          reportTemplate: task.reportTemplate,
          reminderPolicy: task.reminderPolicy,
          escalationPolicy: task.escalationPolicy,
          reviewPeriod: task.reviewPeriod ?? null,
          revisionPeriod: task.revisionPeriod ?? null,
          completedAt: null,
          cancelReason: null,
        })),
      )
      .orIgnore()
      .execute();
    await insertInChunks(
      manager,
      TaskCoordinatorEntity,
      chunk.flatMap((task) => task.coordinatingUnitIds.map((unitId) => ({ taskId: task.taskId, unitId }))),
    );
    await insertInChunks(
      manager,
      TaskIndicatorEntity,
      chunk.flatMap((task) =>
        task.indicators.map((indicator, position) => ({
          taskId: task.taskId,
          position,
          name: indicator.name,
          unitOfMeasure: indicator.unitOfMeasure,
          target: indicator.target === null ? null : String(indicator.target),
        })),
      ),
    );
  }
}
