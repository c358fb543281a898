import { Inject, Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import { AppConfig } from '@dondoc/config';
import { acknowledgementWorkingDays } from '@dondoc/domain';
import { CalendarRepository, FanOutRepository, type TasksToStart } from '@dondoc/persistence';
import { TemporalClientService } from '@dondoc/temporal-client';
import {
  cancelTaskUpdate,
  changeTaskDeadlineUpdate,
  TASK_WORKFLOW,
  taskWorkflowId,
  type DirectiveActivities,
  type ForwardInput,
  type StartTasksInput,
  type TaskCommand,
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
    @Inject(FanOutRepository) private readonly tasks: FanOutRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** The Temporal client, for activities that command task workflows beside the fan-out. */
  get client() {
    return this.temporal.client;
  }

  async startTaskWorkflows(input: StartTasksInput): Promise<number> {
    const page = await this.tasks.tasksToStart(input);
    if (!page) return 0;
    const inputs = await this.workflowInputs(page);
    await inParallel(inputs, (args) =>
      this.temporal.client.workflow.start<TaskWorkflow>(TASK_WORKFLOW, {
        workflowId: taskWorkflowId(args.taskId),
        taskQueue: this.temporal.taskQueue,
        args: [args],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      }),
    );
    return page.tasks.length;
  }

  /** The inputs of the page's open tasks' workflows. */
  private async workflowInputs({ directive, tasks, coordinators, total }: TasksToStart): Promise<TaskWorkflowInput[]> {
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
    const calendarData = calendar.toData();
    const { reviewWorkingDays, revisionWorkingDays } = this.config.policies;
    return tasks
      .filter((task) => task.status !== 'cancelled' && task.status !== 'completed')
      .map((task) => {
        const ackDeadline = task.parentTaskId
          ? calendar
              .deadlineAfterWorkingDays(task.createdAt, acknowledgementWorkingDays(directive.urgency, 1))
              .toISOString()
          : directiveAck;
        const deadline = task.deadline.toISOString();
        return {
          taskId: task.id,
          directiveId: directive.id,
          leadUnitId: task.leadUnitId,
          coordinatingUnitIds: coordinators.filter((c) => c.taskId === task.id).map((c) => c.unitId),
          issuingUnitId: task.assigningUnitId,
          ...(task.parentTaskId ? { parentTaskId: task.parentTaskId } : {}),
          deadline,
          ackDeadline: ackDeadline < deadline ? ackDeadline : deadline,
          reminderPolicy: task.reminderPolicy,
          escalationPolicy: task.escalationPolicy,
          reviewPeriod: task.reviewPeriod ?? { workingDays: reviewWorkingDays },
          revisionPeriod: task.revisionPeriod ?? { workingDays: revisionWorkingDays },
          calendar: calendarData,
        };
      });
  }

  async forwardToTasks(input: ForwardInput): Promise<number> {
    return this.tellEach(await this.tasks.tasksToTell(input), input.command, input.actor);
  }

  /** Tells each task's running workflow, a few at a time; returns how many took it. */
  async tellEach(taskIds: string[], command: TaskCommand, actor: string): Promise<number> {
    let told = 0;
    await inParallel(taskIds, async (taskId) => {
      if (await this.tell(taskId, command, actor)) told++;
    });
    return told;
  }

  /**
   * Tells one task of an amendment as it is made: its workflow is started first if the
   * fan-out has not reached it yet (same business key: the fan-out joins it later), so
   * the task's own row is written by its workflow before the amendment is answered.
   */
  async tellTask(input: { directiveId: string; taskId: string; command: TaskCommand; actor: string }): Promise<void> {
    await this.startTaskWorkflows({ directiveId: input.directiveId, taskIds: [input.taskId] });
    await this.tell(input.taskId, input.command, input.actor);
  }

  /** Sends the command; false when the task had nothing more to take. */
  private async tell(taskId: string, command: TaskCommand, actor: string): Promise<boolean> {
    const handle = this.temporal.client.workflow.getHandle(taskWorkflowId(taskId));
    try {
      if (command.kind === 'cancel') {
        await handle.executeUpdate(cancelTaskUpdate, { args: [{ actor, reason: command.reason }] });
      } else {
        await handle.executeUpdate(changeTaskDeadlineUpdate, { args: [{ actor, deadline: command.deadline }] });
      }
      return true;
    } catch (error) {
      // A task already closed (or refused by its validator) needs nothing more.
      const name = (error as Error).name;
      if (name !== 'WorkflowUpdateFailedError' && name !== 'WorkflowNotFoundError') throw error;
      return false;
    }
  }

  asActivities(): Pick<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks'> {
    return {
      startTaskWorkflows: (input) => this.startTaskWorkflows(input),
      forwardToTasks: (input) => this.forwardToTasks(input),
    };
  }
}
