import {
  acknowledgeTaskUpdate,
  cancelTaskUpdate,
  reviewReportUpdate,
  submitReportUpdate,
} from '../libs/workflow-contract/src';
import { actor, expectTimeline, taskWorkflowTimeline } from '../test/support/task-timeline';

/**
 * The task workflow when nobody answers: urging an unacknowledged task, escalating an
 * overdue report up the hierarchy, and carrying the escalation across continue-as-new.
 */
describe('taskWorkflow (time-skipping test server)', () => {
  const { env, run } = taskWorkflowTimeline();

  it('urges an unacknowledged task, then escalates it like an overdue one until acknowledged', async () => {
    const { summary } = await run(async (handle, _start, _input, seen) => {
      await env.sleep('14s');
      await seen('ack_due,escalation');
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      await handle.executeUpdate(cancelTaskUpdate, { args: [{ actor: 'leader', reason: 'kết thúc kiểm thử' }] });
    });
    expectTimeline(
      summary.filter((line) => !line.includes('task_assigned') && !line.includes('reminder')),
      ['8s ack_due@1→lead', '13s escalation@2→parent', '14s cancelled→lead'],
    );
  });

  it('escalates a report never sent up to the issuer, then repeats there, and stops when it comes', async () => {
    const { summary, events } = await run(async (handle, _start, _input, seen) => {
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      await env.sleep('52s');
      await seen('overdue,escalation,escalation,escalation,escalation');
      const report = await handle.executeUpdate(submitReportUpdate, {
        args: [{ ...actor, text: 'Nộp muộn', indicatorValues: [], attachments: [] }],
      });
      expect(report.late).toBe(true);
      await handle.executeUpdate(reviewReportUpdate, {
        args: [{ actor: 'leader', actorUnitId: 'issuer', outcome: 'accepted', comment: null }],
      });
      await env.sleep('60s');
    });
    expectTimeline(
      summary.filter((line) => !line.includes('task_assigned') && !line.includes('reminder')),
      [
        '20s overdue@1→lead',
        '25s escalation@2→parent',
        '30s escalation@3→issuer',
        '40s escalation@3→issuer',
        '50s escalation@3→issuer',
        '52s report_submitted→issuer',
      ],
    );
    expect(events.filter((e) => e.event.type === 'overdue')).toHaveLength(1);
    const review = events.find((e) => e.event.type === 'review')!.event as { completedAt: string };
    expect(review.completedAt).toBeDefined();
  });

  it('continues as new when its history grows, carrying the escalation on without a repeat or a gap', async () => {
    let firstRunId = '';
    let lastRunId = '';
    const { notices, events } = await run(
      async (handle, _start, _input, seen) => {
        firstRunId = (await handle.describe()).runId;
        await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
        await env.sleep('50s');
        await seen('overdue,escalation,escalation,escalation,escalation,escalation,escalation,escalation');
        lastRunId = (await handle.describe()).runId;
        const report = await handle.executeUpdate(submitReportUpdate, {
          args: [{ ...actor, text: 'Nộp sau nhiều lần đôn đốc', indicatorValues: [], attachments: [] }],
        });
        expect(report.late).toBe(true);
        await handle.executeUpdate(reviewReportUpdate, {
          args: [{ actor: 'leader', actorUnitId: 'issuer', outcome: 'accepted', comment: null }],
        });
        expect((await handle.result()).phase).toBe('completed');
      },
      {
        escalationPolicy: { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT2S' } },
        continueAsNewAfterEvents: 40,
      },
    );
    expect(lastRunId).not.toBe(firstRunId);
    // Every notice once: the new run knows what the old one sent.
    const ids = notices.map((n) => n.noticeId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(notices.filter((n) => n.kind === 'reminder')).toHaveLength(2);
    expect(events.filter((e) => e.event.type === 'overdue')).toHaveLength(1);
    // The top of the ladder repeats every 2 s across the runs, with no step skipped.
    const top = notices.filter((n) => n.kind === 'escalation' && n.level === 3).map((n) => n.noticeId);
    expect(top.length).toBeGreaterThanOrEqual(5);
    const steps = top.map((id) => Number(/:esc:(\d+)$/.exec(id)![1]));
    expect(steps).toEqual(steps.map((_, i) => steps[0]! + i));
  });
});
