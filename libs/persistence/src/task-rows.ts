import type { EntityManager } from 'typeorm';
import type { TaskInput } from '@dondoc/workflow-contract';
import { TaskCoordinatorEntity, TaskIndicatorEntity } from './entities';
import { insertInChunks, insertJson } from './sql';

const TASK_COLUMNS = {
  id: 'uuid',
  directive_id: 'uuid',
  position: 'integer',
  assigning_unit_id: 'uuid',
  parent_task_id: 'uuid',
  depth: 'integer',
  title: 'text',
  description: 'text',
  lead_unit_id: 'uuid',
  status: 'text',
  original_deadline: 'timestamptz',
  deadline: 'timestamptz',
  deadline_working_days: 'integer',
  report_required: 'boolean',
  report_template: 'text',
  reminder_policy: 'jsonb',
  escalation_policy: 'jsonb',
  review_period: 'jsonb',
  revision_period: 'jsonb',
};

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
  // As JSON, a few thousand rows a statement: a national directive writes 20,000 at once.
  await insertJson(
    manager,
    'tasks',
    TASK_COLUMNS,
    tasks.map((task, offset) => ({
      id: task.taskId,
      directive_id: directiveId,
      position: firstPosition + offset,
      assigning_unit_id: placement.assigningUnitId,
      parent_task_id: placement.parentTaskId ?? null,
      depth: placement.depth ?? 0,
      title: task.title,
      description: task.description,
      lead_unit_id: task.leadUnitId,
      status: 'assigned',
      original_deadline: task.deadline,
      deadline: task.deadline,
      deadline_working_days: task.deadlineWorkingDays,
      report_required: task.reportRequired,
      report_template: task.reportTemplate,
      reminder_policy: task.reminderPolicy,
      escalation_policy: task.escalationPolicy,
      review_period: task.reviewPeriod ?? null,
      revision_period: task.revisionPeriod ?? null,
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
