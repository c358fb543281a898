import type { EntityManager } from 'typeorm';
import type { TaskInput } from '@dondoc/workflow-contract';
import { TaskCoordinatorEntity, TaskEntity, TaskIndicatorEntity } from './entities';
import { insertInChunks } from './sql';

/** Who assigned the tasks and, for sub-tasks, what they are part of. */
export interface TaskPlacement {
  assigningUnitId: string;
  parentTaskId?: string;
  depth?: number;
}

/** The position after the directive's last task (tasks, sub-tasks and added ones share one order). */
export async function nextTaskPosition(manager: EntityManager, directiveId: string): Promise<number> {
  const [{ next }] = await manager.query(
    'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM tasks WHERE directive_id = $1',
    [directiveId],
  );
  return Number(next);
}

/** Inserts tasks with their coordinators and indicators; ids already there are left as they are. */
export async function insertTasks(
  manager: EntityManager,
  directiveId: string,
  tasks: TaskInput[],
  firstPosition: number,
  placement: TaskPlacement,
): Promise<void> {
  // Tasks go in like any other rows: chunked under PostgreSQL's bind-parameter limit.
  await insertInChunks(
    manager,
    TaskEntity,
    tasks.map((task, offset) => ({
      id: task.taskId,
      directiveId,
      position: firstPosition + offset,
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
  );
  await insertInChunks(
    manager,
    TaskCoordinatorEntity,
    tasks.flatMap((task) =>
      task.coordinatingUnitIds.map((unitId, position) => ({ taskId: task.taskId, unitId, position })),
    ),
  );
  await insertInChunks(
    manager,
    TaskIndicatorEntity,
    tasks.flatMap((task) =>
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
