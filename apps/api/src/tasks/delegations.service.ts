import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  defaultSubtaskDeadline,
  ForbiddenError,
  hasExplicitOffset,
  subtaskDeadlineProblem,
  toZonedIso,
  ValidationError,
  type FieldProblem,
  type Scope,
} from '@dondoc/domain';
import { CalendarRepository, TasksRepository, UnitsRepository } from '@dondoc/persistence';
import { TemporalClientService, updateTask } from '@dondoc/temporal-client';
import { delegateTaskUpdate, type TaskInput } from '@dondoc/workflow-contract';
import { uuidFromKey } from '../common/ids';
import type { DelegateTaskDto } from './task-actions.dto';

const clean = (text: string) => text.normalize('NFC').trim();

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
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async delegate(scope: Scope, taskId: string, dto: DelegateTaskDto, idempotencyKey?: string, now = new Date()) {
    const task = await this.tasks.find(scope, taskId);
    if (scope.unitId !== task.leadUnitId) {
      throw new ForbiddenError('Chỉ đơn vị chủ trì được giao lại / only the lead unit may delegate', [
        { field: 'id', message: task.leadUnit.code },
      ]);
    }
    const tz = this.config.timezone;
    const calendar = await this.calendars.calendar(
      [now.getFullYear(), task.deadline.getFullYear(), task.deadline.getFullYear() + 1],
      tz,
    );
    const problems: FieldProblem[] = [];
    const unitFields: { field: string; id: string }[] = [];
    const deadlines = dto.subtasks.map((part, i) => {
      const field = `subtasks.${i}`;
      unitFields.push({ field: `${field}.leadUnitId`, id: part.leadUnitId });
      (part.coordinatingUnitIds ?? []).forEach((id, j) =>
        unitFields.push({ field: `${field}.coordinatingUnitIds.${j}`, id }),
      );
      if (part.coordinatingUnitIds?.includes(part.leadUnitId)) {
        problems.push({
          field: `${field}.coordinatingUnitIds`,
          message: `${field}.coordinatingUnitIds: không gồm đơn vị chủ trì / must not repeat the lead unit`,
        });
      }
      if (part.deadline === undefined) return defaultSubtaskDeadline(task.deadline, calendar, now);
      if (!hasExplicitOffset(part.deadline)) {
        problems.push({
          field: `${field}.deadline`,
          message: `${field}.deadline: cần ghi rõ múi giờ, ví dụ +07:00 / must carry an offset such as +07:00`,
        });
        return now;
      }
      const deadline = calendar.adjustDeadline(new Date(part.deadline));
      const problem = subtaskDeadlineProblem(deadline, task.deadline, now);
      if (problem === 'in_past') {
        problems.push({
          field: `${field}.deadline`,
          message: `${field}.deadline: hạn phải ở tương lai / deadline must be in the future`,
        });
      } else if (problem === 'after_parent') {
        problems.push({
          field: `${field}.deadline`,
          message: `${field}.deadline: không được sau hạn của nhiệm vụ (${toZonedIso(task.deadline, tz)}) / may not be after the parent task's deadline`,
        });
      }
      return deadline;
    });
    try {
      const found = await this.units.requireAllInScope(scope, unitFields);
      // Only units below the lead unit: delegation goes down the hierarchy, never sideways.
      for (const { field, id } of unitFields) {
        const unit = found.get(id)!;
        if (id === task.leadUnitId || !unit.path.startsWith(task.leadUnit.path)) {
          problems.push({
            field,
            message: `${field}: ${unit.code} không phải đơn vị cấp dưới của ${task.leadUnit.code} / not below the delegating unit`,
          });
        }
      }
    } catch (error) {
      if (error instanceof ValidationError) problems.push(...error.details);
      else throw error;
    }
    if (problems.length) throw new ValidationError(problems);

    const delegationId = idempotencyKey
      ? uuidFromKey(`delegation:${scope.userId}:${taskId}:${idempotencyKey}`)
      : randomUUID();
    const subtasks: TaskInput[] = dto.subtasks.map((part, i) => ({
      taskId: idempotencyKey ? uuidFromKey(`delegation:${delegationId}:${i}`) : randomUUID(),
      title: clean(part.title),
      description: part.description ? clean(part.description) : null,
      leadUnitId: part.leadUnitId,
      coordinatingUnitIds: part.coordinatingUnitIds ?? [],
      deadline: deadlines[i]!.toISOString(),
      deadlineWorkingDays: null,
      reportRequired: true,
      reportTemplate: part.reportTemplate ? clean(part.reportTemplate) : null,
      indicators: [],
      reminderPolicy: task.reminderPolicy,
      escalationPolicy: task.escalationPolicy,
    }));
    const existed = idempotencyKey ? await this.tasks.exists(subtasks[0]!.taskId) : false;
    await updateTask(
      this.temporal.client,
      taskId,
      delegateTaskUpdate,
      [{ actor: scope.username, actorUnitId: task.leadUnitId, delegationId, subtasks }],
      { updateId: `delegation:${delegationId}` },
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
