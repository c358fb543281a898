import type { Client } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import {
  URGE_TASKS_WORKFLOW,
  urgeTasksWorkflowId,
  type UrgeOutcome,
  type UrgeTasksInput,
  type UrgeTasksWorkflow,
} from '@dondoc/workflow-contract';
import { bounded } from './bounded-wait';

/**
 * Urges tasks through the urge workflow `task-urge:<urgeId>` and waits for its answer
 * within the bound (then 503; the work goes on). The same urge id again (an
 * Idempotency-Key replayed) joins the running workflow or reads the finished one's
 * answer: it urges nothing twice.
 */
export async function urgeTasks(client: Client, taskQueue: string, input: UrgeTasksInput): Promise<UrgeOutcome[]> {
  const workflowId = urgeTasksWorkflowId(input.urgeId);
  const handle = await client.workflow
    .start<UrgeTasksWorkflow>(URGE_TASKS_WORKFLOW, {
      workflowId,
      taskQueue,
      args: [input],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    })
    .catch((error: unknown) => {
      if ((error as Error).name !== 'WorkflowExecutionAlreadyStartedError') throw error;
      return client.workflow.getHandle<UrgeTasksWorkflow>(workflowId);
    });
  return bounded(() => handle.result(), client);
}
