import type { TaskParties, TaskState } from './task-state';
import { isClosed, openSubtasks } from './task-state';

/**
 * The task's update validators as pure predicates: each answers why the request is
 * refused in this state at instant `now` (milliseconds), or null when it may go ahead.
 * The reasons reach users word for word (Vietnamese first, English second).
 */
export type Refusal = string | null;

export const TASK_REFUSALS = {
  closed: 'Nhiệm vụ đã kết thúc / the task is closed',
  notLead: 'Chỉ đơn vị chủ trì được thực hiện / only the lead unit may do this',
  alreadyAcknowledged: 'Đã xác nhận nhận nhiệm vụ / already acknowledged',
  reportWaiting: 'Báo cáo đang chờ thẩm định / a report is waiting for review',
  reportNeedsText: 'Báo cáo cần nội dung / the report needs text',
  noReportWaiting: 'Không có báo cáo chờ thẩm định / no report is waiting for review',
  badOutcome: 'Kết quả phải là accepted hoặc returned / outcome must be accepted or returned',
  returnNeedsComment: 'Trả lại cần nêu ý kiến / a returned report needs a comment',
  noExtensionNeeded: 'Báo cáo đã nộp, không cần gia hạn / the report is in; no extension needed',
  extensionPending: 'Đang có đề nghị gia hạn chờ quyết định / an extension request is pending',
  reasonRequired: 'Cần nêu lý do / a reason is required',
  newDeadlinePast: 'Hạn mới đã qua / the new deadline is in the past',
  newDeadlineNotLater: 'Hạn mới phải sau hạn hiện tại / the new deadline must be later than the current one',
  noSuchExtension: 'Không có đề nghị gia hạn này đang chờ / no such pending extension request',
  invalidDeadline: 'Hạn không hợp lệ / invalid deadline',
  nothingToDelegate: 'Báo cáo đã nộp, không giao thêm được / the report is in; nothing more to delegate',
  noSubtasks: 'Cần ít nhất một nhiệm vụ con / at least one sub-task is needed',
  delegateToSelf: 'Không thể giao cho chính đơn vị mình / a unit cannot delegate to itself',
  subtaskDeadlinePast: 'Hạn nhiệm vụ con đã qua / a sub-task deadline is in the past',
  subtaskAfterParent: 'Hạn nhiệm vụ con không được sau hạn của nhiệm vụ / a sub-task may not be due after its parent',
} as const;

const subtasksStillOpen = (open: number) =>
  `Còn ${open} nhiệm vụ giao cấp dưới chưa hoàn thành; muốn báo cáo ngay cần nêu lý do (subtaskOverrideReason) / ` +
  `${open} delegated sub-task(s) still open; to report now, give a reason (subtaskOverrideReason)`;

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
