import { proxyActivities } from '@temporalio/workflow';
import { URGE_CHUNK, type UrgeActivities, type UrgeOutcome, type UrgeTasksInput } from '../libs/workflow-contract/src';

const activities = proxyActivities<UrgeActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/**
 * A leader's urge of one or more tasks, id `task-urge:<urgeId>`: the tasks in chunks,
 * each judged and urged by the activity (rate limit, closed, notice, audit row), so a
 * crash mid-way resumes where it stopped and a repeat of the same urge adds nothing.
 * Answers one outcome per task, in the order asked.
 */
export async function urgeTasksWorkflow(input: UrgeTasksInput): Promise<UrgeOutcome[]> {
  const outcomes: UrgeOutcome[] = [];
  for (let i = 0; i < input.taskIds.length; i += URGE_CHUNK) {
    outcomes.push(...(await activities.urgeTasks({ ...input, taskIds: input.taskIds.slice(i, i + URGE_CHUNK) })));
  }
  return outcomes;
}
