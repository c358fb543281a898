/** The in-app notice (the inbox): one text in both languages, Vietnamese first. */
import { formatForPeople } from '@dondoc/domain';
import { noticeTitle } from './notice-kinds';

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

export function noticeText(c: NoticeContext): NoticeText {
  const vi = noticeTitle(c.kind, 'vi');
  const en = noticeTitle(c.kind, 'en');
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
