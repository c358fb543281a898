import type { Client } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import {
  answerExplanationUpdate,
  EXPLANATION_WORKFLOW,
  explanationWorkflowId,
  type ExplanationAnswer,
  type ExplanationState,
  type ExplanationWorkflow,
  type ExplanationWorkflowInput,
} from '@dondoc/workflow-contract';
import { msg } from '@dondoc/domain';
import { updateWorkflow } from './directive-commands';

/** Starts an explanation request's workflow under the request's id (one run per request). */
export async function startExplanation(client: Client, taskQueue: string, input: ExplanationWorkflowInput) {
  await client.workflow.start<ExplanationWorkflow>(EXPLANATION_WORKFLOW, {
    workflowId: explanationWorkflowId(input.explanationId),
    taskQueue,
    args: [input],
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
  });
}

/** The unit's answer; the workflow's validator refuses a second answer or an unknown reason (409). */
export function answerExplanation(
  client: Client,
  explanationId: string,
  answer: ExplanationAnswer,
): Promise<ExplanationState> {
  const handle = client.workflow.getHandle(explanationWorkflowId(explanationId));
  return updateWorkflow(
    () => handle.executeUpdate(answerExplanationUpdate, { args: [answer] }),
    explanationId,
    handle,
    msg('refusals.explanationClosed'),
  );
}
