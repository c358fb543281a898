import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { BusinessCalendar } from '../libs/domain/src/calendar/business-calendar';
import { approvalSchedule } from '../libs/domain/src/draft';
import {
  approvalDecidedSignal,
  approvalStateQuery,
  approvalWorkflowId,
  type ApprovalActivities,
  type ApprovalState,
  type ApprovalWorkflowInput,
} from '../libs/workflow-contract/src';

const activities = proxyActivities<ApprovalActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * One submission of a draft waiting for its approver (docs/decisions/0074): reminders to
 * the approver 1 and 3 working days after the submission, then the approver's own leader
 * (the unit above) 5 working days after it (libs/domain approvalSchedule), until the API
 * signals that the approver decided. Each notice id derives from the workflow id and the
 * instant's key, so a retry or a replay sends nothing twice; the activity checks the
 * draft again before it sends.
 */
export async function approvalWorkflow(input: ApprovalWorkflowInput): Promise<ApprovalState> {
  const s: ApprovalState = { status: 'waiting', sent: [] };
  setHandler(approvalStateQuery, () => s);
  setHandler(approvalDecidedSignal, ({ decision }) => {
    if (s.status === 'waiting') s.status = decision;
  });
  const workflowId = approvalWorkflowId(input.draftId, input.submission);
  const calendar = new BusinessCalendar(input.calendar);
  for (const instant of approvalSchedule(new Date(input.submittedAt), calendar)) {
    if (await condition(() => s.status !== 'waiting', Math.max(0, instant.at.getTime() - Date.now()))) break;
    await activities.notifyApproval({
      noticeId: `${workflowId}:${instant.key}`,
      kind: instant.kind === 'reminder' ? 'approval_reminder' : 'approval_escalation',
      draftId: input.draftId,
      submission: input.submission,
      approverUserId: input.approverUserId,
      approverUnitId: input.approverUnitId,
      workingDays: Number(instant.key.split(':')[1]),
    });
    s.sent.push(instant.key);
  }
  // After the escalation the draft waits on, told no more, until it is decided.
  await condition(() => s.status !== 'waiting');
  return s;
}
