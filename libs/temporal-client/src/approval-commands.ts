import type { Client } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import {
  APPROVAL_WORKFLOW,
  approvalDecidedSignal,
  approvalWorkflowId,
  type ApprovalDecision,
  type ApprovalWorkflow,
  type ApprovalWorkflowInput,
} from '@dondoc/workflow-contract';

/**
 * Starts the follow-up of one submission, `approval:<draftId>:<submission>` (decision
 * 74). Business-keyed: a second start of the same submission joins the first.
 */
export async function startApproval(client: Client, taskQueue: string, input: ApprovalWorkflowInput): Promise<void> {
  await client.workflow
    .start<ApprovalWorkflow>(APPROVAL_WORKFLOW, {
      workflowId: approvalWorkflowId(input.draftId, input.submission),
      taskQueue,
      args: [input],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    })
    .catch((error: unknown) => {
      if ((error as Error).name !== 'WorkflowExecutionAlreadyStartedError') throw error;
    });
}

/**
 * Tells the submission's workflow that the approver decided: it stops reminding. A
 * workflow already ended (told before) is fine: the decision is the draft's row's.
 */
export async function approvalDecided(
  client: Client,
  draftId: string,
  submission: number,
  decision: ApprovalDecision,
  actor: string,
): Promise<void> {
  await client.workflow
    .getHandle(approvalWorkflowId(draftId, submission))
    .signal(approvalDecidedSignal, { decision, actor })
    .catch((error: unknown) => {
      if ((error as Error).name !== 'WorkflowNotFoundError') throw error;
    });
}
