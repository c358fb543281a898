import type { TaskStatus } from '../directive';
import type { TaskEvent, TaskPhase, TaskState } from './task-state';

/** The phase after an event: the one definition of the task's phase transitions. */
export function nextPhase(phase: TaskPhase, event: TaskEvent): TaskPhase {
  switch (event.type) {
    case 'acknowledged':
      return phase === 'awaiting_ack' ? 'in_progress' : phase;
    case 'report':
      return 'under_review';
    case 'review':
      return event.outcome === 'accepted' ? 'completed' : 'revising';
    case 'cancelled':
      return 'cancelled';
    default:
      return phase;
  }
}

/**
 * An overdue task is open again (assigned) once its deadline moves past `now`: the
 * one place of this rule, for an approved extension and a changed deadline alike.
 */
export function reopenedIfLater(status: TaskStatus, deadline: Date, now: Date): TaskStatus {
  return status === 'overdue' && deadline.getTime() > now.getTime() ? 'assigned' : status;
}

/** The status (of the read model) after an event. */
export function nextStatus(status: TaskStatus, event: TaskEvent, deadline: Date, now: Date): TaskStatus {
  switch (event.type) {
    case 'overdue':
      return status === 'assigned' ? 'overdue' : status;
    case 'review':
      return event.outcome === 'accepted' ? 'completed' : status;
    case 'cancelled':
      return 'cancelled';
    case 'deadline_changed':
      return reopenedIfLater(status, deadline, now);
    case 'extension_decided':
      return event.approved && event.deadline ? reopenedIfLater(status, deadline, now) : status;
    default:
      return status;
  }
}

/** The workflow's state after an event (a new object; the bookkeeping of timers is not touched). */
export function applyTaskEvent(s: TaskState, event: TaskEvent): TaskState {
  const phase = nextPhase(s.phase, event);
  switch (event.type) {
    case 'acknowledged':
      return { ...s, acknowledged: true, phase };
    case 'report':
      return {
        ...s,
        acknowledged: true,
        phase,
        reportVersion: event.version,
        currentReportId: event.reportId,
        reviewDeadline: event.reviewDeadline,
        revisionDeadline: null,
        lastSubmittedAt: event.at,
      };
    case 'review':
      return {
        ...s,
        phase,
        reviewDeadline: null,
        ...(event.outcome === 'returned' ? { revisionDeadline: event.revisionDeadline } : {}),
      };
    case 'extension_requested':
      return { ...s, pendingExtension: { requestId: event.requestId, deadline: event.deadline, reason: event.reason } };
    case 'extension_decided': {
      if (!event.approved || !event.deadline) return { ...s, pendingExtension: null };
      // A revision under way is due by the extended deadline too.
      const revisionDeadline = s.phase === 'revising' ? event.deadline : s.revisionDeadline;
      return { ...s, pendingExtension: null, deadline: event.deadline, revisionDeadline };
    }
    case 'deadline_changed':
      return { ...s, deadline: event.deadline };
    case 'cancelled':
      return { ...s, phase };
    case 'handed_over':
      // The escalation chains climbed from the old unit: the next step climbs from the successor.
      return { ...s, chains: {} };
    default:
      return s;
  }
}

/** The read model's view of a task (the columns of its row that events change). */
export interface TaskRecord {
  status: TaskStatus;
  phase: TaskPhase;
  deadline: Date;
  acknowledgedAt: Date | null;
  reviewDeadline: Date | null;
  revisionDeadline: Date | null;
  completedAt: Date | null;
  cancelReason: string | null;
  subtaskOverrideReason: string | null;
}

/** The task row's columns after an event recorded at instant `now`. */
export function applyToRecord(r: TaskRecord, event: TaskEvent, now: Date): TaskRecord {
  const next: TaskRecord = { ...pick(r), phase: nextPhase(r.phase, event) };
  switch (event.type) {
    case 'acknowledged':
      next.acknowledgedAt = new Date(event.at);
      break;
    case 'report':
      next.acknowledgedAt ??= new Date(event.at);
      if (event.subtaskOverrideReason) next.subtaskOverrideReason = event.subtaskOverrideReason;
      next.reviewDeadline = new Date(event.reviewDeadline);
      next.revisionDeadline = null;
      break;
    case 'review':
      next.reviewDeadline = null;
      if (event.outcome === 'accepted') next.completedAt = new Date(event.completedAt!);
      else next.revisionDeadline = new Date(event.revisionDeadline!);
      break;
    case 'extension_decided':
      if (event.approved && event.deadline) next.deadline = new Date(event.deadline);
      break;
    case 'deadline_changed':
      next.deadline = new Date(event.deadline);
      break;
    case 'cancelled':
      next.cancelReason = event.reason;
      break;
  }
  next.status = nextStatus(r.status, event, next.deadline, now);
  return next;
}

const pick = (r: TaskRecord): TaskRecord => ({
  status: r.status,
  phase: r.phase,
  deadline: r.deadline,
  acknowledgedAt: r.acknowledgedAt,
  reviewDeadline: r.reviewDeadline,
  revisionDeadline: r.revisionDeadline,
  completedAt: r.completedAt,
  cancelReason: r.cancelReason,
  subtaskOverrideReason: r.subtaskOverrideReason,
});
