import type { Client } from '@temporalio/client';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import {
  AMEND_ROUND_WORKFLOW,
  amendRoundWorkflowId,
  WITHDRAW_ROUND_WORKFLOW,
  withdrawRoundWorkflowId,
  type AmendRoundInput,
  type AmendRoundResult,
  type AmendRoundWorkflow,
  type WithdrawRoundInput,
  type WithdrawRoundResult,
  type WithdrawRoundWorkflow,
} from '@dondoc/workflow-contract';
import { bounded } from './bounded-wait';

/**
 * Withdraws a round through its withdrawal workflow (one per round: a second request
 * joins the first) and waits for it within the bound (then 503; the work goes on).
 */
export async function withdrawRound(
  client: Client,
  taskQueue: string,
  input: WithdrawRoundInput,
): Promise<WithdrawRoundResult> {
  const handle = await client.workflow.start<WithdrawRoundWorkflow>(WITHDRAW_ROUND_WORKFLOW, {
    workflowId: withdrawRoundWorkflowId(input.roundId),
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
  });
  return bounded(() => handle.result(), client);
}

/** New deadlines for some of a round's levels, through the round's amendment workflow, waited for within the bound. */
export async function amendRound(client: Client, taskQueue: string, input: AmendRoundInput): Promise<AmendRoundResult> {
  const handle = await client.workflow.start<AmendRoundWorkflow>(AMEND_ROUND_WORKFLOW, {
    workflowId: amendRoundWorkflowId(input.roundId, input.amendId),
    taskQueue,
    args: [input],
  });
  return bounded(() => handle.result(), client);
}
