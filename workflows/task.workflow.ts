import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { BusinessCalendar } from '../libs/domain/src/calendar/business-calendar';
import { escalationStep } from '../libs/domain/src/escalation';
import { msg } from '../libs/domain/src/errors';
import { legacyUnstorable } from '../libs/domain/src/system-notes';
import { applyTaskEvent, initialTaskState, isClosed } from '../libs/domain/src/task-machine';
import {
  subtaskClosedSignal,
  taskStateQuery,
  type TaskState,
  type TaskWorkflowInput,
  type DirectiveActivities,
  type TaskActivities,
  auditEventId,
  taskWorkflowId,
  UNSTORABLE_FAILURE,
} from '../libs/workflow-contract/src';
import { refusal } from './refusal';
import { setTaskHandlers, type TaskRun } from './task-handlers';
import { planTimers, type PlannedEscalation, type PlannedTimer } from './task-plan';

const activities = proxyActivities<TaskActivities>({
  // Short: these are single transactions; a worker that dies is retried elsewhere soon.
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * The assignment itself (record it, tell the units) as local activities: run by the
 * worker inside the workflow task, no activity tasks through the server, which is
 * what limits a fan-out to thousands of units (see bench/README.md).
 */
const local = proxyLocalActivities<TaskActivities>({
  startToCloseTimeout: '30 seconds',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Starting or commanding sub-task workflows: paged and heartbeating, like a directive's fan-out. */
const fanOut = proxyActivities<Pick<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks'>>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const MAX_HISTORY = 8_000;

/**
 * One long-lived workflow per task assignment. It waits durably for the lead unit to
 * acknowledge and report and for the assigning side to review, reminds before each
 * deadline and, once one passes, escalates up the hierarchy step by step until the
 * awaited action happens. Human actions arrive as updates whose validators refuse
 * what the state does not allow (task-handlers.ts); every transition is recorded by an
 * activity with a deterministic event id.
 */
export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskState> {
  const run = startRun(input);
  const { s } = run;
  setHandler(taskStateQuery, () => s);
  setTaskHandlers(run);
  if (!input.state) await assign(run);
  // Left its cohort (decision 65): the state is the cohort's from that instant; this run drives the task now.
  else if (input.takenOverFrom) await local.confirmTakeOver({ taskId: input.taskId });

  while (!isClosed(s.phase)) {
    const timers = plan(run);
    const seen = run.version;
    const next = timers[0];
    const woke = next
      ? await condition(() => run.version !== seen, Math.max(0, next.at - Date.now()))
      : (await condition(() => run.version !== seen), true);
    if (woke || isClosed(s.phase)) continue;
    const now = Date.now();
    for (const timer of timers) {
      if (timer.at > now || run.version !== seen) break;
      await fire(run, timer);
    }
    if (historyFull(input)) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof taskWorkflow>({ ...input, state: s, takenOverFrom: undefined });
    }
  }
  // Let the update that closed the task finish its recording and notices first.
  await condition(allHandlersFinished);
  await tellParent(input, s);
  return s;
}

type Run = TaskRun & { version: number; before?: string };

function startRun(input: TaskWorkflowInput): Run {
  const { workflowId } = workflowInfo();
  const s = input.state ?? initialTaskState(input.deadline, input.ackDeadline);
  s.subtasks ??= {};
  const run: Run = {
    input,
    calendar: new BusinessCalendar(input.calendar),
    s,
    version: 0,
    changed: () => void run.version++,
    apply: (event) => {
      // Kept so that an action whose record cannot be stored is undone (recordRefusing).
      run.before = JSON.stringify(s);
      Object.assign(s, applyTaskEvent(s, event));
      run.changed();
    },
    record: (event, actor, key, via = activities) =>
      recordRefusing(run, () =>
        via.recordTaskEvent({ eventId: auditEventId(workflowId, key), taskId: input.taskId, actor, event }),
      ),
    notify: (noticeId, kind, targetUnitId, extra = {}, via = activities) =>
      via.notify({
        noticeId: `${input.taskId}:${noticeId}`,
        kind,
        taskId: input.taskId,
        targetUnitId,
        ...extra,
      }),
    recordDelegation: (request) => activities.recordDelegation(request),
    fanOut,
    auditEventId: (key) => auditEventId(workflowId, key),
  };
  return run;
}

/**
 * Records an event. Data that no retry can store (the activity failed for good) undoes
 * the action's change to the state and refuses it to the caller (the update fails with
 * an `Unstorable` failure, 422 at the API); the task goes on as before it. Behind a
 * patch: runs recorded before it never took this path.
 */
async function recordRefusing(run: Run, recordIt: () => Promise<void>): Promise<void> {
  const before = run.before;
  try {
    await recordIt();
  } catch (error) {
    const cause = error instanceof ActivityFailure ? error.cause : undefined;
    if (!(cause instanceof ApplicationFailure && cause.nonRetryable) || !patched('poison-refused')) throw error;
    if (before) {
      const restored = JSON.parse(before) as TaskState;
      for (const key of Object.keys(run.s)) if (!(key in restored)) delete (run.s as any)[key];
      Object.assign(run.s, restored);
      run.changed();
    }
    // The reason as a catalogue key (one language, said in the reader's by the API); runs
    // recorded before the patch keep the message they had.
    if (patched('i18n-text-refusals')) throw refusal(msg('refusals.unstorable'), UNSTORABLE_FAILURE);
    throw ApplicationFailure.create({
      message: legacyUnstorable(cause.type ?? 'invalid'),
      type: UNSTORABLE_FAILURE,
      nonRetryable: true,
    });
  }
}

/** The assignment: recorded, then the lead and coordinating units told. */
async function assign(run: Run): Promise<void> {
  const { input, s } = run;
  if (patched('assignment-as-local-activities')) {
    const assigned = (unitId: string, noticeId: string, note?: string) =>
      local.notify({
        noticeId: `${input.taskId}:${noticeId}`,
        kind: 'task_assigned',
        taskId: input.taskId,
        targetUnitId: unitId,
        dueAt: s.deadline,
        ...(note ? { note } : {}),
      });
    await local.recordTaskEvent({
      eventId: run.auditEventId('assigned'),
      taskId: input.taskId,
      actor: 'system',
      event: { type: 'assigned' },
    });
    await Promise.all([
      assigned(input.leadUnitId, 'assigned'),
      ...input.coordinatingUnitIds.map((unitId) => assigned(unitId, `assigned:${unitId}`, 'coordinating')),
    ]);
  } else {
    await run.record({ type: 'assigned' }, 'system', 'assigned');
    await run.notify('assigned', 'task_assigned', input.leadUnitId, { dueAt: s.deadline });
    for (const unitId of input.coordinatingUnitIds) {
      await run.notify(`assigned:${unitId}`, 'task_assigned', unitId, { dueAt: s.deadline, note: 'coordinating' });
    }
  }
}

/** The timers to wait for; the bookkeeping of obligations that are over is dropped. */
function plan(run: Run): PlannedTimer[] {
  const { timers, since, sent, escalation } = planTimers(run.s, run.input, run.calendar, new Date());
  Object.assign(run.s, { since, sent, escalation });
  return timers;
}

async function fire(run: Run, timer: PlannedTimer): Promise<void> {
  const via = timerActivities();
  if (timer.kind === 'escalation') return escalate(run, timer, via);
  const { obligation: o } = timer;
  await run.notify(timer.id, 'reminder', o.lateUnitId, { awaiting: o.kind, dueAt: o.dueAt }, via);
  run.s.sent.push(timer.id);
}

/**
 * What a timer's work runs through. Reminders and escalations fall due together (08:00
 * on a shared deadline day, thousands of tasks at once): as regular activities each cost
 * a workflow task, an activity task and another workflow task through the server, and a
 * burst of 1,000 took a minute to drain while new directives queued behind it. As local
 * activities each timer is one workflow task (bench/README.md, reminder-burst). Behind a
 * patch: runs that fired timers before it replay through regular activities.
 */
function timerActivities(): TaskActivities {
  return patched('timers-as-local-activities') ? local : activities;
}

/** One step up the ladder: the overdue mark first (report and revision), then the notice, then the next step. */
async function escalate(run: Run, timer: PlannedEscalation, via: TaskActivities): Promise<void> {
  const { s, input } = run;
  const { obligation: o, obligationId: id } = timer;
  if ((o.kind === 'report' || o.kind === 'revision') && !s.overdueMarked.includes(id)) {
    await run.record({ type: 'overdue', obligation: o.kind }, 'system', `overdue:${id}`, via);
    s.overdueMarked.push(id);
  }
  const chain = (s.chains[o.kind] ??= await via.escalationChain({
    fromUnitId: o.lateUnitId,
    toUnitId: o.chainTo,
  }));
  const step = escalationStep(chain, timer.step, timer.nextAt, o.kind, input.escalationPolicy, run.calendar);
  await run.notify(
    timer.id,
    step.kind,
    step.target,
    { awaiting: o.kind, level: step.level, lateUnitId: o.lateUnitId, dueAt: o.dueAt },
    via,
  );
  s.escalation[id] = step.next;
}

/**
 * Time to continue as new: past the history length (8,000 events, or the test override),
 * or when the server suggests it. The suggestion is behind a patch, asked only when the
 * server makes it, so histories recorded before it replay as they were.
 */
function historyFull(input: TaskWorkflowInput): boolean {
  const info = workflowInfo();
  if (info.historyLength > (input.continueAsNewAfterEvents ?? MAX_HISTORY)) return true;
  return info.continueAsNewSuggested && patched('continue-as-new-suggested');
}

/** A sub-task tells its parent that it has closed. */
async function tellParent(input: TaskWorkflowInput, s: TaskState): Promise<void> {
  if (!input.parentTaskId) return;
  try {
    await getExternalWorkflowHandle(taskWorkflowId(input.parentTaskId)).signal(subtaskClosedSignal, {
      taskId: input.taskId,
      status: s.phase === 'completed' ? 'completed' : 'cancelled',
    });
  } catch {
    // The parent has already closed: nobody is waiting for this one any more.
  }
}
