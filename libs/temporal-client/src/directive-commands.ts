import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import type { DirectiveInput } from '@dondoc/workflows/activities';
import type { directiveWorkflow } from '@dondoc/workflows/directive.workflow';
import { directiveWorkflowId } from '@dondoc/workflows/ids';
import { cancelDirectiveUpdate, type CancelDirectiveRequest } from '@dondoc/workflows/messages';

/**
 * The one start function into Temporal for a directive. The workflow id comes from
 * the directive id, so a repeated or concurrent start of the same directive is
 * answered with the existing execution and never starts a second one.
 */
export async function startDirective(client: Client, taskQueue: string, input: DirectiveInput): Promise<string> {
  const workflowId = directiveWorkflowId(input.directiveId);
  try {
    await client.workflow.start<typeof directiveWorkflow>('directiveWorkflow', {
      workflowId,
      taskQueue,
      args: [input],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    return workflowId;
  } catch (error) {
    // Already started (or already finished) under this business key: the same directive.
    if (error instanceof WorkflowExecutionAlreadyStartedError) return workflowId;
    throw error;
  }
}

export async function cancelDirective(client: Client, directiveId: string, request: CancelDirectiveRequest) {
  return client.workflow.getHandle(directiveWorkflowId(directiveId)).executeUpdate(cancelDirectiveUpdate, {
    args: [request],
  });
}
