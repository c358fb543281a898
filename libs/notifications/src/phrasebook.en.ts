/** English, for those who ask for it in their preferences. */
import type { Decision, Phrasebook } from './phrasebook';
import type { MessageContext } from './types';

export const EN: Phrasebook = {
  lang: 'en',
  brand: '[Đôn Đốc]',
  decisionTitles: { approved: 'Extension approved', rejected: 'Extension rejected' },
  decisionValues: { approved: 'Approved', rejected: 'Rejected' },
  lead: enLead,
  greeting: (unitName) => `To: ${unitName}`,
  levelHeadline: (level) => `Escalation level ${level}`,
  confidentialTag: 'confidential directive',
  secretGreeting: 'Dear colleague,',
  secretLead: (title) =>
    `There is a new notice (${title}) about a confidential directive. ` +
    'For security reasons its content is not sent by e-mail; please sign in to the application to read it.',
  labels: {
    directive: 'Directive',
    task: 'Task',
    deadline: 'Deadline',
    newDeadline: 'New deadline',
    level: 'Escalation level',
    lateUnit: 'Late unit',
    unit: 'Unit',
    decision: 'Decision',
    note: 'Note',
    reviewerComment: 'Reviewer comment',
    extensionReason: 'Reason for the extension',
    cancellationReason: 'Reason for cancellation',
    urgeNote: 'Instruction from the leadership',
  },
  workingDays: (n) =>
    n > 0
      ? `${n} ${plural(n, 'working day')} left`
      : n === 0
        ? 'due today'
        : `overdue by ${-n} ${plural(-n, 'working day')}`,
  openTask: 'Open the task in the application',
  openApp: 'Open Đôn Đốc',
  footer: 'This message was sent automatically by Đôn Đốc. Please do not reply to it.',
  digest: {
    subject: (date, counts) => `Daily summary for ${date}: ${counts}`,
    heading: (date) => `Daily summary for ${date}`,
    nothing: 'nothing needs attention',
    greeting: (name) => `Dear ${name},`,
    intro: (date) => `Tasks that need attention on ${date}:`,
    sections: { due_soon: 'Due soon', overdue: 'Overdue', escalated: 'Escalated' },
    counts: {
      due_soon: (n) => `${n} due soon`,
      overdue: (n) => `${n} overdue`,
      escalated: (n) => `${n} escalated`,
    },
    secretItem: 'Task under a confidential directive — sign in to the application to read it.',
  },
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** The main sentence of an English notice. */
function enLead(c: MessageContext, decision: Decision): string {
  switch (c.kind) {
    case 'task_assigned':
      return 'Your unit has been assigned the task below. Please acknowledge it, carry it out and report on time.';
    case 'ack_due':
      return 'The task below was assigned to your unit but has not been acknowledged yet. Please acknowledge it in the application.';
    case 'reminder':
      return 'A reminder of the deadline for the task below. Please complete it and submit the report on time.';
    case 'overdue':
      return 'The task below is overdue and no report has been submitted. Please complete it and report without delay.';
    case 'escalation':
      return (c.level ?? 0) > 1
        ? 'The unit below is late with the task it was assigned. Please follow up with the unit so that it completes the task and reports without delay.'
        : 'Your unit is late with the task below; if the delay continues it will be reported to the level above. Please complete it and report without delay.';
    case 'report_submitted':
      return 'A report on the task below is awaiting your review.';
    case 'report_returned':
      return 'The report on the task below was returned. Please revise it following the reviewer comment and submit it again.';
    case 'review_due':
      return 'The review of the report on the task below is overdue. Please review it without delay.';
    case 'extension_requested':
      return 'An extension of the deadline of the task below has been requested. Please consider it and decide.';
    case 'extension_decided':
      return decision === 'approved'
        ? 'The extension requested for the task below was approved. Please complete it and report by the new deadline.'
        : decision === 'rejected'
          ? 'The extension requested for the task below was rejected. Please complete it and report by the original deadline.'
          : 'A decision was made on the extension requested for the task below. Please see the application for details.';
    case 'cancelled':
      return 'The task below has been cancelled; your unit no longer needs to carry it out.';
    case 'urged':
      return 'The leadership urges your unit on the task below, which is late. Please complete it and report without delay.';
    case 'approval_reminder':
      return 'The draft directive below is waiting for your approval. Please approve it, return it or reject it in the application.';
    case 'approval_escalation':
      return 'The draft directive below has waited for approval longer than it should. Please urge its approver.';
    case 'subtasks_completed':
      return 'The subordinate units have completed their parts of the task below. Please consolidate and submit the report.';
    default:
      return 'There is a new notice about the task below.';
  }
}
