/**
 * What each notice kind is, beyond its name: how urgently it goes out, whether the
 * daily digest replaces it, whom its e-mail is for, and its short title in both
 * languages. One table, keyed by the contract's {@link NoticeKind}: `satisfies` makes a
 * kind without an entry (or an entry without a kind) a compile error.
 */
import { type NoticeKind } from '@dondoc/workflow-contract';

export interface NoticeKindRules {
  /**
   * Goes out at once and on every channel: past quiet hours, never held for the digest,
   * and not to be turned off in the preferences.
   */
  urgent: boolean;
  /** Held for the daily digest of those who asked for one, instead of sent on its own. */
  digested: boolean;
  /**
   * Asks the unit to act on an open task: not worth sending once the task has closed
   * (checked again at sending time, as a message may wait hours for quiet hours to end).
   */
  droppedOnceClosed: boolean;
  /** The e-mail goes to the heads of the target unit (all its users when it has none). */
  emailToHeads: boolean;
  /** The short title, shared by the inbox, the e-mail and the webhook. */
  title: { vi: string; en: string };
}

const PLAIN = { urgent: false, digested: false, droppedOnceClosed: false, emailToHeads: false } as const;

export const NOTICE_KIND_RULES = {
  task_assigned: { ...PLAIN, title: { vi: 'Nhiệm vụ mới', en: 'New task' } },
  ack_due: {
    ...PLAIN,
    droppedOnceClosed: true,
    title: { vi: 'Chưa xác nhận nhận nhiệm vụ', en: 'Task not yet acknowledged' },
  },
  reminder: {
    ...PLAIN,
    digested: true,
    droppedOnceClosed: true,
    title: { vi: 'Nhắc hạn', en: 'Deadline reminder' },
  },
  overdue: { ...PLAIN, droppedOnceClosed: true, title: { vi: 'Quá hạn', en: 'Overdue' } },
  escalation: {
    urgent: true,
    digested: false,
    droppedOnceClosed: true,
    emailToHeads: true,
    title: { vi: 'Báo cáo vượt cấp: đơn vị chậm thực hiện', en: 'Escalation: a unit is late' },
  },
  report_submitted: { ...PLAIN, title: { vi: 'Báo cáo chờ thẩm định', en: 'Report awaiting review' } },
  report_returned: { ...PLAIN, title: { vi: 'Báo cáo bị trả lại', en: 'Report returned' } },
  review_due: {
    ...PLAIN,
    droppedOnceClosed: true,
    title: { vi: 'Quá hạn thẩm định báo cáo', en: 'Review overdue' },
  },
  extension_requested: { ...PLAIN, title: { vi: 'Đề nghị gia hạn', en: 'Extension requested' } },
  extension_decided: { ...PLAIN, title: { vi: 'Quyết định gia hạn', en: 'Extension decided' } },
  cancelled: { ...PLAIN, title: { vi: 'Nhiệm vụ bị hủy', en: 'Task cancelled' } },
  subtasks_completed: {
    ...PLAIN,
    title: {
      vi: 'Cấp dưới đã hoàn thành, có thể tổng hợp báo cáo',
      en: 'Sub-tasks completed: ready to consolidate the report',
    },
  },
  // A leader's urge: its own message (never held for the digest), to the unit's heads, dropped once the task closes.
  urged: {
    urgent: false,
    digested: false,
    droppedOnceClosed: true,
    emailToHeads: true,
    title: { vi: 'Lãnh đạo đôn đốc thực hiện nhiệm vụ', en: 'The leadership urges action on a task' },
  },
  // A draft waiting for its approver (decision 74): the approver, then the leaders of the unit above.
  approval_reminder: { ...PLAIN, title: { vi: 'Dự thảo chờ phê duyệt', en: 'Draft awaiting approval' } },
  approval_escalation: {
    urgent: false,
    digested: false,
    droppedOnceClosed: false,
    emailToHeads: true,
    title: { vi: 'Dự thảo chậm phê duyệt', en: 'Draft approval overdue' },
  },
} as const satisfies Record<NoticeKind, NoticeKindRules>;

/**
 * The rules of a kind read from a stored row (a delivery, a preference), which may hold
 * a kind that is not a notice (the digest) or no longer one: undefined then.
 */
export function noticeKindRules(kind: string): NoticeKindRules | undefined {
  return Object.hasOwn(NOTICE_KIND_RULES, kind) ? NOTICE_KIND_RULES[kind as NoticeKind] : undefined;
}

/** The short title of a kind in a language; an unknown kind is shown by its name. */
export function noticeTitle(kind: string, lang: 'vi' | 'en'): string {
  return noticeKindRules(kind)?.title[lang] ?? kind;
}
