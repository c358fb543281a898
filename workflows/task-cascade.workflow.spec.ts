import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  acknowledgeTaskUpdate,
  cancelTaskUpdate,
  delegateTaskUpdate,
  reviewReportUpdate,
  submitReportUpdate,
  taskStateQuery,
  type TaskInput,
  REFUSED_FAILURE,
} from '../libs/workflow-contract/src';
import { msg, type Message } from '../libs/domain/src/errors';
import { TASK_REFUSALS } from '../libs/domain/src/task-machine/validators';
import { actor, expectNotices, S, taskWorkflowTimeline } from '../test/support/task-timeline';

/**
 * The task workflow handing parts of a task down the hierarchy: sub-tasks run as task
 * workflows of their own; the parent's report waits for them, unless given a reason.
 */
describe('taskWorkflow (time-skipping test server)', () => {
  const { env, run } = taskWorkflowTimeline();

  it('cascade: delegates to two communes, holds the report until both are done, escalates the late one to the delegating unit', async () => {
    let subtaskIds: string[] = [];
    const { summary, cascade } = await run(
      async (handle, start, _input, seen) => {
        await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
        const part = (taskId: string, leadUnitId: string, dueIn: number): TaskInput => ({
          taskId,
          title: `Phần của ${leadUnitId}`,
          description: null,
          leadUnitId,
          coordinatingUnitIds: [],
          deadline: new Date(start + dueIn * S).toISOString(),
          deadlineWorkingDays: null,
          reportRequired: true,
          reportTemplate: null,
          indicators: [],
          reminderPolicy: { before: [{ duration: 'PT10S' }, { duration: 'PT5S' }], onDeadlineDayAt: null },
          escalationPolicy: { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT10S' } },
        });
        const suffix = Math.random().toString(36).slice(2);
        // The validators' refusals are failures of type Refused carrying the reason's catalogue key and values.
        const refuse = async (promise: Promise<unknown>, reason: Message) => {
          const refusal = await promise.then(
            () => undefined,
            (error: unknown) => error,
          );
          expect(refusal).toBeInstanceOf(WorkflowUpdateFailedError);
          const { cause } = refusal as WorkflowUpdateFailedError;
          expect(cause).toBeInstanceOf(ApplicationFailure);
          expect((cause as ApplicationFailure).type).toBe(REFUSED_FAILURE);
          expect((cause as ApplicationFailure).details?.[0]).toEqual(reason);
        };
        // Not after the parent's own deadline (40 s), not to the unit itself.
        await refuse(
          handle.executeUpdate(delegateTaskUpdate, {
            args: [{ ...actor, delegationId: 'late', subtasks: [part(`late-${suffix}`, 'commune-a', 45)] }],
          }),
          TASK_REFUSALS.subtaskAfterParent,
        );
        await refuse(
          handle.executeUpdate(delegateTaskUpdate, {
            args: [{ ...actor, delegationId: 'self', subtasks: [part(`self-${suffix}`, 'lead', 30)] }],
          }),
          TASK_REFUSALS.delegateToSelf,
        );
        ({ taskIds: subtaskIds } = await handle.executeUpdate(delegateTaskUpdate, {
          args: [
            {
              ...actor,
              delegationId: 'd1',
              subtasks: [part(`a-${suffix}`, 'commune-a', 30), part(`b-${suffix}`, 'commune-b', 30)],
            },
          ],
        }));
        const [a, b] = subtaskIds.map((id) => env.client.workflow.getHandle(`task:${id}`));
        await a!.executeUpdate(acknowledgeTaskUpdate, { args: [{ actor: 'xa-a', actorUnitId: 'commune-a' }] });
        await b!.executeUpdate(acknowledgeTaskUpdate, { args: [{ actor: 'xa-b', actorUnitId: 'commune-b' }] });
        // The parent's report waits for its sub-tasks.
        await refuse(
          handle.executeUpdate(submitReportUpdate, {
            args: [{ ...actor, text: 'Tổng hợp', indicatorValues: [], attachments: [] }],
          }),
          msg('refusals.subtasksStillOpen', { open: 2 }),
        );
        // Commune A reports at once; the delegating unit (not the directive's issuer) reviews it.
        await a!.executeUpdate(submitReportUpdate, {
          args: [{ actor: 'xa-a', actorUnitId: 'commune-a', text: 'Xã A', indicatorValues: [], attachments: [] }],
        });
        await a!.executeUpdate(reviewReportUpdate, {
          args: [{ actor: 'truong-ban', actorUnitId: 'lead', outcome: 'accepted', comment: null }],
        });
        expect((await a!.result()).phase).toBe('completed');
        await refuse(
          handle.executeUpdate(submitReportUpdate, {
            args: [{ ...actor, text: 'Tổng hợp', indicatorValues: [], attachments: [] }],
          }),
          msg('refusals.subtasksStillOpen', { open: 1 }),
        );
        // Commune B is late: reminded, marked overdue, escalated to the delegating unit.
        await env.sleep(start + 36 * S - (await env.currentTimeMs()));
        await seen('reminder,reminder,reminder,reminder,overdue,escalation');
        const late = await b!.executeUpdate(submitReportUpdate, {
          args: [{ actor: 'xa-b', actorUnitId: 'commune-b', text: 'Xã B', indicatorValues: [], attachments: [] }],
        });
        expect(late.late).toBe(true);
        await b!.executeUpdate(reviewReportUpdate, {
          args: [{ actor: 'truong-ban', actorUnitId: 'lead', outcome: 'accepted', comment: null }],
        });
        await b!.result();
        await seen('subtasks_completed');
        expect((await handle.query(taskStateQuery)).subtasks).toEqual({
          [subtaskIds[0]!]: 'completed',
          [subtaskIds[1]!]: 'completed',
        });
        await handle.executeUpdate(submitReportUpdate, {
          args: [{ ...actor, text: 'Tổng hợp hai xã', indicatorValues: [], attachments: [] }],
        });
        await handle.executeUpdate(reviewReportUpdate, {
          args: [{ actor: 'leader', actorUnitId: 'issuer', outcome: 'accepted', comment: null }],
        });
        await env.sleep('60s');
      },
      (start) => ({ deadline: new Date(start + 40 * S).toISOString() }),
    );
    expect([...cascade.delegated.values()].map((d) => d.task.leadUnitId)).toEqual(['commune-a', 'commune-b']);
    expectNotices(
      summary.filter((line) => !/task_assigned→(lead|helper)/.test(line)),
      [
        '~0s task_assigned→commune-a',
        '~0s task_assigned→commune-b',
        '~0s report_submitted→lead',
        '20s reminder→commune-b',
        '25s reminder→commune-b',
        '30s reminder→lead',
        '35s reminder→lead',
        '30s overdue@1→commune-b',
        '35s escalation@2→lead',
        '~36s report_submitted→lead',
        '~36s subtasks_completed→lead',
        '~36s report_submitted→issuer',
      ],
    );
  });

  it('cascade: a report with a reason goes in while a sub-task is open; cancelling the parent cancels the sub-task', async () => {
    const { summary, events } = await run(async (handle, start) => {
      await handle.executeUpdate(acknowledgeTaskUpdate, { args: [actor] });
      const taskId = `c-${Math.random().toString(36).slice(2)}`;
      await handle.executeUpdate(delegateTaskUpdate, {
        args: [
          {
            ...actor,
            delegationId: 'd1',
            subtasks: [
              {
                taskId,
                title: 'Phần của xã A',
                description: null,
                leadUnitId: 'commune-a',
                coordinatingUnitIds: [],
                deadline: new Date(start + 15 * S).toISOString(),
                deadlineWorkingDays: null,
                reportRequired: true,
                reportTemplate: null,
                indicators: [],
                reminderPolicy: { before: [], onDeadlineDayAt: null },
                escalationPolicy: { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT10S' } },
              },
            ],
          },
        ],
      });
      await env.sleep('2s');
      await handle.executeUpdate(submitReportUpdate, {
        args: [
          {
            ...actor,
            text: 'Báo cáo nhanh theo yêu cầu',
            indicatorValues: [],
            attachments: [],
            subtaskOverrideReason: 'Thường trực yêu cầu báo cáo nhanh trước hội nghị',
          },
        ],
      });
      await handle.executeUpdate(cancelTaskUpdate, { args: [{ actor: 'leader', reason: 'Điều chỉnh kế hoạch' }] });
      const subtask = await env.client.workflow.getHandle(`task:${taskId}`).result();
      expect(subtask.phase).toBe('cancelled');
      await env.sleep('30s');
    });
    const report = events.find((e) => e.event.type === 'report')!.event as { subtaskOverrideReason?: string };
    expect(report.subtaskOverrideReason).toBe('Thường trực yêu cầu báo cáo nhanh trước hội nghị');
    expectNotices(
      summary.filter((line) => !/task_assigned→(lead|helper)/.test(line)),
      ['~0s task_assigned→commune-a', '~2s report_submitted→issuer', '~2s cancelled→lead', '~2s cancelled→commune-a'],
    );
  });
});
