import { condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { DirectiveActivities, DirectiveInput } from './activities';
import { auditEventId } from './ids';
import { cancelDirectiveUpdate, directiveStateQuery, type DirectiveWorkflowState } from './messages';

const activities = proxyActivities<DirectiveActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * One workflow per directive. Records the directive in the read model, then waits
 * durably until the earliest task deadline and marks the tasks that are still open
 * as overdue. A cancellation ends it cleanly with an audit record.
 */
export async function directiveWorkflow(input: DirectiveInput): Promise<DirectiveWorkflowState> {
  const { workflowId } = workflowInfo();
  const state: DirectiveWorkflowState = { phase: 'recording', overdueTaskIds: [] };
  let cancellation: { reason: string; actor: string } | undefined;

  setHandler(directiveStateQuery, () => state);
  setHandler(
    cancelDirectiveUpdate,
    async (request) => {
      cancellation = request;
      await condition(() => state.phase === 'cancelled');
      return state;
    },
    {
      validator: (request) => {
        if (!request || typeof request.reason !== 'string' || request.reason.trim() === '') {
          throw new Error('Cần nêu lý do hủy / a reason is required');
        }
        if (cancellation || state.phase === 'cancelled') {
          throw new Error('Văn bản đã bị hủy / the directive is already cancelled');
        }
      },
    },
  );

  await activities.recordDirective({ ...input, eventId: auditEventId(workflowId, 'recorded') });
  state.phase = 'waiting';

  const earliest = Math.min(...input.tasks.map((task) => Date.parse(task.deadline)));
  // Date.now() is deterministic inside a workflow: it is the time of the current workflow task.
  const waitMs = Math.max(0, earliest - Date.now());
  const cancelled = await condition(() => cancellation !== undefined, waitMs);

  if (cancelled && cancellation) {
    await activities.recordCancelled({
      directiveId: input.directiveId,
      reason: cancellation.reason,
      actor: cancellation.actor,
      eventId: auditEventId(workflowId, 'cancelled'),
    });
    state.phase = 'cancelled';
    return state;
  }

  const dueTaskIds = input.tasks.filter((task) => Date.parse(task.deadline) <= earliest).map((task) => task.taskId);
  state.overdueTaskIds = await activities.recordOverdue({
    directiveId: input.directiveId,
    taskIds: dueTaskIds,
    eventId: auditEventId(workflowId, `overdue:${earliest}`),
  });
  state.phase = 'overdue';
  return state;
}
