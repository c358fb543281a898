/**
 * The approval workflow's contract (docs/decisions/0074-drafts-and-approval.md): one
 * workflow per submission of a draft, `approval:<draftId>:<submission>`, that waits for
 * the approver's decision durably, reminds the approver after 1 and 3 working days and
 * then tells the approver's own leader. The decision itself (issuing the directive,
 * returning, rejecting) is the API's, on the draft's row; the workflow is told once it is
 * taken, and ends.
 */
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CalendarData } from '../../domain/src/calendar/business-calendar';

export interface ApprovalWorkflowInput {
  draftId: string;
  submission: number;
  /** The leader asked to approve, and their unit (whose parent's leaders are told later). */
  approverUserId: string;
  approverUnitId: string;
  /** ISO instant of the submission: the reminders count working days from it. */
  submittedAt: string;
  calendar: CalendarData;
}

export type ApprovalDecision = 'approved' | 'returned' | 'rejected';

export interface ApprovalState {
  status: 'waiting' | ApprovalDecision;
  /** Keys of the reminders and the escalation already sent. */
  sent: string[];
}

/** One follow-up notice of a waiting submission, sent once per notice id. */
export interface ApprovalNoticeInput {
  noticeId: string;
  kind: 'approval_reminder' | 'approval_escalation';
  draftId: string;
  submission: number;
  approverUserId: string;
  approverUnitId: string;
  /** How many working days the draft has waited. */
  workingDays: number;
}

export interface ApprovalActivities {
  /**
   * Tells the approver (a reminder) or the leaders of the unit above the approver's (the
   * escalation), inbox and e-mail, unless the submission is no longer waiting.
   */
  notifyApproval(input: ApprovalNoticeInput): Promise<{ delivered: number; skipped?: string }>;
}

/** The API's word that the submission is decided: the workflow stops following it up. */
export const approvalDecidedSignal = defineSignal<[{ decision: ApprovalDecision; actor: string }]>('approvalDecided');
export const approvalStateQuery = defineQuery<ApprovalState>('approvalState');

export const approvalWorkflowId = (draftId: string, submission: number): string => `approval:${draftId}:${submission}`;
export type ApprovalWorkflow = (input: ApprovalWorkflowInput) => Promise<ApprovalState>;
export const APPROVAL_WORKFLOW = 'approvalWorkflow';
