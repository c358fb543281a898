import type { TaskParties, TaskState } from './task-state';
import { isClosed, openSubtasks } from './task-state';
import { msg, type Message } from '../errors';

/**
 * The task's update validators as pure predicates: each answers why the request is
 * refused in this state at instant `now` (milliseconds), or null when it may go ahead.
 * A reason is a catalogue key with its values (libs/i18n): the workflow throws it as an
 * `ApplicationFailure` of type `Refused` carrying the message in its details, and the API
 * renders it in the reader's language (docs/decisions/0069-one-language-per-reader.md).
 */
export type Refusal = Message | null;

export const TASK_REFUSALS = {
  closed: msg('refusals.taskClosed'),
  notLead: msg('refusals.notLead'),
  alreadyAcknowledged: msg('refusals.alreadyAcknowledged'),
  reportWaiting: msg('refusals.reportWaiting'),
  reportNeedsText: msg('refusals.reportNeedsText'),
  noReportWaiting: msg('refusals.noReportWaiting'),
  badOutcome: msg('refusals.badOutcome'),
  returnNeedsComment: msg('refusals.returnNeedsComment'),
  noExtensionNeeded: msg('refusals.noExtensionNeeded'),
  extensionPending: msg('refusals.extensionPending'),
  reasonRequired: msg('refusals.reasonRequired'),
  newDeadlinePast: msg('refusals.newDeadlinePast'),
  newDeadlineNotLater: msg('refusals.newDeadlineNotLater'),
  noSuchExtension: msg('refusals.noSuchExtension'),
  invalidDeadline: msg('refusals.invalidDeadline'),
  nothingToDelegate: msg('refusals.nothingToDelegate'),
  noSubtasks: msg('refusals.noSubtasks'),
  delegateToSelf: msg('refusals.delegateToSelf'),
  subtaskDeadlinePast: msg('refusals.subtaskDeadlinePast'),
  subtaskAfterParent: msg('refusals.subtaskAfterParent'),
} as const;

const subtasksStillOpen = (open: number): Message => msg('refusals.subtasksStillOpen', { open });

const openRefusal = (s: TaskState): Refusal => (isClosed(s.phase) ? TASK_REFUSALS.closed : null);

/** Open, and asked by the lead unit. */
const leadRefusal = (s: TaskState, parties: TaskParties, actorUnitId: string): Refusal =>
  openRefusal(s) ?? (actorUnitId !== parties.leadUnitId ? TASK_REFUSALS.notLead : null);

export function acknowledgeRefusal(s: TaskState, parties: TaskParties, request: { actorUnitId: string }): Refusal {
  return leadRefusal(s, parties, request.actorUnitId) ?? (s.acknowledged ? TASK_REFUSALS.alreadyAcknowledged : null);
}

export function submitReportRefusal(
  s: TaskState,
  parties: TaskParties,
  request: { actorUnitId: string; text: unknown; subtaskOverrideReason?: string | null },
): Refusal {
  const refused = leadRefusal(s, parties, request.actorUnitId);
  if (refused) return refused;
  if (s.phase === 'under_review') return TASK_REFUSALS.reportWaiting;
  if (typeof request.text !== 'string' || !request.text.trim()) return TASK_REFUSALS.reportNeedsText;
  const open = openSubtasks(s).length;
  if (open > 0 && !request.subtaskOverrideReason?.trim()) return subtasksStillOpen(open);
  return null;
}

export function reviewRefusal(s: TaskState, request: { outcome: unknown; comment: string | null }): Refusal {
  const refused = openRefusal(s);
  if (refused) return refused;
  if (s.phase !== 'under_review') return TASK_REFUSALS.noReportWaiting;
  if (request.outcome !== 'accepted' && request.outcome !== 'returned') return TASK_REFUSALS.badOutcome;
  if (request.outcome === 'returned' && !request.comment?.trim()) return TASK_REFUSALS.returnNeedsComment;
  return null;
}

export function requestExtensionRefusal(
  s: TaskState,
  parties: TaskParties,
  request: { actorUnitId: string; deadline: string; reason: string },
  now: number,
): Refusal {
  const refused = leadRefusal(s, parties, request.actorUnitId);
  if (refused) return refused;
  if (s.phase === 'under_review') return TASK_REFUSALS.noExtensionNeeded;
  if (s.pendingExtension) return TASK_REFUSALS.extensionPending;
  if (!request.reason?.trim()) return TASK_REFUSALS.reasonRequired;
  const requested = Date.parse(request.deadline);
  if (Number.isNaN(requested) || requested <= now) return TASK_REFUSALS.newDeadlinePast;
  if (requested <= Date.parse(s.deadline)) return TASK_REFUSALS.newDeadlineNotLater;
  return null;
}

export function decideExtensionRefusal(s: TaskState, request: { requestId: string }): Refusal {
  const refused = openRefusal(s);
  if (refused) return refused;
  if (!s.pendingExtension || s.pendingExtension.requestId !== request.requestId) return TASK_REFUSALS.noSuchExtension;
  return null;
}

export function cancelRefusal(s: TaskState): Refusal {
  return openRefusal(s);
}

export function changeDeadlineRefusal(s: TaskState, request: { deadline: string }): Refusal {
  return openRefusal(s) ?? (Number.isNaN(Date.parse(request.deadline)) ? TASK_REFUSALS.invalidDeadline : null);
}

export function delegateRefusal(
  s: TaskState,
  parties: TaskParties,
  request: { actorUnitId: string; subtasks: { leadUnitId: string; deadline: string }[] },
  now: number,
): Refusal {
  const refused = leadRefusal(s, parties, request.actorUnitId);
  if (refused) return refused;
  if (s.phase === 'under_review') return TASK_REFUSALS.nothingToDelegate;
  const parts = request.subtasks;
  if (!Array.isArray(parts) || parts.length === 0) return TASK_REFUSALS.noSubtasks;
  for (const part of parts) {
    if (part.leadUnitId === parties.leadUnitId) return TASK_REFUSALS.delegateToSelf;
    const due = Date.parse(part.deadline);
    if (!(due > now)) return TASK_REFUSALS.subtaskDeadlinePast;
    if (due > Date.parse(s.deadline)) return TASK_REFUSALS.subtaskAfterParent;
  }
  return null;
}
