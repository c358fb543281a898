/**
 * What each notice kind is, beyond its name: how urgently it goes out, whether the
 * daily digest replaces it and whom its e-mail is for. One table, keyed by the contract's
 * {@link NoticeKind}: `satisfies` makes a kind without an entry (or an entry without a
 * kind) a compile error. Its short title is in the catalogues (`notices.kind.<kind>`).
 */
import { translate, type Language } from '@dondoc/i18n';
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
}

const PLAIN = { urgent: false, digested: false, droppedOnceClosed: false, emailToHeads: false } as const;

export const NOTICE_KIND_RULES = {
  task_assigned: { ...PLAIN },
  ack_due: { ...PLAIN, droppedOnceClosed: true },
  reminder: { ...PLAIN, digested: true, droppedOnceClosed: true },
  overdue: { ...PLAIN, droppedOnceClosed: true },
  escalation: { urgent: true, digested: false, droppedOnceClosed: true, emailToHeads: true },
  report_submitted: { ...PLAIN },
  report_returned: { ...PLAIN },
  review_due: { ...PLAIN, droppedOnceClosed: true },
  extension_requested: { ...PLAIN },
  extension_decided: { ...PLAIN },
  cancelled: { ...PLAIN },
  subtasks_completed: { ...PLAIN },
  // A leader's urge: its own message (never held for the digest), to the unit's heads, dropped once the task closes.
  urged: { urgent: false, digested: false, droppedOnceClosed: true, emailToHeads: true },
  // A draft waiting for its approver (decision 74): the approver, then the leaders of the unit above.
  approval_reminder: PLAIN,
  approval_escalation: { urgent: false, digested: false, droppedOnceClosed: false, emailToHeads: true },
} as const satisfies Record<NoticeKind, NoticeKindRules>;

/**
 * The rules of a kind read from a stored row (a delivery, a preference), which may hold
 * a kind that is not a notice (the digest) or no longer one: undefined then.
 */
export function noticeKindRules(kind: string): NoticeKindRules | undefined {
  return Object.hasOwn(NOTICE_KIND_RULES, kind) ? NOTICE_KIND_RULES[kind as NoticeKind] : undefined;
}

/**
 * The short title of a kind in a language, shared by the inbox, the e-mail, the webhook
 * and the history; a kind that is not (or no longer) a notice is a generic "notice".
 */
export function noticeTitle(kind: string, lang: Language): string {
  return translate(lang, noticeKindRules(kind) ? `notices.kind.${kind}` : 'notices.kind.other');
}
