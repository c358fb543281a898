/**
 * The task workflow's update and signal handlers. Each one validates with the pure
 * predicates of the task machine (libs/domain/src/task-machine), applies the event with
 * its reducer, records it (an activity, deterministic event id) and sends its notices.
 */
import { patched, setHandler, uuid4 } from '@temporalio/workflow';
import type { BusinessCalendar } from '../libs/domain/src/calendar/business-calendar';
import { after } from '../libs/domain/src/schedule';
import { systemNotes } from '../libs/domain/src/system-notes';
import {
  acknowledgeRefusal,
  cancelRefusal,
  changeDeadlineRefusal,
  decideExtensionRefusal,
  delegateRefusal,
  handOverRefusal,
  handOverUnits,
  isClosed,
  openSubtasks,
  requestExtensionRefusal,
  reviewRefusal,
  submitReportRefusal,
} from '../libs/domain/src/task-machine';
import {
  acknowledgeTaskUpdate,
  cancelTaskUpdate,
  changeTaskDeadlineUpdate,
  decideExtensionUpdate,
  delegateTaskUpdate,
  handOverTaskUpdate,
  requestExtensionUpdate,
  reviewReportUpdate,
  submitReportUpdate,
  subtaskClosedSignal,
  type DirectiveActivities,
  type NoticeInput,
  type NoticeKind,
  type NoticeResult,
  type TaskActivities,
  type TaskEvent,
  type TaskState,
  type TaskWorkflowInput,
} from '../libs/workflow-contract/src';
import { refuse } from './refusal';

/** One running task: its input and state, and what the handlers do with them. */
export interface TaskRun {
  input: TaskWorkflowInput;
  calendar: BusinessCalendar;
  s: TaskState;
  /** Applies an event to the state (the task machine's reducer) and wakes the timer loop. */
  apply(event: TaskEvent): void;
  /** Wakes the timer loop: the plan must be made again. */
  changed(): void;
  /** Records an event; `via` is how (regular activities unless a timer's work says local). */
  record(event: TaskEvent, actor: string, key: string, via?: TaskActivities): Promise<void>;
  notify(
    noticeId: string,
    kind: NoticeKind,
    targetUnitId: string,
    extra?: Partial<NoticeInput>,
    via?: TaskActivities,
  ): Promise<NoticeResult>;
  recordDelegation: TaskActivities['recordDelegation'];
  fanOut: Pick<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks'>;
  auditEventId(key: string): string;
}

const nowIso = () => new Date().toISOString();

/** The notes this run writes: in one language from the patch on (libs/domain/src/system-notes.ts). */
const notes = () => systemNotes(patched('i18n-text-notes'));

export function setTaskHandlers(run: TaskRun): void {
  onAcknowledge(run);
  onSubmitReport(run);
  onReview(run);
  onRequestExtension(run);
  onDecideExtension(run);
  onCancel(run);
  onChangeDeadline(run);
  onDelegate(run);
  onSubtaskClosed(run);
  onHandOver(run);
}

function onAcknowledge(run: TaskRun): void {
  const { s, input } = run;
  setHandler(
    acknowledgeTaskUpdate,
    async ({ actor }) => {
      const event: TaskEvent = { type: 'acknowledged', at: nowIso() };
      run.apply(event);
      await run.record(event, actor, 'acknowledged');
      return s;
    },
    { validator: (request) => refuse(acknowledgeRefusal(s, input, request)) },
  );
}

function onSubmitReport(run: TaskRun): void {
  const { s, input } = run;
  setHandler(
    submitReportUpdate,
    async ({ actor, text, indicatorValues, attachments, subtaskOverrideReason }) => {
      const reportId = uuid4();
      const override = openSubtasks(s).length > 0 ? subtaskOverrideReason!.trim() : null;
      const version = s.reportVersion + 1;
      const at = new Date();
      const late =
        at.getTime() > Date.parse(s.phase === 'revising' && s.revisionDeadline ? s.revisionDeadline : s.deadline);
      const event: TaskEvent = {
        type: 'report',
        reportId,
        version,
        text,
        indicatorValues,
        attachments,
        at: at.toISOString(),
        late,
        reviewDeadline: after(at, input.reviewPeriod, run.calendar).toISOString(),
        ...(override ? { subtaskOverrideReason: override } : {}),
      };
      run.apply(event);
      await run.record(event, actor, `report:${version}`);
      await run.notify(`report:${version}`, 'report_submitted', input.issuingUnitId, { awaiting: 'review' });
      return { reportId, version, late };
    },
    { validator: (request) => refuse(submitReportRefusal(s, input, request)) },
  );
}

function onReview(run: TaskRun): void {
  const { s, input } = run;
  setHandler(
    reviewReportUpdate,
    async ({ actor, outcome, comment }) => {
      const at = new Date();
      const accepted = outcome === 'accepted';
      const event: TaskEvent = {
        type: 'review',
        reportId: s.currentReportId!,
        outcome,
        comment,
        at: at.toISOString(),
        revisionDeadline: accepted ? null : after(at, input.revisionPeriod, run.calendar).toISOString(),
        // The task was done when the accepted report came in; late is judged by that instant.
        completedAt: accepted ? (s.lastSubmittedAt ?? at.toISOString()) : null,
      };
      run.apply(event);
      await run.record(event, actor, `review:${s.reportVersion}`);
      if (!accepted) {
        await run.notify(`returned:${s.reportVersion}`, 'report_returned', input.leadUnitId, {
          awaiting: 'revision',
          dueAt: s.revisionDeadline!,
          note: comment ?? undefined,
        });
      }
      return s;
    },
    { validator: (request) => refuse(reviewRefusal(s, request)) },
  );
}

function onRequestExtension(run: TaskRun): void {
  const { s, input } = run;
  setHandler(
    requestExtensionUpdate,
    async ({ actor, deadline, reason }) => {
      const requestId = uuid4();
      const event: TaskEvent = { type: 'extension_requested', requestId, deadline, reason, at: nowIso() };
      run.apply(event);
      await run.record(event, actor, `extension:${requestId}`);
      await run.notify(`extension:${requestId}`, 'extension_requested', input.issuingUnitId, {
        dueAt: deadline,
        note: reason,
      });
      return { requestId };
    },
    { validator: (request) => refuse(requestExtensionRefusal(s, input, request, Date.now())) },
  );
}

function onDecideExtension(run: TaskRun): void {
  const { s, input } = run;
  setHandler(
    decideExtensionUpdate,
    async ({ actor, requestId, approve, comment }) => {
      const request = s.pendingExtension!;
      const event: TaskEvent = {
        type: 'extension_decided',
        requestId,
        approved: approve,
        comment,
        at: nowIso(),
        deadline: approve ? run.calendar.adjustDeadline(new Date(request.deadline)).toISOString() : null,
      };
      run.apply(event);
      await run.record(event, actor, `extension-decided:${requestId}`);
      await run.notify(`extension-decided:${requestId}`, 'extension_decided', input.leadUnitId, {
        dueAt: s.deadline,
        note: approve ? 'approved' : 'rejected',
      });
      return s;
    },
    { validator: (request) => refuse(decideExtensionRefusal(s, request)) },
  );
}

function onCancel(run: TaskRun): void {
  const { s, input } = run;
  setHandler(
    cancelTaskUpdate,
    async ({ actor, reason }) => {
      const event: TaskEvent = { type: 'cancelled', reason };
      run.apply(event);
      await run.record(event, actor, 'cancelled');
      await run.notify('cancelled', 'cancelled', input.leadUnitId, { note: reason });
      // What was delegated from a cancelled task is cancelled with it.
      const open = openSubtasks(s);
      if (open.length > 0) {
        await run.fanOut.forwardToTasks({
          directiveId: input.directiveId,
          taskIds: open,
          command: { kind: 'cancel', reason: notes().parentTaskCancelled(reason) },
          actor,
        });
      }
      return s;
    },
    { validator: (_request) => refuse(cancelRefusal(s)) },
  );
}

function onChangeDeadline(run: TaskRun): void {
  const { s } = run;
  setHandler(
    changeTaskDeadlineUpdate,
    async ({ actor, deadline, reason }) => {
      // The reason (a leader's re-dating) only travels into the audit row: no command depends on it.
      const event: TaskEvent = reason
        ? { type: 'deadline_changed', deadline, reason }
        : { type: 'deadline_changed', deadline };
      // Each change its own event id: a deadline set back to an earlier value is recorded
      // again (keyed by the value alone, A → B → A wrote nothing the third time). The
      // deadline already in force changes nothing: a telling retried by its activity
      // records no second row. Behind a patch: changes before it were keyed by the value.
      const counted = patched('deadline-change-counted');
      if (counted && Date.parse(deadline) === Date.parse(s.deadline)) return s;
      if (counted) s.deadlineChanges = (s.deadlineChanges ?? 0) + 1;
      run.apply(event);
      await run.record(event, actor, counted ? `deadline:${s.deadlineChanges}:${deadline}` : `deadline:${deadline}`);
      return s;
    },
    { validator: (request) => refuse(changeDeadlineRefusal(s, request)) },
  );
}

function onDelegate(run: TaskRun): void {
  const { s, input } = run;
  setHandler(
    delegateTaskUpdate,
    async ({ actor, delegationId, subtasks: parts }) => {
      const subtasks = (s.subtasks ??= {});
      for (const part of parts) subtasks[part.taskId] ??= 'open';
      run.changed();
      await run.recordDelegation({
        eventId: run.auditEventId(`delegation:${delegationId}`),
        parentTaskId: input.taskId,
        actor,
        subtasks: parts,
      });
      const taskIds = parts.map((part) => part.taskId);
      await run.fanOut.startTaskWorkflows({ directiveId: input.directiveId, taskIds });
      return { taskIds };
    },
    { validator: (request) => refuse(delegateRefusal(s, input, request, Date.now())) },
  );
}

function onSubtaskClosed(run: TaskRun): void {
  const { s, input } = run;
  setHandler(subtaskClosedSignal, async ({ taskId, status }) => {
    const subtasks = (s.subtasks ??= {});
    if (subtasks[taskId] === status) return;
    subtasks[taskId] = status;
    run.changed();
    const all = Object.keys(subtasks);
    if (!isClosed(s.phase) && openSubtasks(s).length === 0 && all.some((id) => subtasks[id] === 'completed')) {
      // The count keeps a later delegation's own "all done" distinct from this one.
      await run.notify(`subtasks-completed:${all.length}`, 'subtasks_completed', input.leadUnitId, {
        note: `${all.filter((id) => subtasks[id] === 'completed').length}/${all.length}`,
      });
    }
  });
}

/**
 * A deactivated unit's roles pass to its successor (docs/decisions/0042): from here on
 * the successor acts (the validators read the input's units), is reminded, and is
 * escalated through its own parents (the reducer forgets the chains climbed from the old
 * unit). Recorded once per deactivation (`task.handed_over`); the successor is told.
 */
function onHandOver(run: TaskRun): void {
  const { s, input } = run;
  setHandler(
    handOverTaskUpdate,
    async ({ eventId, fromUnitId, toUnitId, reason, actor }) => {
      const { units, roles } = handOverUnits(input, fromUnitId, toUnitId);
      // Asked again (a retried activity, a second pass): the unit holds no role any more.
      if (roles.length === 0) return { roles };
      // Marks the histories that took a hand-over (runs before it never had this update).
      patched('unit-hand-over');
      const event: TaskEvent = { type: 'handed_over', fromUnitId, toUnitId, reason, roles, ...units };
      // The input carries the task's units into continue-as-new, so the change lasts.
      Object.assign(input, units);
      run.apply(event);
      await run.record(event, actor, `handover:${eventId}`);
      if (roles.includes('lead') || roles.includes('coordinating')) {
        await run.notify(`handover:${eventId}`, 'task_assigned', toUnitId, {
          dueAt: s.deadline,
          note: roles.includes('lead') ? notes().takenOverFromDeactivatedUnit(reason) : 'coordinating',
        });
      }
      return { roles };
    },
    { validator: (request) => refuse(handOverRefusal(s, request)) },
  );
}
