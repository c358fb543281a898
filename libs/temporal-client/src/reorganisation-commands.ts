import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  applyReorganisationNowSignal,
  cancelReorganisationSignal,
  REORGANISATION_WORKFLOW,
  reorganisationStateQuery,
  reorganisationWorkflowId,
  type ReorganisationInput,
  type ReorganisationState,
  type ReorganisationWorkflow,
} from '@dondoc/workflow-contract';
import { bounded } from './bounded-wait';

/**
 * Starts a stored plan's workflow (docs/decisions/0078): `reorganisation:<planId>`, which
 * waits for the effective instant and applies the plan. Already started is success.
 */
export async function startReorganisation(client: Client, taskQueue: string, input: ReorganisationInput) {
  try {
    await bounded(
      () =>
        client.workflow.start<ReorganisationWorkflow>(REORGANISATION_WORKFLOW, {
          workflowId: reorganisationWorkflowId(input.planId),
          taskQueue,
          args: [input],
        }),
      client,
    );
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

/**
 * Tells a waiting plan's workflow that its row was cancelled, or brought forward to now; a
 * workflow already gone needs nothing.
 */
export async function signalReorganisation(client: Client, planId: string, what: 'cancelled' | 'now'): Promise<void> {
  const signal = what === 'cancelled' ? cancelReorganisationSignal : applyReorganisationNowSignal;
  try {
    await bounded(() => client.workflow.getHandle(reorganisationWorkflowId(planId)).signal(signal), client);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
}

/** The apply's progress while it runs (its workflow's query); undefined when it cannot say. */
export async function reorganisationState(client: Client, planId: string): Promise<ReorganisationState | undefined> {
  try {
    return await bounded(
      () => client.workflow.getHandle(reorganisationWorkflowId(planId)).query(reorganisationStateQuery),
      client,
      5_000,
    );
  } catch {
    return undefined;
  }
}
