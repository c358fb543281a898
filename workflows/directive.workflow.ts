import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  amendDirectiveUpdate,
  auditEventId,
  awaitRecordedUpdate,
  cancelDirectiveUpdate,
  directiveStateQuery,
  type AmendDirectiveRequest,
  type CancelDirectiveRequest,
  type DirectiveActivities,
  type DirectiveInput,
  type DirectiveWorkflowState,
  type RecordResult,
} from '../libs/workflow-contract/src';
import { msg } from '../libs/domain/src/errors';
import { legacyDirectiveNotRecorded, SYSTEM_NOTES } from '../libs/domain/src/system-notes';
import { refusal } from './refusal';

const activities = proxyActivities<DirectiveActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Starting task workflows heartbeats, so a worker that dies mid-page is noticed in seconds. */
const fanOut = proxyActivities<Pick<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks' | 'startCohorts'>>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/**
 * Recording a directive with its cohorts writes every task, assignment and notice in one
 * transaction: long for a national directive, so it heartbeats, and a worker that dies
 * in the middle is noticed in 30 s rather than at the start-to-close timeout.
 */
const recording = proxyActivities<Pick<DirectiveActivities, 'recordDirective'>>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const FAN_OUT_PAGE = 500;
const REASON_REQUIRED = msg('refusals.reasonRequired');
const NOT_ACTIVE = msg('refusals.directiveEnded');

/**
 * One workflow per directive. Records the directive (the API waits for that through
 * the `awaitRecorded` update sent with the start), starts its cohorts' workflows (runs
 * before cohorts: one task workflow per task), then carries amendments and cancellation
 * to its tasks; a cancelled directive ends cleanly with an audit record.
 */
export async function directiveWorkflow(input: DirectiveInput): Promise<DirectiveWorkflowState> {
  const { workflowId } = workflowInfo();
  const state: DirectiveWorkflowState = { phase: 'recording' };
  // Read by the awaitRecorded handler, which may run before recording has finished.
  let recorded: RecordResult | undefined = undefined;
  let cancellation: CancelDirectiveRequest | undefined;
  /** Amendments applied, for the main loop; `inCohort`: a new task its activity already put in a cohort. */
  const pending: (AmendDirectiveRequest & { inCohort?: boolean })[] = [];
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
        if (typeof request?.reason !== 'string' || request.reason.trim() === '') throw refusal(REASON_REQUIRED);
        if (cancellation || state.phase !== 'active') throw refusal(NOT_ACTIVE);
      },
    },
  );
  setHandler(
    amendDirectiveUpdate,
    async (request) => {
      const sequence = ++amendments;
      // A new task joins a cohort of its own in the amendment's activity (decision 65), which
      // also starts the cohort's workflow; runs amended before the patch start the task's
      // own workflow from the main loop, as they did.
      const inCohort = request.amendment?.kind === 'add_task' && patched('cohort2-amended-tasks');
      // The activity refuses (non-retryable) an amendment of a task that is not open.
      await activities.applyAmendment({
        directiveId: input.directiveId,
        amendment: request.amendment,
        actor: request.actor,
        eventId: auditEventId(workflowId, `amendment:${sequence}`),
        ...(inCohort ? { inCohort } : {}),
      });
      pending.push({ ...request, inCohort });
      return state;
    },
    {
      validator: (request) => {
        if (cancellation || state.phase !== 'active') throw refusal(NOT_ACTIVE);
        const amendment = request?.amendment;
        if (amendment?.kind === 'cancel_task' && !amendment.reason?.trim()) throw refusal(REASON_REQUIRED);
      },
    },
  );

  // Tasks followed in cohorts (decision 65): recorded, grouped and told in one
  // transaction, then a handful of cohort workflows; no workflow per task. Runs recorded
  // before it fan out one task workflow each, as they did.
  const inCohorts = patched('task-cohorts');
  recorded = await record(input, workflowId, inCohorts);
  if (recorded.status !== 'recorded') {
    state.phase = 'rejected';
    return state;
  }
  state.phase = 'active';

  if (inCohorts) {
    await fanOut.startCohorts({ directiveId: input.directiveId });
  } else {
    // Fan out: one workflow per task, started by an activity in pages, so this history
    // stays small however many units the directive reaches.
    for (let offset = 0; ; offset += FAN_OUT_PAGE) {
      const covered = await fanOut.startTaskWorkflows({
        directiveId: input.directiveId,
        offset,
        limit: FAN_OUT_PAGE,
      });
      if (covered < FAN_OUT_PAGE || cancellation) break;
    }
  }

  for (;;) {
    // The directive lives while it may be amended or cancelled; its tasks keep their own time.
    await condition(() => cancellation !== undefined || pending.length > 0);
    while (pending.length > 0) {
      const { amendment, actor, inCohort } = pending.shift()!;
      if (amendment.kind === 'add_task') {
        if (!inCohort) {
          await fanOut.startTaskWorkflows({ directiveId: input.directiveId, taskIds: [amendment.task.taskId] });
        }
      } else if (!patched('amendment-told-once')) {
        // Before the patch the task was told a second time here, after the activity had
        // told it (applyAmendment): a re-dating told again after the task's own extension
        // could undo it. The activity is the one teller now (docs/architecture.md).
        const command =
          amendment.kind === 'cancel_task'
            ? { kind: 'cancel' as const, reason: amendment.reason }
            : { kind: 'change_deadline' as const, deadline: amendment.deadline };
        await fanOut.forwardToTasks({
          directiveId: input.directiveId,
          taskIds: [amendment.taskId],
          command,
          actor,
        });
      }
    }
    if (cancellation) {
      await fanOut.forwardToTasks({
        directiveId: input.directiveId,
        command: { kind: 'cancel', reason: cancellation.reason },
        actor: cancellation.actor,
      });
      await activities.recordCancelled({
        directiveId: input.directiveId,
        reason: cancellation.reason,
        actor: cancellation.actor,
        eventId: auditEventId(workflowId, 'cancelled'),
      });
      state.phase = 'cancelled';
      await condition(allHandlersFinished);
      return state;
    }
  }
}

/**
 * Records the directive. Data that no retry can store (the activity failed for good:
 * apps/worker/src/activities/failures.ts) ends the directive `rejected`, audited with the
 * reason, and the waiting API call hears why, instead of a recording retried forever.
 * Behind a patch: runs recorded before it never took this path.
 */
async function record(input: DirectiveInput, workflowId: string, inCohorts: boolean): Promise<RecordResult> {
  try {
    const eventId = auditEventId(workflowId, 'recorded');
    return inCohorts
      ? await recording.recordDirective({ ...input, eventId, inCohorts })
      : await activities.recordDirective({ ...input, eventId });
  } catch (error) {
    const cause = error instanceof ActivityFailure ? error.cause : undefined;
    if (!(cause instanceof ApplicationFailure && cause.nonRetryable) || !patched('poison-ends-rejected')) throw error;
    const oneLanguage = patched('i18n-text-notes');
    const reason = oneLanguage
      ? SYSTEM_NOTES.directiveNotRecorded()
      : legacyDirectiveNotRecorded(cause.type ?? 'invalid data');
    await activities.recordRejected({
      directiveId: input.directiveId,
      reason,
      // The words are the reader's; the failure's type stays in the audit row for the operator.
      ...(oneLanguage ? { cause: cause.type ?? 'invalid data' } : {}),
      actor: input.actor,
      eventId: auditEventId(workflowId, 'rejected'),
    });
    return { status: 'rejected', directiveId: input.directiveId, reason };
  }
}
