import { Inject, Injectable } from '@nestjs/common';
import { TaskUrgesRepository } from '@dondoc/persistence';
import {
  auditEventId,
  urgeTasksWorkflowId,
  type UrgeActivities,
  type UrgeOutcome,
  type UrgeTasksInput,
} from '@dondoc/workflow-contract';
import { TaskActivitiesImpl } from './task.activities';

/**
 * A leader's urge of late tasks (docs/architecture.md, "Who writes which row"): per task,
 * the judgement and the `task.urged` audit row in one transaction (TaskUrgesRepository),
 * then the notice to the lead unit through the notice path every other notice takes
 * (inbox, e-mail and webhooks, planned once per notice id). The task's driver is not
 * involved: an urge changes no field of the task.
 */
@Injectable()
export class UrgeActivitiesImpl implements UrgeActivities {
  constructor(
    @Inject(TaskUrgesRepository) private readonly urges: TaskUrgesRepository,
    @Inject(TaskActivitiesImpl) private readonly tasks: TaskActivitiesImpl,
  ) {}

  async urgeTasks(input: UrgeTasksInput): Promise<UrgeOutcome[]> {
    const outcomes: UrgeOutcome[] = [];
    for (const taskId of input.taskIds) {
      const judged = await this.urges.record({
        eventId: auditEventId(urgeTasksWorkflowId(input.urgeId), `urged:${taskId}`),
        urgeId: input.urgeId,
        taskId,
        actor: input.actor,
        note: input.note,
        minIntervalMinutes: input.minIntervalMinutes,
      });
      if (judged.status === 'refused') {
        outcomes.push({
          taskId,
          status: 'refused',
          reason: judged.reason,
          ...(judged.nextAllowedAt ? { nextAllowedAt: judged.nextAllowedAt.toISOString() } : {}),
        });
        continue;
      }
      await this.tasks.notify({
        noticeId: `${taskId}:urged:${input.urgeId}`,
        kind: 'urged',
        taskId,
        targetUnitId: judged.leadUnitId,
        dueAt: judged.deadline.toISOString(),
        note: input.note,
      });
      outcomes.push({
        taskId,
        status: 'urged',
        urgedAt: judged.urgedAt.toISOString(),
        nextAllowedAt: judged.nextAllowedAt.toISOString(),
      });
    }
    return outcomes;
  }

  asActivities(): UrgeActivities {
    return { urgeTasks: (input) => this.urgeTasks(input) };
  }
}
