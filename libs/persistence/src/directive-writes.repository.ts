import type { DataSource, EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import { ConflictError, directiveSearchText, OPEN_STATUSES, msg } from '@dondoc/domain';
import type {
  ApplyAmendmentInput,
  DirectiveExpansion,
  DirectiveInput,
  OpenTask,
  RecordResult,
  TaskInput,
} from '@dondoc/workflow-contract';
import { alreadyRecorded, appendAudit, type AuditRecord } from './audit/audit-append';
import type { AuditPayload } from './entities/audit-event.entity';
import { DirectiveEntity, DirectiveRequestEntity, TaskEntity } from './entities';
import { auditExpandedAssignments, insertExpandedTasks } from './expansion';
import { insertTasks, nextTaskPosition } from './task-rows';

/** An amendment of a task that is closed or belongs to another directive. */
export class TaskNotOpenError extends ConflictError {
  constructor() {
    super(msg('directiveWrites.theTaskIsClosedOrNot'));
  }
}

/** The directive's request is gone (it is kept until the directive is recorded). */
export class MissingRequestError extends Error {
  constructor(directiveId: string) {
    super(`no stored request for directive ${directiveId}`);
    this.name = 'MissingRequestError';
  }
}

/**
 * What the directive workflow writes: the directive and its tasks, its amendments and
 * its cancellation. A task's own changes (cancelled, re-dated, …) are written by its
 * task workflow (TaskEventsRepository): one writer per row.
 */
export class DirectiveWritesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes the directive and its tasks in one transaction, idempotently. */
  /**
   * `follow` runs inside the same transaction once the directive and its tasks are
   * written (the tasks put in cohorts and told, docs/decisions/0065-task-cohorts.md).
   */
  record(
    input: DirectiveInput & { eventId: string },
    follow?: (manager: EntityManager) => Promise<void>,
  ): Promise<RecordResult> {
    return this.recordOnce(input, follow).catch((error: { code?: string; constraint?: string }) => {
      // Two different directives raced for one document number: the loser is a duplicate.
      if (error.code === '23505' && error.constraint === 'ux_directives_document')
        return this.recordOnce(input, follow);
      throw error;
    });
  }

  private recordOnce(
    input: DirectiveInput & { eventId: string },
    follow?: (manager: EntityManager) => Promise<void>,
  ): Promise<RecordResult> {
    return this.dataSource.transaction<RecordResult>(async (manager) => {
      const existing = await manager.findOne(DirectiveEntity, {
        select: { id: true },
        where: {
          issuingUnitId: input.issuingUnitId,
          docType: input.document.type,
          docNumber: input.document.number,
          issueYear: Number(input.issueDate.slice(0, 4)),
          reportingCycleId: IsNull(),
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
      const { tasks, expansion } = input.tasks?.length
        ? { tasks: input.tasks, expansion: null }
        : await stagedRequest(manager, input.directiveId);
      await manager.insert(DirectiveEntity, directiveRow(input));
      if (expansion) {
        // Recipients named by a rule, expanded here in SQL (expansion.ts): the tasks, then
        // the directive's audit row and each task's assignment, in the order a list writes them.
        const count = await insertExpandedTasks(manager, input, expansion);
        await appendAudit(manager, [recordedRow(input, count)]);
        await auditExpandedAssignments(manager, input, expansion.template.deadline);
        await follow?.(manager);
        return { status: 'recorded', directiveId: input.directiveId };
      }
      await insertTasks(manager, input.directiveId, tasks, 0, { assigningUnitId: input.issuingUnitId });
      await appendAudit(manager, [
        recordedRow(input, tasks.length),
        // The assignment, once per task, by the issuer (the task workflow's start is a follow_up_started row).
        ...tasks.map((task) => ({
          eventId: `${input.eventId}:${task.taskId}`,
          entityType: 'task',
          entityId: task.taskId,
          action: 'task.assigned',
          actor: input.actor,
          after: { status: 'assigned', leadUnitId: task.leadUnitId, deadline: task.deadline },
        })),
      ]);
      await follow?.(manager);
      return { status: 'recorded', directiveId: input.directiveId };
    });
  }

  /**
   * Records an amendment. A new task is written here (it has no workflow yet); a
   * cancellation or a new deadline is written on the directive only, as the decision,
   * and the task's workflow writes the task's own row when it is told. Refuses a task
   * that is closed or not the directive's (TaskNotOpenError). `follow` runs in the same
   * transaction once the amendment is written (a new task put in a cohort and told,
   * docs/decisions/0065-task-cohorts.md); a retry finds the amendment recorded and runs
   * neither again.
   */
  async amend(input: ApplyAmendmentInput, follow?: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (await alreadyRecorded(manager, input.eventId)) return;
      await this.writeAmendment(manager, input);
      await follow?.(manager);
    });
  }

  /** The directive's open tasks and their current deadlines, in order. */
  async openTasks(directiveId: string): Promise<OpenTask[]> {
    const open = await this.dataSource.getRepository(TaskEntity).find({
      select: { id: true, deadline: true },
      where: { directiveId, status: In([...OPEN_STATUSES]) },
      order: { position: 'ASC' },
    });
    return open.map((task) => ({ taskId: task.id, deadline: task.deadline.toISOString() }));
  }

  private async writeAmendment(manager: EntityManager, input: ApplyAmendmentInput): Promise<void> {
    const { amendment, directiveId, eventId, actor } = input;
    if (amendment.kind === 'add_task') {
      const { issuingUnitId } = await manager.findOneByOrFail(DirectiveEntity, { id: directiveId });
      const position = await nextTaskPosition(manager, directiveId);
      await insertTasks(manager, directiveId, [amendment.task], position, { assigningUnitId: issuingUnitId });
      const after = { status: 'assigned', deadline: amendment.task.deadline };
      await appendAudit(manager, [
        { eventId, entityType: 'task', entityId: amendment.task.taskId, action: 'task.added', actor, after },
      ]);
      return;
    }
    const task = await manager.findOne(TaskEntity, {
      select: { id: true, status: true },
      where: { id: amendment.taskId, directiveId },
    });
    if (!task || !OPEN_STATUSES.includes(task.status)) throw new TaskNotOpenError();
    const after: AuditPayload =
      amendment.kind === 'cancel_task'
        ? { kind: amendment.kind, taskId: task.id, reason: amendment.reason }
        : { kind: amendment.kind, taskId: task.id, deadline: amendment.deadline };
    await appendAudit(manager, [
      { eventId, entityType: 'directive', entityId: directiveId, action: 'directive.amended', actor, after },
    ]);
  }

  /**
   * Cancels the directive. Its running tasks were told first and wrote their own rows;
   * what is still open here never had a workflow to tell (a fan-out cut short), so the
   * directive closes those itself.
   */
  async cancel(input: { directiveId: string; reason: string; actor: string; eventId: string }): Promise<void> {
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
      const cancelled: { id: string }[] = (
        await manager
          .createQueryBuilder()
          .update(TaskEntity)
          .set({ status: 'cancelled', cancelReason: input.reason })
          .where({ directiveId: input.directiveId, status: In([...OPEN_STATUSES]) })
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
}

function directiveRow(input: DirectiveInput) {
  return {
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
    searchText: directiveSearchText(input.document.normalized, input.title),
    confidentiality: input.confidentiality,
    urgency: input.urgency,
    status: 'active' as const,
    acceptedAt: new Date(input.acceptedAt),
    createdBy: input.actor,
    cancelReason: null,
  };
}

/** The directive's own audit row. */
function recordedRow(input: DirectiveInput & { eventId: string }, tasks: number): AuditRecord {
  return {
    eventId: input.eventId,
    entityType: 'directive',
    entityId: input.directiveId,
    action: 'directive.recorded',
    actor: input.actor,
    after: { documentNumber: input.document.normalized, title: input.title, status: 'active', tasks },
  };
}

/**
 * The tasks the API kept with the request, or the rule naming their units (workflow
 * inputs stay small for big directives).
 */
async function stagedRequest(
  manager: EntityManager,
  directiveId: string,
): Promise<{ tasks: TaskInput[]; expansion: DirectiveExpansion | null }> {
  const request = await manager.findOneBy(DirectiveRequestEntity, { id: directiveId });
  if (!request) throw new MissingRequestError(directiveId);
  return { tasks: request.tasks as TaskInput[], expansion: (request.expansion as DirectiveExpansion | null) ?? null };
}
