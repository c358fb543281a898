import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  ConflictError,
  DomainError,
  extensionDeadlineProblem,
  formatForPeople,
  ForbiddenError,
  NotFoundError,
  toZonedIso,
  TooManyRequestsError,
  ValidationError,
  type Scope,
  msg,
} from '@dondoc/domain';
import {
  IdempotencyRepository,
  takeOverFrom,
  TaskDriverRepository,
  TaskWorkflowInputs,
  TasksRepository,
  type TaskEntity,
} from '@dondoc/persistence';
import { TemporalClientService, updateTask, urgeTasks } from '@dondoc/temporal-client';
import { changeTaskDeadlineUpdate, type UrgeOutcome } from '@dondoc/workflow-contract';
import { ExplanationsService } from '../explanations/explanations.service';
import { claimIdempotencyKey } from '../common/idempotency';
import { uuidFromKey } from '../common/ids';
import type { BulkExplanationDto, BulkUrgeDto, ChangeDeadlineDto, UrgeTaskDto } from './dto/leader-actions.dto';
import type {
  BulkItemDto,
  BulkRefusal,
  BulkResultDto,
  DeadlineChangedDto,
  TaskUrgedDto,
} from './dto/leader-actions.response';

const CLOSED = msg('tasks.theTaskIsClosed');

/**
 * What a leader does about a late task (issue 22): urge the lead unit, ask it to explain,
 * move the deadline; one task or many. Who may: people of the assigning side (the unit that
 * assigned the task, or one above it). Urging and asking to explain are the follow-up
 * work of officers as much as of leaders (DESIGN: an advisory body's officer "urges late
 * units"), so officers may; moving a deadline is a decision, so only leaders and admins
 * may. Auditors change nothing (the auth guard refuses every write of theirs).
 *
 * An urge is a notice and an audit row, written by the urge workflow's activity
 * (workflows/urge.workflow.ts); it changes no field of the task, so it does not take a
 * cohort's task over (that would start a workflow per urged task and leave the cohort
 * for nothing). A new deadline changes the task: it goes to the task's driver like an
 * extension decision (a cohort's task leaves for its own workflow, update-with-start),
 * which writes the row and its one `task.deadline_changed` audit row with the reason, and
 * re-plans reminders and escalation from the new deadline.
 */
@Injectable()
export class LeaderActionsService {
  constructor(
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(TaskDriverRepository) private readonly drivers: TaskDriverRepository,
    @Inject(TaskWorkflowInputs) private readonly inputs: TaskWorkflowInputs,
    @Inject(IdempotencyRepository) private readonly keys: IdempotencyRepository,
    @Inject(ExplanationsService) private readonly explanations: ExplanationsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** One task: 409 when closed, 429 (Retry-After) when urged within the interval. */
  async urge(scope: Scope, taskId: string, dto: UrgeTaskDto): Promise<TaskUrgedDto> {
    const task = await this.assigningSide(scope, taskId);
    if (closed(task)) throw new ConflictError(CLOSED, [{ field: 'id', message: CLOSED }]);
    const [outcome] = await this.runUrge(scope, randomUUID(), [taskId], dto.note);
    if (!outcome || outcome.status === 'refused') {
      if (outcome?.reason === 'rate_limited' && outcome.nextAllowedAt) {
        const at = new Date(outcome.nextAllowedAt);
        const when = formatForPeople(at, this.config.timezone);
        throw new TooManyRequestsError(
          msg('tasks.theTaskWasUrgedRecentlyIt', { when }),
          Math.max(1, Math.ceil((at.getTime() - Date.now()) / 1000)),
          [{ field: 'id', message: toZonedIso(at, this.config.timezone) }],
        );
      }
      if (outcome?.reason === 'closed') throw new ConflictError(CLOSED, [{ field: 'id', message: taskId }]);
      throw new NotFoundError(msg('nouns.task'), taskId);
    }
    return {
      taskId,
      urgedAt: toZonedIso(new Date(outcome.urgedAt), this.config.timezone),
      nextAllowedAt: toZonedIso(new Date(outcome.nextAllowedAt), this.config.timezone),
    };
  }

  /** Many tasks, each judged on its own; with an Idempotency-Key a repeat replays the first answer. */
  async urgeMany(
    scope: Scope,
    dto: BulkUrgeDto,
    idempotencyKey?: string,
  ): Promise<{ replayed: boolean; view: BulkResultDto }> {
    const { replayed, resourceId: urgeId } = idempotencyKey
      ? await claimIdempotencyKey(
          this.keys,
          uuidFromKey(`task-urge:${scope.userId}:${idempotencyKey}`),
          dto,
          this.config.security.idempotencyKeyTtlSeconds,
        )
      : { replayed: false, resourceId: randomUUID() };
    const judged = await this.judgeEach(scope, dto.taskIds, (task) => (closed(task) ? 'closed' : null));
    const allowed = dto.taskIds.filter((id) => !judged.has(id));
    const outcomes = new Map(
      (allowed.length ? await this.runUrge(scope, urgeId, allowed, dto.note) : []).map((o) => [o.taskId, o]),
    );
    const tz = this.config.timezone;
    const results = dto.taskIds.map((taskId): BulkItemDto => {
      const refused = judged.get(taskId);
      if (refused) return { taskId, status: 'refused', reason: refused };
      const o = outcomes.get(taskId);
      if (!o) return { taskId, status: 'refused', reason: 'not_found' };
      const next = o.nextAllowedAt ? { nextAllowedAt: toZonedIso(new Date(o.nextAllowedAt), tz) } : {};
      return o.status === 'urged'
        ? { taskId, status: 'done', ...next }
        : { taskId, status: 'refused', reason: o.reason, ...next };
    });
    return { replayed, view: summary(results) };
  }

  /** Many explanation requests, each judged as the one-task request judges it (assigning side, late). */
  async explainMany(
    scope: Scope,
    dto: BulkExplanationDto,
    idempotencyKey?: string,
    now = new Date(),
  ): Promise<{ replayed: boolean; view: BulkResultDto }> {
    const { replayed, resourceId: batchId } = idempotencyKey
      ? await claimIdempotencyKey(
          this.keys,
          uuidFromKey(`task-explanations:${scope.userId}:${idempotencyKey}`),
          dto,
          this.config.security.idempotencyKeyTtlSeconds,
        )
      : { replayed: false, resourceId: randomUUID() };
    const results: BulkItemDto[] = [];
    for (const taskId of dto.taskIds) {
      try {
        const requested = await this.explanations.request(
          scope,
          taskId,
          { note: dto.note, workingDays: dto.workingDays },
          now,
          uuidFromKey(`explanation:${batchId}:${taskId}`),
        );
        results.push({ taskId, status: 'done', explanationId: requested.explanationId, dueAt: requested.dueAt });
      } catch (error) {
        results.push({ taskId, status: 'refused', reason: refusalOf(error) });
      }
    }
    return { replayed, view: summary(results) };
  }

  /** A new deadline with its reason, through the task's driver (see the class comment). */
  async changeDeadline(
    scope: Scope,
    taskId: string,
    dto: ChangeDeadlineDto,
    now = new Date(),
  ): Promise<DeadlineChangedDto> {
    this.leaderOnly(scope, taskId);
    const task = await this.assigningSide(scope, taskId);
    const problem = extensionDeadlineProblem(dto.deadline, now);
    if (problem) throw new ValidationError([problem]);
    if (closed(task)) throw new ConflictError(CLOSED, [{ field: 'id', message: CLOSED }]);
    const state = await updateTask(
      this.temporal.client,
      taskId,
      changeTaskDeadlineUpdate,
      [{ actor: scope.username, deadline: new Date(dto.deadline).toISOString(), reason: dto.reason }],
      { takeOver: takeOverFrom(this.drivers, this.inputs, scope.username), taskQueue: this.temporal.taskQueue },
    );
    const tz = this.config.timezone;
    return {
      taskId,
      deadline: toZonedIso(new Date(state.deadline), tz),
      originalDeadline: toZonedIso(new Date(state.originalDeadline), tz),
    };
  }

  private runUrge(scope: Scope, urgeId: string, taskIds: string[], note: string): Promise<UrgeOutcome[]> {
    return urgeTasks(this.temporal.client, this.temporal.taskQueue, {
      urgeId,
      actor: scope.username,
      note,
      taskIds,
      minIntervalMinutes: this.config.policies.urgeMinIntervalMinutes,
    });
  }

  /** Each id's refusal by access (and `also`), or none: the ids without one go on. */
  private async judgeEach(
    scope: Scope,
    ids: string[],
    also: (task: TaskEntity) => BulkRefusal | null,
  ): Promise<Map<string, BulkRefusal>> {
    const refused = new Map<string, BulkRefusal>();
    for (const id of ids) {
      try {
        const why = also(await this.assigningSide(scope, id));
        if (why) refused.set(id, why);
      } catch (error) {
        refused.set(id, refusalOf(error));
      }
    }
    return refused;
  }

  /** A deadline is moved by a leader or an admin; an officer asks for it (403). */
  private leaderOnly(scope: Scope, field: string): void {
    if (scope.role !== 'leader' && scope.role !== 'admin') {
      throw new ForbiddenError(msg('tasks.leadersAndAdminsOnly'), [{ field, message: scope.role }]);
    }
  }

  private async assigningSide(scope: Scope, id: string): Promise<TaskEntity> {
    const task = await this.tasks.find(scope, id);
    if (!task.assigningUnit.path.startsWith(scope.unitPath)) {
      throw new ForbiddenError(msg('tasks.onlyTheAssigningSide'), [{ field: 'id', message: task.assigningUnit.code }]);
    }
    return task;
  }
}

function closed(task: TaskEntity): boolean {
  return task.status === 'completed' || task.status === 'cancelled';
}

function refusalOf(error: unknown): BulkRefusal {
  if (!(error instanceof DomainError)) throw error;
  switch (error.kind) {
    case 'not_found':
      return 'not_found';
    case 'forbidden':
      return 'forbidden';
    case 'conflict':
      return 'not_late';
    default:
      throw error;
  }
}

function summary(results: BulkItemDto[]): BulkResultDto {
  const done = results.filter((r) => r.status === 'done').length;
  return { done, refused: results.length - done, results };
}
