import {
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import {
  ApplicationFailure,
  WorkflowIdConflictPolicy,
  WorkflowIdReusePolicy,
  type UpdateDefinition,
} from '@temporalio/common';
import {
  ConflictError,
  isMessage,
  msg,
  NotFoundError,
  TASK_REFUSALS,
  UnprocessableError,
  type Message,
  type Text,
} from '@dondoc/domain';
import { bounded, hasEnded, untilStarted, type Describable } from './bounded-wait';
import {
  DIRECTIVE_WORKFLOW,
  directiveWorkflowId,
  taskWorkflowId,
  TASK_WORKFLOW,
  type TaskWorkflow,
  type TaskWorkflowInput,
  type DirectiveInput,
  type DirectiveWorkflow,
  type RecordResult,
  amendDirectiveUpdate,
  awaitRecordedUpdate,
  cancelDirectiveUpdate,
  type AmendDirectiveRequest,
  type CancelDirectiveRequest,
  type DirectiveWorkflowState,
  UNSTORABLE_FAILURE,
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

const ENDED = msg('refusals.directiveEnded');

/**
 * Why a workflow refused an update, in words for the reader: the catalogue key its failure
 * carries in its details (libs/workflow-contract/src/failures.ts), else (a run recorded
 * before) the failure's message, a legacy text the API shows by its reader's half.
 */
export function refusalText(error: WorkflowUpdateFailedError): Text {
  const cause = error.cause;
  if (cause instanceof ApplicationFailure && isMessage(cause.details?.[0])) return cause.details[0] as Message;
  return cause?.message ?? error.message;
}

/**
 * Runs an update, mapping a refusal or an ended workflow to 409 and a missing one to
 * 404. Temporal answers "not found" for an update to a workflow that has ended too; a
 * look at the execution tells the two apart.
 */
export async function updateWorkflow<T>(
  run: () => Promise<T>,
  id: string,
  handle?: Describable,
  ended: Text = ENDED,
): Promise<T> {
  try {
    return await bounded(run, handle?.client);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) {
      if (handle && (await hasEnded(handle))) throw new ConflictError(ended, [{ field: 'id', message: id }]);
      throw new NotFoundError(msg('nouns.runningDirective'), id);
    }
    if (error instanceof WorkflowUpdateFailedError) {
      const reason = refusalText(error);
      // The workflow could not store what was sent (task.workflow.ts recordRefusing).
      if ((error.cause as { type?: string } | undefined)?.type === UNSTORABLE_FAILURE)
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

/**
 * An amendment through the directive's workflow. With `updateId` (an approved amendment
 * draft's, decision 74) the same amendment sent twice is applied once: Temporal answers a
 * repeated update id with the first one's result.
 */
export function amendDirective(
  client: Client,
  directiveId: string,
  request: AmendDirectiveRequest,
  updateId?: string,
): Promise<DirectiveWorkflowState> {
  const handle = client.workflow.getHandle(directiveWorkflowId(directiveId));
  return updateWorkflow(
    () => handle.executeUpdate(amendDirectiveUpdate, { args: [request], ...(updateId ? { updateId } : {}) }),
    directiveId,
    handle,
  );
}

/**
 * Judges an update to a task its cohort follows (decision 65): the input its own workflow
 * starts with when the task leaves the cohort for it, the answer when the update changes
 * nothing (the task stays), null for a task with a workflow of its own. Throws the
 * refusal (409) as the workflow's validator would.
 */
export type TakeOver = (
  taskId: string,
  update: { name: string; request: unknown },
) => Promise<{ input: TaskWorkflowInput } | { answer: unknown } | null>;

/**
 * Sends an update to a task's workflow, mapping refusals to 409. The task is known to
 * exist (the caller read its row): a workflow its directive's fan-out has not started
 * yet is waited for, within the bound (then 503), never answered 404. A task its cohort
 * follows (docs/decisions/0065-task-cohorts.md) leaves the cohort first (`takeOver`) and
 * its own workflow is started with the update (update-with-start): it takes the task
 * over from that instant and the update is its first act.
 */
export async function updateTask<Ret, Args extends [any, ...any[]]>(
  client: Client,
  taskId: string,
  definition: UpdateDefinition<Ret, Args>,
  args: Args,
  options: { updateId?: string; takeOver?: TakeOver; taskQueue?: string } = {},
): Promise<Ret> {
  const handle = client.workflow.getHandle(taskWorkflowId(taskId));
  const { takeOver, taskQueue, ...updateOptions } = options;
  const taken = takeOver ? await takeOver(taskId, { name: definition.name, request: args[0] }) : null;
  if (taken && 'answer' in taken) return taken.answer as Ret;
  const input = taken?.input;
  if (input && taskQueue) {
    return updateWorkflow(
      () => updateWithStartTask(client, taskQueue, input, definition, args, updateOptions),
      taskId,
      handle,
      TASK_REFUSALS.closed,
    );
  }
  return updateWorkflow(
    () => untilStarted(() => handle.executeUpdate(definition, { args, ...updateOptions }), handle),
    taskId,
    handle,
    TASK_REFUSALS.closed,
  );
}

/**
 * The update as the first act of a task's own workflow, started with it from `input` (a
 * task leaving its cohort); joins the workflow when it already runs. A workflow that ran
 * and ended is not started again: that is a closed task, answered as one (not found).
 * Temporal's other errors as they come: callers map them.
 */
export async function updateWithStartTask<Ret, Args extends [any, ...any[]]>(
  client: Client,
  taskQueue: string,
  input: TaskWorkflowInput,
  definition: UpdateDefinition<Ret, Args>,
  args: Args,
  options: { updateId?: string } = {},
): Promise<Ret> {
  const startWorkflowOperation = new WithStartWorkflowOperation<TaskWorkflow>(TASK_WORKFLOW, {
    workflowId: taskWorkflowId(input.taskId),
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    // A task's workflow that has ended is not started again: the task is closed.
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
  });
  try {
    return await client.workflow.executeUpdateWithStart(definition, { args, ...options, startWorkflowOperation });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError)
      throw new WorkflowNotFoundError('closed', input.taskId, undefined);
    throw error;
  }
}
