import { Inject, Injectable, Logger } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { ConflictError } from '@dondoc/domain';
import { ExplanationsRepository, UnitHandOverRepository } from '@dondoc/persistence';
import {
  explanationWorkflowId,
  handOverExplanationUpdate,
  handOverTaskUpdate,
  type HandOverExplanationsPage,
  type HandOverTasksInput,
  type HandOverTasksPage,
  type UnitDeactivation,
  type UnitHandOverActivities,
  type UnitHandOverInput,
} from '@dondoc/workflow-contract';
import { FanOutActivitiesImpl } from './fan-out.activities';

/** Tasks told at once from one page. */
const PARALLEL = 16;

/**
 * The unit hand-over workflow's activities (docs/decisions/0042): the deactivation
 * itself (unit row and audit row), and telling the open tasks that name the unit through
 * their own workflows. Nothing here writes a task: each task's workflow records its own
 * hand-over.
 */
@Injectable()
export class UnitHandOverActivitiesImpl implements UnitHandOverActivities {
  private readonly logger = new Logger(UnitHandOverActivitiesImpl.name);

  constructor(
    @Inject(UnitHandOverRepository) private readonly units: UnitHandOverRepository,
    @Inject(FanOutActivitiesImpl) private readonly fanOut: FanOutActivitiesImpl,
    @Inject(ExplanationsRepository) private readonly explanations: ExplanationsRepository,
  ) {}

  async recordUnitDeactivation(input: UnitHandOverInput & { eventId: string }): Promise<UnitDeactivation> {
    const result = await this.units.recordDeactivation(input);
    if (result.status === 'deactivated') return { ...result, requestId: input.requestId };
    const detail = result.error.details[0];
    return {
      status: 'refused',
      requestId: input.requestId,
      message: result.error.text,
      field: detail?.field ?? 'id',
      value: detail?.message ?? input.unitId,
    };
  }

  /**
   * Tells each task of the page. A task whose workflow is not running (the directive's
   * fan-out has not reached it yet, or its run ended while its row is open) gets one
   * started from its row first, as an amendment does (FanOutActivitiesImpl.tellTask);
   * a task that closed meanwhile refuses the hand-over and is skipped.
   */
  async handOverTasks(input: HandOverTasksInput): Promise<HandOverTasksPage> {
    const tasks = await this.units.openTasksNaming(input.unitId, input.after, input.limit);
    let handedOver = 0;
    let skipped = 0;
    for (let i = 0; i < tasks.length; i += PARALLEL) {
      await Promise.all(
        tasks.slice(i, i + PARALLEL).map(async ({ id, directiveId }) => {
          await this.fanOut.startTaskWorkflows({ directiveId, taskIds: [id] });
          if (await this.tell(id, input)) handedOver++;
          else skipped++;
        }),
      );
      heartbeat(i + PARALLEL);
    }
    return { handedOver, skipped, next: tasks.length < input.limit ? null : tasks.at(-1)!.id };
  }

  /**
   * Tells each open explanation request of the page that names the unit (asked or
   * requesting) through its own workflow, which records the change of unit. A request
   * answered meanwhile refuses it, one whose workflow has ended cannot take it: skipped.
   */
  async handOverExplanations(input: HandOverTasksInput): Promise<HandOverExplanationsPage> {
    const requests = await this.explanations.openNaming(input.unitId, input.after, input.limit);
    let handedOver = 0;
    let skipped = 0;
    for (let i = 0; i < requests.length; i += PARALLEL) {
      await Promise.all(
        requests.slice(i, i + PARALLEL).map(async ({ id }) => {
          if (await this.tellExplanation(id, input)) handedOver++;
          else skipped++;
        }),
      );
      heartbeat(i + PARALLEL);
    }
    return { handedOver, skipped, next: requests.length < input.limit ? null : requests.at(-1)!.id };
  }

  /**
   * The hand-over update, once per (deactivation, task); false when the task had nothing
   * left to take. A task its cohort follows leaves it first (decision 65).
   */
  private async tell(taskId: string, input: HandOverTasksInput): Promise<boolean> {
    try {
      const { roles } = await this.fanOut.sendToTask(
        taskId,
        handOverTaskUpdate,
        [this.request(input, input.taskSuccessors?.[taskId])],
        { updateId: updateIdOf(input, taskId) },
        input.actor,
      );
      return roles.length > 0;
    } catch (error) {
      const name = (error as Error).name;
      if (!(error instanceof ConflictError) && name !== 'WorkflowUpdateFailedError' && name !== 'WorkflowNotFoundError')
        throw error;
      this.logger.warn(`task ${taskId}: hand-over not taken (${name})`);
      return false;
    }
  }

  /** A split's task goes to the part the plan chose for it (docs/decisions/0078); any other to the successor. */
  private request(input: HandOverTasksInput, successorId = input.successorId) {
    return {
      eventId: input.eventId,
      fromUnitId: input.unitId,
      toUnitId: successorId,
      reason: input.reason,
      actor: input.actor,
    };
  }

  /** The same for an explanation request asked of (or by) the unit. */
  private tellExplanation(explanationId: string, input: HandOverTasksInput): Promise<boolean> {
    return this.send(
      explanationWorkflowId(explanationId),
      updateIdOf(input, explanationId),
      handOverExplanationUpdate,
      `explanation request ${explanationId}`,
      input,
    );
  }

  /**
   * One hand-over update to one driver, keyed by the deactivation's event id so a retried
   * activity is the same update. A driver that refuses it (closed meanwhile) or is gone is
   * skipped with a line; anything else fails the activity, to be retried.
   */
  private async send(
    workflowId: string,
    updateId: string,
    update: typeof handOverTaskUpdate | typeof handOverExplanationUpdate,
    what: string,
    input: HandOverTasksInput,
  ): Promise<boolean> {
    const handle = this.fanOut.client.workflow.getHandle(workflowId);
    const request = this.request(input);
    try {
      const { roles } = await handle.executeUpdate(update as typeof handOverTaskUpdate, {
        updateId,
        args: [request],
      });
      return roles.length > 0;
    } catch (error) {
      const name = (error as Error).name;
      if (name !== 'WorkflowUpdateFailedError' && name !== 'WorkflowNotFoundError') throw error;
      this.logger.warn(`${what}: hand-over not taken (${name})`);
      return false;
    }
  }

  asActivities(): UnitHandOverActivities {
    return {
      recordUnitDeactivation: (input) => this.recordUnitDeactivation(input),
      handOverTasks: (input) => this.handOverTasks(input),
      handOverExplanations: (input) => this.handOverExplanations(input),
    };
  }
}

/** A deactivation's update id, or a reorganisation's: one per (plan, driver, ended unit). */
function updateIdOf(input: HandOverTasksInput, driverId: string): string {
  return input.updateIdPrefix ? `${input.updateIdPrefix}:${driverId}:${input.unitId}` : `handover:${input.eventId}`;
}

function heartbeat(done: number): void {
  try {
    Context.current().heartbeat(done);
  } catch {
    // Called outside an activity (tests): nothing to report to.
  }
}
