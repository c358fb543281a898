import { WorkflowUpdateFailedError, WorkflowNotFoundError } from '@temporalio/client';
import {
  acknowledgeTaskUpdate,
  cancelTaskUpdate,
  requestExtensionUpdate,
  reviewReportUpdate,
  submitReportUpdate,
  taskStateQuery,
} from '../libs/workflow-contract/src';
import { actor, expectTimeline, S, taskWorkflowTimeline } from '../test/support/task-timeline';

/**
 * The task workflow's plain story: assigned, reminded, reported on time and accepted;
 * and what a task in a given phase refuses.
 */
describe('taskWorkflow (time-skipping test server)', () => {
  const { env, run } = taskWorkflowTimeline();

  it('assigns, reminds before the deadline, and sends nothing more once the report is accepted on time', async () => {
    const { summary, events } = await run(async (handle, start, _input, seen) => {
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      await env.sleep(start + 16 * S - (await env.currentTimeMs()));
      await seen('reminder,reminder');
      const report = await handle.executeUpdate(submitReportUpdate, {
        args: [{ ...actor, text: 'Báo cáo quý', indicatorValues: [], attachments: [] }],
      });
      expect(report.late).toBe(false);
      await handle.executeUpdate(reviewReportUpdate, {
        args: [{ actor: 'leader', actorUnitId: 'issuer', outcome: 'accepted', comment: null }],
      });
      await env.sleep('60s');
      expect((await handle.query(taskStateQuery)).phase).toBe('completed');
    });
    expect(
      summary
        .filter((line) => line.includes('task_assigned'))
        .map((line) => line.replace(/^\d+s /, ''))
        .sort(),
    ).toEqual(['task_assigned→helper', 'task_assigned→lead']);
    expectTimeline(
      summary.filter((line) => !line.includes('task_assigned')),
      ['10s reminder→lead', '15s reminder→lead', '16s report_submitted→issuer'],
    );
    expect(events.map((e) => e.event.type)).toEqual(['assigned', 'acknowledged', 'report', 'review']);
  });

  it('refuses actions the state does not allow, with a reason', async () => {
    await run(async (handle) => {
      const refuse = (promise: Promise<unknown>) => expect(promise).rejects.toThrow(WorkflowUpdateFailedError);
      await refuse(
        handle.executeUpdate(acknowledgeTaskUpdate, { args: [{ actor: 'x', actorUnitId: 'another-unit' }] }),
      );
      await refuse(
        handle.executeUpdate(reviewReportUpdate, {
          args: [{ actor: 'leader', actorUnitId: 'issuer', outcome: 'accepted', comment: null }],
        }),
      );
      await refuse(
        handle.executeUpdate(requestExtensionUpdate, {
          args: [{ ...actor, deadline: '2000-01-01T00:00:00Z', reason: 'x' }],
        }),
      );
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      await refuse(handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] }));
      await handle.executeUpdate(cancelTaskUpdate, { args: [{ actor: 'leader', reason: 'hết' }] });
      // The workflow has ended: nothing more is accepted.
      await expect(
        handle.executeUpdate(submitReportUpdate, {
          args: [{ ...actor, text: 'muộn', indicatorValues: [], attachments: [] }],
        }),
      ).rejects.toThrow(WorkflowNotFoundError);
    });
  });
});
