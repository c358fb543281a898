import { Inject, Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import { AppConfig } from '@dondoc/config';
import { acknowledgementWorkingDays } from '@dondoc/domain';
import { CalendarRepository, DirectiveEntity, TaskCoordinatorEntity, TaskEntity } from '@dondoc/persistence';
import { TemporalClientService } from '@dondoc/temporal-client';
import { DataSource, In, IsNull } from 'typeorm';
import {
  cancelTaskUpdate,
  changeTaskDeadlineUpdate,
  TASK_WORKFLOW,
  taskWorkflowId,
  type DirectiveActivities,
  type ForwardInput,
  type StartTasksInput,
  type TaskWorkflow,
  type TaskWorkflowInput,
} from '@dondoc/workflow-contract';

/** How many starts or updates go to Temporal at once from one activity. */
const PARALLEL = 32;

/** Runs `fn` over the items a few at a time, heartbeating after each group when inside an activity. */
async function inParallel<T>(items: T[], fn: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL) {
    await Promise.all(items.slice(i, i + PARALLEL).map(fn));
    heartbeat(i + PARALLEL);
  }
}

function heartbeat(done: number): void {
  try {
    Context.current().heartbeat(done);
  } catch {
    // Called outside an activity (tests): nothing to report to.
  }
}

/**
 * Starts and commands task workflows on behalf of a directive workflow. Starting by
 * business key with USE_EXISTING makes a retried page start nothing twice.
 */
@Injectable()
export class FanOutActivitiesImpl {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async startTaskWorkflows(input: StartTasksInput): Promise<number> {
    const directive = await this.dataSource.getRepository(DirectiveEntity).findOneByOrFail({ id: input.directiveId });
    const tasks = await this.dataSource.getRepository(TaskEntity).find({
      // Pages cover the directive's own tasks; sub-tasks are started by name when delegated.
      where: input.taskIds
        ? { directiveId: input.directiveId, id: In(input.taskIds) }
        : { directiveId: input.directiveId, parentTaskId: IsNull() },
      order: { position: 'ASC' },
      skip: input.taskIds ? undefined : input.offset,
      take: input.taskIds ? undefined : input.limit,
    });
    if (tasks.length === 0) return 0;
    const coordinators = await this.dataSource
      .getRepository(TaskCoordinatorEntity)
      .findBy({ taskId: In(tasks.map((t) => t.id)) });
    const total = await this.dataSource
      .getRepository(TaskEntity)
      .countBy({ directiveId: input.directiveId, parentTaskId: IsNull() });
    const accepted = directive.acceptedAt;
    const calendar = await this.calendars.calendar(
      [accepted.getFullYear(), ...tasks.flatMap((t) => [t.createdAt.getFullYear(), t.deadline.getFullYear()])],
      this.config.timezone,
    );
    // Acknowledgement due by urgency (docs/architecture.md#domain-rules): urgent the same working day,
    // else 1, several tasks 2; a sub-task counts from its delegation, on its own.
    const directiveAck = calendar
      .deadlineAfterWorkingDays(accepted, acknowledgementWorkingDays(directive.urgency, total))
      .toISOString();
    const ackDeadlineOf = (task: TaskEntity) =>
      task.parentTaskId
        ? calendar
            .deadlineAfterWorkingDays(task.createdAt, acknowledgementWorkingDays(directive.urgency, 1))
            .toISOString()
        : directiveAck;
    const calendarData = calendar.toData();
    const { reviewWorkingDays, revisionWorkingDays } = this.config.policies;
    await inParallel(tasks, async (task) => {
      if (task.status === 'cancelled' || task.status === 'completed') return;
      const ackDeadline = ackDeadlineOf(task);
      const args: TaskWorkflowInput = {
        taskId: task.id,
        directiveId: directive.id,
        leadUnitId: task.leadUnitId,
        coordinatingUnitIds: coordinators.filter((c) => c.taskId === task.id).map((c) => c.unitId),
        issuingUnitId: task.assigningUnitId,
        ...(task.parentTaskId ? { parentTaskId: task.parentTaskId } : {}),
        deadline: task.deadline.toISOString(),
        ackDeadline: ackDeadline < task.deadline.toISOString() ? ackDeadline : task.deadline.toISOString(),
        reminderPolicy: task.reminderPolicy,
        escalationPolicy: task.escalationPolicy,
        reviewPeriod: { workingDays: reviewWorkingDays },
        revisionPeriod: { workingDays: revisionWorkingDays },
        calendar: calendarData,
      };
      await this.temporal.client.workflow.start<TaskWorkflow>(TASK_WORKFLOW, {
        workflowId: taskWorkflowId(task.id),
        taskQueue: this.temporal.taskQueue,
        args: [args],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      });
    });
    return tasks.length;
  }

  async forwardToTasks(input: ForwardInput): Promise<number> {
    const tasks = await this.dataSource.getRepository(TaskEntity).find({
      select: { id: true },
      where: input.taskIds
        ? { directiveId: input.directiveId, id: In(input.taskIds) }
        : { directiveId: input.directiveId, status: In(['assigned', 'overdue']) },
    });
    let told = 0;
    await inParallel(tasks, async (task) => {
      const handle = this.temporal.client.workflow.getHandle(taskWorkflowId(task.id));
      try {
        if (input.command.kind === 'cancel') {
          await handle.executeUpdate(cancelTaskUpdate, {
            args: [{ actor: input.actor, reason: input.command.reason }],
          });
        } else {
          await handle.executeUpdate(changeTaskDeadlineUpdate, {
            args: [{ actor: input.actor, deadline: input.command.deadline }],
          });
        }
        told++;
      } catch (error) {
        // A task already closed (or refused by its validator) needs nothing more.
        const name = (error as Error).name;
        if (name !== 'WorkflowUpdateFailedError' && name !== 'WorkflowNotFoundError') throw error;
      }
    });
    return told;
  }

  asActivities(): Pick<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks'> {
    return {
      startTaskWorkflows: (input) => this.startTaskWorkflows(input),
      forwardToTasks: (input) => this.forwardToTasks(input),
    };
  }
}
