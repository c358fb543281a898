import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  ForbiddenError,
  subtaskDeadline,
  toZonedIso,
  ValidationError,
  type FieldProblem,
  type Scope,
  msg,
} from '@dondoc/domain';
import {
  CalendarRepository,
  TaskDriverRepository,
  IdempotencyRepository,
  takeOverFrom,
  TaskWorkflowInputs,
  TasksRepository,
} from '@dondoc/persistence';
import { TemporalClientService, updateTask } from '@dondoc/temporal-client';
import { delegateTaskUpdate, type TaskInput } from '@dondoc/workflow-contract';
import { claimIdempotencyKey } from '../common/idempotency';
import { uuidFromKey } from '../common/ids';
import type { DelegateTaskDto } from './dto/task-actions.dto';
import { TaskInputBuilder } from './task-input.builder';

/**
 * Cascade: the lead unit of a task hands parts of it to units below it. Everything
 * that can be checked here is (units below the lead unit, deadlines no later than the
 * parent's, defaults one working day earlier); the task's workflow then records the
 * sub-tasks and starts one workflow for each, and holds its own report until they are
 * done. With an Idempotency-Key the ids derive from it, so a repeat creates nothing twice.
 */
@Injectable()
export class DelegationsService {
  constructor(
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(TaskInputBuilder) private readonly builder: TaskInputBuilder,
    @Inject(IdempotencyRepository) private readonly keys: IdempotencyRepository,
    @Inject(TaskDriverRepository) private readonly drivers: TaskDriverRepository,
    @Inject(TaskWorkflowInputs) private readonly inputs: TaskWorkflowInputs,
  ) {}

  async delegate(scope: Scope, taskId: string, dto: DelegateTaskDto, idempotencyKey?: string, now = new Date()) {
    const task = await this.tasks.find(scope, taskId);
    if (scope.unitId !== task.leadUnitId) {
      throw new ForbiddenError(msg('tasks.onlyTheLeadUnitMayDelegate'), [{ field: 'id', message: task.leadUnit.code }]);
    }
    const tz = this.config.timezone;
    const calendar = await this.calendars.calendar(
      [now.getFullYear(), task.deadline.getFullYear(), task.deadline.getFullYear() + 1],
      tz,
    );
    const problems: FieldProblem[] = [];
    const deadlines = dto.subtasks.map((part, i) => {
      const deadline = subtaskDeadline(part.deadline, `subtasks.${i}`, task.deadline, calendar, now);
      if (!deadline.ok) problems.push(deadline.problem);
      return deadline.ok ? deadline.deadline : now;
    });
    // Only units below the lead unit: delegation goes down the hierarchy, never sideways.
    await this.builder.checkUnits(scope, dto.subtasks, (i) => `subtasks.${i}`, task.leadUnit, problems, true);
    if (problems.length) throw new ValidationError(problems);

    // Another body under the same key: 422; the same body: a replay of the same sub-tasks.
    const { replayed, resourceId: delegationId } = idempotencyKey
      ? await claimIdempotencyKey(
          this.keys,
          uuidFromKey(`delegation:${scope.userId}:${taskId}:${idempotencyKey}`),
          { taskId, ...dto },
          this.config.security.idempotencyKeyTtlSeconds,
        )
      : { replayed: false, resourceId: randomUUID() };
    // A sub-task follows its parent's policies.
    const subtasks: TaskInput[] = dto.subtasks.map((part, i) =>
      this.builder.build(idempotencyKey ? uuidFromKey(`delegation:${delegationId}:${i}`) : randomUUID(), part, {
        deadline: deadlines[i]!,
        deadlineWorkingDays: null,
        reminderPolicy: task.reminderPolicy,
        escalationPolicy: task.escalationPolicy,
        reviewPeriod: task.reviewPeriod,
        revisionPeriod: task.revisionPeriod,
      }),
    );
    const existed = idempotencyKey ? replayed || (await this.tasks.exists(subtasks[0]!.taskId)) : false;
    await updateTask(
      this.temporal.client,
      taskId,
      delegateTaskUpdate,
      [{ actor: scope.username, actorUnitId: task.leadUnitId, delegationId, subtasks }],
      {
        updateId: `delegation:${delegationId}`,
        // A task its cohort follows leaves it for its own workflow, which delegates (decision 65).
        takeOver: takeOverFrom(this.drivers, this.inputs, scope.username),
        taskQueue: this.temporal.taskQueue,
      },
    );
    return {
      created: !existed,
      view: {
        parentTaskId: taskId,
        delegationId,
        subtasks: subtasks.map((t) => ({
          id: t.taskId,
          title: t.title,
          leadUnitId: t.leadUnitId,
          deadline: toZonedIso(new Date(t.deadline), tz),
        })),
      },
    };
  }
}
