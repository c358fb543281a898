import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  acknowledgeTaskUpdate,
  cancelTaskUpdate,
  decideExtensionUpdate,
  requestExtensionUpdate,
  reviewReportUpdate,
  submitReportUpdate,
  taskStateQuery,
} from '../libs/workflow-contract/src';
import { actor, expectTimeline, S, taskWorkflowTimeline } from '../test/support/task-timeline';

/**
 * The task workflow when the deadline or the report changes: an approved extension
 * moves every reminder; a returned report gets a revision deadline of its own.
 */
describe('taskWorkflow (time-skipping test server)', () => {
  const { env, run } = taskWorkflowTimeline();

  it('after an approved extension recomputes every reminder; none of the old schedule fires', async () => {
    const { summary } = await run(async (handle, start, _input, seen) => {
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      await env.sleep('3s');
      const { requestId } = await handle.executeUpdate(requestExtensionUpdate, {
        args: [{ ...actor, deadline: new Date(start + 60 * S).toISOString(), reason: 'Chờ số liệu từ cơ sở' }],
      });
      await handle.executeUpdate(decideExtensionUpdate, {
        args: [{ actor: 'leader', actorUnitId: 'issuer', requestId, approve: true, comment: null }],
      });
      const state = await handle.query(taskStateQuery);
      expect(state.originalDeadline).not.toBe(state.deadline);
      await env.sleep(start + 56 * S - (await env.currentTimeMs()));
      // Server time stands still while the worker catches up with what the skip made due:
      // a report landing in the same activation as a due reminder rightly cancels it.
      await seen('reminder,reminder');
      await handle.executeUpdate(submitReportUpdate, {
        args: [{ ...actor, text: 'Đúng hạn mới', indicatorValues: [], attachments: [] }],
      });
      await handle.executeUpdate(cancelTaskUpdate, { args: [{ actor: 'leader', reason: 'kết thúc' }] });
    });
    // Nothing of the old schedule (deadline at 20 s: reminders at 10 s and 15 s, overdue at 20 s);
    // the new one's reminders at 50 s and 55 s, carrying the new deadline.
    expectTimeline(
      summary.filter((line) => !line.includes('task_assigned') && !line.includes('cancelled')),
      [
        '3s extension_requested→issuer',
        '3s extension_decided→lead',
        '50s reminder→lead',
        '55s reminder→lead',
        '56s report_submitted→issuer',
      ],
    );
  });

  it('returns a report with a revision deadline and its own reminders; an overdue review escalates on the reviewer side', async () => {
    const { summary } = await run(async (handle, _start, _input, seen) => {
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      await handle.executeUpdate(submitReportUpdate, {
        args: [{ ...actor, text: 'Lần 1', indicatorValues: [], attachments: [] }],
      });
      await env.sleep('2s');
      await expect(
        handle.executeUpdate(reviewReportUpdate, {
          args: [{ actor: 'leader', actorUnitId: 'issuer', outcome: 'returned', comment: '' }],
        }),
      ).rejects.toThrow(WorkflowUpdateFailedError);
      await handle.executeUpdate(reviewReportUpdate, {
        args: [{ actor: 'leader', actorUnitId: 'issuer', outcome: 'returned', comment: 'Bổ sung số liệu' }],
      });
      await env.sleep('11s');
      await seen('reminder,reminder');
      await handle.executeUpdate(submitReportUpdate, {
        args: [{ ...actor, text: 'Lần 2', indicatorValues: [], attachments: [] }],
      });
      await env.sleep('21s');
      await seen('review_due,escalation');
      await handle.executeUpdate(cancelTaskUpdate, { args: [{ actor: 'leader', reason: 'kết thúc' }] });
    });
    expectTimeline(
      summary.filter((line) => !line.includes('task_assigned')),
      [
        '0s report_submitted→issuer',
        '2s report_returned→lead',
        '4s reminder→lead',
        '9s reminder→lead',
        '13s report_submitted→issuer',
        '28s review_due@1→issuer',
        '33s escalation@2→province',
        '34s cancelled→lead',
      ],
    );
  });
});
