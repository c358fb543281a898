import { captureHistory, TimeSkippingHarness } from '../test/support/temporal-testing';
import { BusinessCalendar, type CalendarData } from '../libs/domain/src/calendar/business-calendar';
import { approvalSchedule } from '../libs/domain/src/draft';
import {
  approvalDecidedSignal,
  approvalStateQuery,
  type ApprovalActivities,
  type ApprovalNoticeInput,
  type ApprovalWorkflowInput,
} from '../libs/workflow-contract/src';
import { approvalWorkflow } from './approval.workflow';

const MINUTE = 60_000;
const calendarData: CalendarData = { timeZone: 'Asia/Ho_Chi_Minh', daysOff: [], workingWeekends: [] };

/**
 * A submission waiting for its approver (decision 0074): reminded after 1 and 3 working
 * days, the approver's leader told after 5, nothing more once decided. The instants
 * come from the same pure schedule, from the server's clock at the start (whatever day
 * of the week that is), so the test asserts on working days without a wall clock.
 */
describe('approval workflow (time-skipping test server)', () => {
  const env = TimeSkippingHarness.forThisFile();

  const run = async (
    name: string,
    test: (ctx: {
      notices: (ApprovalNoticeInput & { at: number })[];
      schedule: number[];
      start: () => Promise<import('@temporalio/client').WorkflowHandle<typeof approvalWorkflow>>;
      t0: number;
    }) => Promise<void>,
  ) => {
    const notices: (ApprovalNoticeInput & { at: number })[] = [];
    const activities: ApprovalActivities = {
      notifyApproval: async (input) => {
        notices.push({ ...input, at: await env.currentTimeMs() });
        return { delivered: 1 };
      },
    };
    await env.withWorker('approval', activities, async (taskQueue) => {
      const t0 = await env.currentTimeMs();
      const input: ApprovalWorkflowInput = {
        draftId: name,
        submission: 1,
        approverUserId: 'leader-1',
        approverUnitId: 'unit-1',
        submittedAt: new Date(t0).toISOString(),
        calendar: calendarData,
      };
      const schedule = approvalSchedule(new Date(t0), new BusinessCalendar(calendarData)).map((s) => s.at.getTime());
      const start = () =>
        env.client.workflow.start(approvalWorkflow, {
          workflowId: `approval:${name}:1:${taskQueue}`,
          taskQueue,
          args: [input],
        });
      await test({ notices, schedule, start, t0 });
    });
  };

  it('reminds the approver after 1 and 3 working days, then tells the approver’s leader, and stops once decided', () =>
    run('waiting', async ({ notices, schedule, start, t0 }) => {
      const handle = await start();
      await env.sleep(schedule[0]! - t0 - MINUTE);
      expect(notices).toEqual([]);
      await env.sleep(2 * MINUTE);
      expect(notices.map((n) => [n.kind, n.workingDays])).toEqual([['approval_reminder', 1]]);
      await env.sleep(schedule[1]! - schedule[0]!);
      expect(notices.map((n) => [n.kind, n.workingDays])).toEqual([
        ['approval_reminder', 1],
        ['approval_reminder', 3],
      ]);
      await env.sleep(schedule[2]! - schedule[1]!);
      expect(notices.map((n) => [n.noticeId.split(':').slice(-2).join(':'), n.kind, n.workingDays])).toEqual([
        ['reminder:1', 'approval_reminder', 1],
        ['reminder:3', 'approval_reminder', 3],
        ['escalation:5', 'approval_escalation', 5],
      ]);
      notices.forEach((n, i) => expect(n.at).toBeGreaterThanOrEqual(schedule[i]!));
      // Waits on, told no more, until decided.
      await env.sleep('10 days');
      expect(notices).toHaveLength(3);
      await handle.signal(approvalDecidedSignal, { decision: 'approved', actor: 'leader-1' });
      expect(await handle.result()).toEqual({
        status: 'approved',
        sent: ['reminder:1', 'reminder:3', 'escalation:5'],
      });
      await captureHistory(handle);
    }));

  it('sends nothing once the approver returned the draft before the first reminder', () =>
    run('returned', async ({ notices, schedule, start, t0 }) => {
      const handle = await start();
      await env.sleep(schedule[0]! - t0 - 10 * MINUTE);
      await handle.signal(approvalDecidedSignal, { decision: 'returned', actor: 'leader-1' });
      expect(await handle.result()).toEqual({ status: 'returned', sent: [] });
      await env.sleep('10 days');
      expect(notices).toEqual([]);
    }));

  it('keeps the first decision when told twice', () =>
    run('twice', async ({ start }) => {
      const handle = await start();
      await handle.signal(approvalDecidedSignal, { decision: 'rejected', actor: 'leader-1' });
      await handle.signal(approvalDecidedSignal, { decision: 'approved', actor: 'leader-1' });
      expect((await handle.result()).status).toBe('rejected');
      await expect(handle.query(approvalStateQuery)).resolves.toMatchObject({ status: 'rejected' });
    }));
});
