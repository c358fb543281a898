/**
 * The notice-kind vocabulary, in one place: the task workflow sends these kinds, the
 * worker delivers them, the API validates preferences and webhook filters against them.
 * Their rules (urgency, the digest) and texts are in libs/notifications, in a table
 * keyed by this type, so a kind added here fails to compile until it has them.
 */

/** Every kind of notice the application sends, in a stable order. */
export const NOTICE_KINDS = [
  'task_assigned',
  'ack_due',
  'reminder',
  'overdue',
  'escalation',
  'report_submitted',
  'report_returned',
  'review_due',
  'extension_requested',
  'extension_decided',
  'cancelled',
  'subtasks_completed',
  'urged',
  // A draft waiting for its approver (decision 74): no task; the inbox and an e-mail to the person.
  'approval_reminder',
  'approval_escalation',
] as const;

/** One of {@link NOTICE_KINDS}. */
export type NoticeKind = (typeof NOTICE_KINDS)[number];
