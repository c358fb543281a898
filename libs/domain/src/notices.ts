import { formatForPeople } from './time';

/** Texts of in-app notices, Vietnamese first, English second. */
export interface NoticeText {
  title: string;
  body: string;
}

export interface NoticeContext {
  kind: string;
  documentNumber: string;
  directiveTitle: string;
  taskTitle: string;
  /** Secret directives: no content in the notice, only that there is something to open. */
  secret: boolean;
  dueAt?: Date | null;
  level?: number | null;
  lateUnitName?: string | null;
  note?: string | null;
  timeZone: string;
}

/** The short title of each notice kind, shared by the inbox and the e-mail templates. */
export const NOTICE_TITLES_VI: Record<string, string> = {
  task_assigned: 'Nhiệm vụ mới',
  ack_due: 'Chưa xác nhận nhận nhiệm vụ',
  reminder: 'Nhắc hạn',
  overdue: 'Quá hạn',
  escalation: 'Báo cáo vượt cấp: đơn vị chậm thực hiện',
  report_submitted: 'Báo cáo chờ thẩm định',
  report_returned: 'Báo cáo bị trả lại',
  review_due: 'Quá hạn thẩm định báo cáo',
  extension_requested: 'Đề nghị gia hạn',
  extension_decided: 'Quyết định gia hạn',
  cancelled: 'Nhiệm vụ bị hủy',
  subtasks_completed: 'Cấp dưới đã hoàn thành, có thể tổng hợp báo cáo',
};

export const NOTICE_TITLES_EN: Record<string, string> = {
  task_assigned: 'New task',
  ack_due: 'Task not yet acknowledged',
  reminder: 'Deadline reminder',
  overdue: 'Overdue',
  escalation: 'Escalation: a unit is late',
  report_submitted: 'Report awaiting review',
  report_returned: 'Report returned',
  review_due: 'Review overdue',
  extension_requested: 'Extension requested',
  extension_decided: 'Extension decided',
  cancelled: 'Task cancelled',
  subtasks_completed: 'Sub-tasks completed: ready to consolidate the report',
};

export function noticeText(c: NoticeContext): NoticeText {
  const vi = NOTICE_TITLES_VI[c.kind] ?? c.kind;
  const en = NOTICE_TITLES_EN[c.kind] ?? c.kind;
  if (c.secret) {
    return {
      title: `${vi} — văn bản mật / ${en} — confidential directive`,
      body: 'Có thông báo về một văn bản mật; mở ứng dụng để xem. / There is a notice about a confidential directive; open the application to read it.',
    };
  }
  const due = c.dueAt ? formatForPeople(c.dueAt, c.timeZone) : null;
  const lines = [
    `${c.documentNumber} — ${c.directiveTitle}`,
    `Nhiệm vụ / task: ${c.taskTitle}`,
    due ? `Hạn / deadline: ${due}` : null,
    c.level ? `Cấp đôn đốc / escalation level: ${c.level}` : null,
    c.lateUnitName ? `Đơn vị chậm / late unit: ${c.lateUnitName}` : null,
    c.note ? `Ghi chú / note: ${c.note}` : null,
  ].filter(Boolean);
  return { title: `${vi}: ${c.taskTitle} / ${en}`, body: lines.join('\n') };
}
