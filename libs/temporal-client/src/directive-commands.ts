import {
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy, type UpdateDefinition } from '@temporalio/common';
import { ConflictError, NotFoundError, UnprocessableError } from '@dondoc/domain';
import { bounded, hasEnded, untilStarted, type Describable } from './bounded-wait';
import {
  DIRECTIVE_WORKFLOW,
  directiveWorkflowId,
  taskWorkflowId,
  type DirectiveInput,
  type DirectiveWorkflow,
  type RecordResult,
  amendDirectiveUpdate,
  awaitRecordedUpdate,
  cancelDirectiveUpdate,
  type AmendDirectiveRequest,
  type CancelDirectiveRequest,
  type DirectiveWorkflowState,
} from '@dondoc/workflow-contract';

/**
 * The one start function into Temporal for a directive: starts its workflow and,
 * in the same call, waits for the workflow to record it (update-with-start). The
 * workflow id comes from the directive id, so repeated or concurrent requests for
 * the same directive reach one execution; the update id makes them one update.
 * Returns undefined when the workflow had already finished (an old retry).
 */
export async function startDirective(
  client: Client,
  taskQueue: string,
  input: DirectiveInput,
): Promise<RecordResult | undefined> {
  const workflowId = directiveWorkflowId(input.directiveId);
  const startWorkflowOperation = new WithStartWorkflowOperation<DirectiveWorkflow>(DIRECTIVE_WORKFLOW, {
    workflowId,
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    searchAttributes: { DirectiveId: [input.directiveId], DocumentNumber: [input.document.normalized] },
  });
  try {
    // Bounded: a directive not recorded in time answers 503; the same request again joins the same run.
    return await bounded(
      () =>
        client.workflow.executeUpdateWithStart(awaitRecordedUpdate, {
          updateId: `record:${input.directiveId}`,
          startWorkflowOperation,
        }),
      client,
    );
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return undefined;
    throw error;
  }
}

const ENDED = 'Văn bản không còn hiệu lực / the directive is no longer active';

/**
 * Runs an update, mapping a refusal or an ended workflow to 409 and a missing one to
 * 404. Temporal answers "not found" for an update to a workflow that has ended too; a
 * look at the execution tells the two apart.
 */
export async function updateWorkflow<T>(
  run: () => Promise<T>,
  id: string,
  handle?: Describable,
  ended = ENDED,
): Promise<T> {
  try {
    return await bounded(run, handle?.client);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) {
      if (handle && (await hasEnded(handle))) throw new ConflictError(ended, [{ field: 'id', message: id }]);
      throw new NotFoundError('văn bản đang theo dõi / running directive', id);
    }
    if (error instanceof WorkflowUpdateFailedError) {
      const reason = (error.cause as Error | undefined)?.message ?? error.message;
      // The workflow could not store what was sent (task.workflow.ts recordRefusing).
      if ((error.cause as { type?: string } | undefined)?.type === 'Unstorable')
        throw new UnprocessableError(reason, [{ field: 'body', message: reason }]);
      throw new ConflictError(reason, [{ field: 'id', message: reason }]);
    }
    throw error;
  }
}

export function cancelDirective(
  client: Client,
  directiveId: string,
  request: CancelDirectiveRequest,
): Promise<DirectiveWorkflowState> {
  const handle = client.workflow.getHandle(directiveWorkflowId(directiveId));
  return updateWorkflow(() => handle.executeUpdate(cancelDirectiveUpdate, { args: [request] }), directiveId, handle);
}

export function amendDirective(
  client: Client,
  directiveId: string,
  request: AmendDirectiveRequest,
): Promise<DirectiveWorkflowState> {
  const handle = client.workflow.getHandle(directiveWorkflowId(directiveId));
  return updateWorkflow(() => handle.executeUpdate(amendDirectiveUpdate, { args: [request] }), directiveId, handle);
}

/**
 * Sends an update to a task's workflow, mapping refusals to 409. The task is known to
 * exist (the caller read its row): a workflow its directive's fan-out has not started
 * yet is waited for, within the bound (then 503), never answered 404.
 */
export function updateTask<Ret, Args extends [any, ...any[]]>(
  client: Client,
  taskId: string,
  definition: UpdateDefinition<Ret, Args>,
  args: Args,
  options: { updateId?: string } = {},
): Promise<Ret> {
  const handle = client.workflow.getHandle(taskWorkflowId(taskId));
  return updateWorkflow(
    () => untilStarted(() => handle.executeUpdate(definition, { args, ...options }), handle),
    taskId,
    handle,
    'Nhiệm vụ đã kết thúc / the task is closed',
  );
}
