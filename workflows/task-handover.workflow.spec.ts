import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  acknowledgeTaskUpdate,
  handOverTaskUpdate,
  reviewReportUpdate,
  submitReportUpdate,
  taskStateQuery,
} from '../libs/workflow-contract/src';
import { actor, expectNotices, expectTimeline, S, taskWorkflowTimeline } from '../test/support/task-timeline';

/**
 * The task workflow when its lead unit is deactivated with a successor (docs/decisions/0042):
 * the hand-over arrives mid-wait, and from then on the successor acts, is reminded and is
 * escalated through its own parents; the old unit hears nothing more.
 */
describe('taskWorkflow (time-skipping test server)', () => {
  const { env, run } = taskWorkflowTimeline();
  const handOver = {
    eventId: 'unit-handover:lead#deactivated',
    fromUnitId: 'lead',
    toUnitId: 'successor',
    reason: 'Sáp nhập theo Nghị quyết về sắp xếp tổ chức bộ máy',
    actor: 'admin',
  };
  const successor = { actor: 'successor-officer', actorUnitId: 'successor' };

  it('hands the task over mid-wait: the next reminder and the escalation go to the successor and up its parents', async () => {
    const { summary, events } = await run(async (handle, start, _input, seen) => {
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      await env.sleep(start + 12 * S - (await env.currentTimeMs()));
      await seen('reminder');
      expect(await handle.executeUpdate(handOverTaskUpdate, { args: [handOver] })).toEqual({ roles: ['lead'] });
      // Told again (a retried activity): nothing more moves, nothing more is recorded.
      expect(await handle.executeUpdate(handOverTaskUpdate, { args: [handOver] })).toEqual({ roles: [] });
      // The old unit may no longer act; the successor may.
      await expect(
        handle.executeUpdate(submitReportUpdate, {
          args: [{ ...actor, text: 'Đơn vị cũ', indicatorValues: [], attachments: [] }],
        }),
      ).rejects.toThrow(WorkflowUpdateFailedError);
      await env.sleep(start + 27 * S - (await env.currentTimeMs()));
      await seen('reminder,reminder,overdue,escalation');
      const report = await handle.executeUpdate(submitReportUpdate, {
        args: [{ ...successor, text: 'Đơn vị kế thừa báo cáo', indicatorValues: [], attachments: [] }],
      });
      expect(report.late).toBe(true);
      await handle.executeUpdate(reviewReportUpdate, {
        args: [{ actor: 'leader', actorUnitId: 'issuer', outcome: 'accepted', comment: null }],
      });
      expect((await handle.query(taskStateQuery)).phase).toBe('completed');
    });
    // The assignment's two notices go out in parallel (either order): left out of the timeline.
    expectTimeline(
      summary.filter((line) => !/task_assigned→(lead|helper)$/.test(line)),
      [
        '10s reminder→lead',
        '12s task_assigned→successor',
        '15s reminder→successor',
        '20s overdue@1→successor',
        '25s escalation@2→successor-parent',
        '27s report_submitted→issuer',
      ],
    );
    const handedOver = events.filter((e) => e.event.type === 'handed_over');
    expect(handedOver).toHaveLength(1);
    expect(handedOver[0]).toMatchObject({
      actor: 'admin',
      eventId: expect.stringContaining('#handover:unit-handover:lead#deactivated'),
      event: { fromUnitId: 'lead', toUnitId: 'successor', roles: ['lead'], leadUnitId: 'successor' },
    });
  });

  it('hands over a coordinating unit and the assigning side; a completed task has nothing to take', async () => {
    const { summary } = await run(async (handle, _start, _input, seen) => {
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      expect(
        await handle.executeUpdate(handOverTaskUpdate, {
          args: [{ ...handOver, eventId: 'unit-handover:helper#deactivated', fromUnitId: 'helper' }],
        }),
      ).toEqual({ roles: ['coordinating'] });
      expect(
        await handle.executeUpdate(handOverTaskUpdate, {
          args: [{ ...handOver, eventId: 'unit-handover:issuer#deactivated', fromUnitId: 'issuer' }],
        }),
      ).toEqual({ roles: ['assigning'] });
      await seen('task_assigned,task_assigned,task_assigned');
      // The report now goes to the successor, which reviews it.
      await handle.executeUpdate(submitReportUpdate, {
        args: [{ ...actor, text: 'Báo cáo', indicatorValues: [], attachments: [] }],
      });
      await handle.executeUpdate(reviewReportUpdate, {
        args: [{ actor: 'reviewer', actorUnitId: 'successor', outcome: 'accepted', comment: null }],
      });
      // Completed: its workflow has ended, the hand-over finds nothing to tell (the activity skips it).
      expect((await handle.result()).phase).toBe('completed');
      await expect(handle.executeUpdate(handOverTaskUpdate, { args: [handOver] })).rejects.toThrow(/not found/);
    });
    expectNotices(summary, [
      '0s task_assigned→lead',
      '0s task_assigned→helper',
      '0s task_assigned→successor',
      '0s report_submitted→successor',
    ]);
  });
});
