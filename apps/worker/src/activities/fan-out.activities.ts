import { Inject, Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/common';
import { ConflictError } from '@dondoc/domain';
import { FanOutRepository, takeOverFrom, TaskDriverRepository, TaskWorkflowInputs } from '@dondoc/persistence';
import { TemporalClientService, updateWithStartTask } from '@dondoc/temporal-client';
import { CohortActivitiesImpl } from '../cohorts/cohort.activities';
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
    @Inject(TaskWorkflowInputs) private readonly inputs: TaskWorkflowInputs,
    @Inject(TaskDriverRepository) private readonly drivers: TaskDriverRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(CohortActivitiesImpl) private readonly cohortActivities: Pick<CohortActivitiesImpl, 'cancelMembers'>,
  ) {}

  /** The Temporal client, for activities that command task workflows beside the fan-out. */
  get client() {
    return this.temporal.client;
  }

  async startTaskWorkflows(input: StartTasksInput): Promise<number> {
    const page = await this.tasks.tasksToStart(input);
    if (!page) return 0;
    // A cohort's members are not started here: each starts its own when it leaves the cohort.
    const inputs = await this.inputs.forPage(page);
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

  /**
   * A command to the directive's tasks. Cancelling the whole directive cancels its
   * cohorts' members in one step first (decision 65); the tasks with workflows of their
   * own are told one by one.
   */
  async forwardToTasks(input: ForwardInput): Promise<number> {
    let cancelled = 0;
    if (input.command.kind === 'cancel' && !input.taskIds) {
      cancelled = await this.cohortActivities.cancelMembers(input.directiveId, input.command.reason, input.actor);
    }
    return cancelled + (await this.tellEach(await this.tasks.tasksToTell(input), input.command, input.actor));
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
    try {
      if (command.kind === 'cancel') {
        await this.sendToTask(taskId, cancelTaskUpdate, [{ actor, reason: command.reason }], {}, actor);
      } else {
        await this.sendToTask(taskId, changeTaskDeadlineUpdate, [{ actor, deadline: command.deadline }], {}, actor);
      }
      return true;
    } catch (error) {
      // A task already closed (or refused by its validator) needs nothing more.
      const name = (error as Error).name;
      if (!(error instanceof ConflictError) && name !== 'WorkflowUpdateFailedError' && name !== 'WorkflowNotFoundError')
        throw error;
      return false;
    }
  }

  /**
   * An update to a task's workflow; a task its cohort follows leaves it first and its own
   * workflow starts with the update (decision 65). Temporal's errors as they come; a
   * closed cohort member is a ConflictError.
   */
  async sendToTask<Ret, Args extends [any, ...any[]]>(
    taskId: string,
    definition: UpdateDefinition<Ret, Args>,
    args: Args,
    options: { updateId?: string },
    actor: string,
  ): Promise<Ret> {
    const taken = await takeOverFrom(
      this.drivers,
      this.inputs,
      actor,
    )(taskId, {
      name: definition.name,
      request: args[0],
    });
    if (taken && 'answer' in taken) return taken.answer as Ret;
    const input = taken?.input;
    if (input) {
      return updateWithStartTask(this.temporal.client, this.temporal.taskQueue, input, definition, args, options);
    }
    return this.temporal.client.workflow
      .getHandle(taskWorkflowId(taskId))
      .executeUpdate(definition, { args, ...options });
  }

  asActivities(): Pick<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks'> {
    return {
      startTaskWorkflows: (input) => this.startTaskWorkflows(input),
      forwardToTasks: (input) => this.forwardToTasks(input),
    };
  }
}
