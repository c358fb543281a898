import { condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { DirectiveActivities, DirectiveInput, RecordResult } from './activities';
import { auditEventId } from './ids';
import {
  amendDirectiveUpdate,
  awaitRecordedUpdate,
  cancelDirectiveUpdate,
  directiveStateQuery,
  type CancelDirectiveRequest,
  type DirectiveWorkflowState,
} from './messages';

const activities = proxyActivities<DirectiveActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const REASON_REQUIRED = 'Cần nêu lý do / a reason is required';
const NOT_ACTIVE = 'Văn bản không còn hiệu lực / the directive is no longer active';

/**
 * One workflow per directive. Records the directive (the API waits for that through
 * the `awaitRecorded` update sent with the start), then keeps its tasks' deadlines:
 * at each deadline the tasks still open become overdue. Amendments and cancellation
 * arrive as updates; a cancelled directive ends cleanly with an audit record.
 */
export async function directiveWorkflow(input: DirectiveInput): Promise<DirectiveWorkflowState> {
  const { workflowId } = workflowInfo();
  const state: DirectiveWorkflowState = { phase: 'recording', openTasks: [], overdueTaskIds: [] };
  // Read by the awaitRecorded handler, which may run before recording has finished.
  let recorded: RecordResult | undefined = undefined;
  let cancellation: CancelDirectiveRequest | undefined;
  let changed = false;
  let amendments = 0;

  setHandler(directiveStateQuery, () => state);
  setHandler(awaitRecordedUpdate, async () => {
    await condition(() => recorded !== undefined);
    return recorded!;
  });
  setHandler(
    cancelDirectiveUpdate,
    async (request) => {
      cancellation = request;
      await condition(() => state.phase === 'cancelled');
      return state;
    },
    {
      validator: (request) => {
        if (typeof request?.reason !== 'string' || request.reason.trim() === '') throw new Error(REASON_REQUIRED);
        if (cancellation || state.phase !== 'active') throw new Error(NOT_ACTIVE);
      },
    },
  );
  setHandler(
    amendDirectiveUpdate,
    async (request) => {
      const sequence = ++amendments;
      state.openTasks = await activities.applyAmendment({
        directiveId: input.directiveId,
        amendment: request.amendment,
        actor: request.actor,
        eventId: auditEventId(workflowId, `amendment:${sequence}`),
      });
      changed = true;
      return state;
    },
    {
      validator: (request) => {
        if (cancellation || state.phase !== 'active') throw new Error(NOT_ACTIVE);
        const amendment = request?.amendment;
        if (amendment?.kind === 'cancel_task' || amendment?.kind === 'change_deadline') {
          if (!state.openTasks.some((task) => task.taskId === amendment.taskId)) {
            throw new Error('Nhiệm vụ đã kết thúc hoặc không thuộc văn bản / the task is closed or not part of it');
          }
        }
        if (amendment?.kind === 'cancel_task' && !amendment.reason?.trim()) throw new Error(REASON_REQUIRED);
      },
    },
  );

  recorded = await activities.recordDirective({ ...input, eventId: auditEventId(workflowId, 'recorded') });
  if (recorded.status !== 'recorded') {
    state.phase = 'rejected';
    return state;
  }
  state.phase = 'active';
  state.openTasks = input.tasks.map((task) => ({ taskId: task.taskId, deadline: task.deadline }));

  for (;;) {
    const waiting = state.openTasks.filter((task) => !state.overdueTaskIds.includes(task.taskId));
    if (waiting.length === 0 && !cancellation) {
      // Nothing left to time; stay to accept amendments and cancellation.
      await condition(() => cancellation !== undefined || changed);
    } else if (!cancellation) {
      const next = Math.min(...waiting.map((task) => Date.parse(task.deadline)));
      // Date.now() is deterministic in a workflow: the time of the current workflow task.
      await condition(() => cancellation !== undefined || changed, Math.max(0, next - Date.now()));
    }
    if (cancellation) {
      await activities.recordCancelled({
        directiveId: input.directiveId,
        reason: cancellation.reason,
        actor: cancellation.actor,
        eventId: auditEventId(workflowId, 'cancelled'),
      });
      state.phase = 'cancelled';
      state.openTasks = [];
      return state;
    }
    if (changed) {
      changed = false;
      // A task cancelled or given a later deadline is no longer overdue.
      const now = Date.now();
      state.overdueTaskIds = state.overdueTaskIds.filter((id) =>
        state.openTasks.some((task) => task.taskId === id && Date.parse(task.deadline) <= now),
      );
      continue;
    }
    const now = Date.now();
    const due = state.openTasks
      .filter((task) => !state.overdueTaskIds.includes(task.taskId) && Date.parse(task.deadline) <= now)
      .map((task) => task.taskId);
    if (due.length > 0) {
      const overdue = await activities.recordOverdue({
        directiveId: input.directiveId,
        taskIds: due,
        eventId: auditEventId(workflowId, `overdue:${now}`),
      });
      state.overdueTaskIds = [...new Set([...state.overdueTaskIds, ...overdue, ...due])];
    }
  }
}
