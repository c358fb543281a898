import { activityInfo } from '@temporalio/activity';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { BusinessCalendar } from '../libs/domain/src/calendar/business-calendar';
import {
  bundleWorkflows,
  captureHistory,
  createTimeSkippingEnv,
  uniqueTaskQueue,
} from '../test/support/temporal-testing';
import type { Client } from '@temporalio/client';
import type {
  DirectiveActivities,
  NoticeInput,
  RecordTaskEventInput,
  TaskActivities,
  TaskInput,
  TaskWorkflowInput,
} from '../libs/workflow-contract/src';
import { taskWorkflow } from './task.workflow';
import {
  acknowledgeTaskUpdate,
  cancelTaskUpdate,
  decideExtensionUpdate,
  delegateTaskUpdate,
  requestExtensionUpdate,
  reviewReportUpdate,
  submitReportUpdate,
  taskStateQuery,
} from '../libs/workflow-contract/src';

const S = 1000;
// Every day a working day and every hour a working hour, so seconds-long policies run as written.
const ALWAYS: BusinessCalendar = new BusinessCalendar({
  timeZone: 'UTC',
  daysOff: [],
  workingWeekends: [],
  workingHours: { startMinutes: 0, endMinutes: 24 * 60 },
});
const allDays = () => {
  const days: string[] = [];
  const year = new Date().getUTCFullYear();
  for (let d = new Date(Date.UTC(year - 1, 0, 1)); d.getUTCFullYear() <= year + 1; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
};

interface Sent extends NoticeInput {
  at: number;
}

/** The units of these tests, each with its parent: communes below the lead unit, and so up. */
const PARENT: Record<string, string> = {
  'commune-a': 'lead',
  'commune-b': 'lead',
  lead: 'parent',
  helper: 'parent',
  parent: 'issuer',
  issuer: 'province',
  province: 'centre',
};

interface Cascade {
  client: Client;
  taskQueue: string;
  /** Every task workflow's input by task id (the parent's registered by the test). */
  inputs: Map<string, TaskWorkflowInput>;
  delegated: Map<string, { parentTaskId: string; task: TaskInput }>;
  /** The test server's clock (local activities carry the worker's real clock, not the skipped one). */
  clock: () => Promise<number>;
}

/**
 * Activities that record notices and events; the escalation chain walks PARENT from
 * the late unit up to the one that assigned the work. Delegated sub-tasks start as
 * real task workflows on the same queue, as the worker's fan-out activity does.
 */
function fakes(
  notices: Sent[],
  events: RecordTaskEventInput[],
  cascade: Cascade,
): TaskActivities & Pick<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks'> {
  return {
    async notify(input) {
      const info = activityInfo();
      notices.push({ ...input, at: info.isLocal ? await cascade.clock() : info.currentAttemptScheduledTimestampMs });
      return { delivered: 1 };
    },
    async escalationChain({ fromUnitId, toUnitId }) {
      const chain = [fromUnitId];
      while (chain.at(-1) !== toUnitId && PARENT[chain.at(-1)!]) chain.push(PARENT[chain.at(-1)!]!);
      return chain;
    },
    async recordTaskEvent(input) {
      events.push(input);
    },
    async recordDelegation({ parentTaskId, subtasks }) {
      for (const task of subtasks) cascade.delegated.set(task.taskId, { parentTaskId, task });
    },
    async startTaskWorkflows({ taskIds }) {
      for (const taskId of taskIds!) {
        const { parentTaskId, task } = cascade.delegated.get(taskId)!;
        const parent = cascade.inputs.get(parentTaskId)!;
        const input: TaskWorkflowInput = {
          ...parent,
          taskId,
          parentTaskId,
          leadUnitId: task.leadUnitId,
          coordinatingUnitIds: [],
          issuingUnitId: parent.leadUnitId,
          deadline: task.deadline,
          ackDeadline: task.deadline,
          state: undefined,
        };
        cascade.inputs.set(taskId, input);
        await cascade.client.workflow.start(taskWorkflow, {
          workflowId: `task:${taskId}`,
          taskQueue: cascade.taskQueue,
          args: [input],
        });
      }
      return taskIds!.length;
    },
    async forwardToTasks({ taskIds, command, actor }) {
      for (const taskId of taskIds!) {
        if (command.kind !== 'cancel') continue;
        await cascade.client.workflow
          .getHandle(`task:${taskId}`)
          .executeUpdate(cancelTaskUpdate, { args: [{ actor, reason: command.reason }] });
      }
      return taskIds!.length;
    },
  };
}

/**
 * Compares a timeline of "Ns what" lines: what must match exactly, the second within
 * two (the test's own updates take a moment of server time on a busy machine).
 */
function expectTimeline(actual: string[], expected: string[]) {
  const parse = (line: string) => {
    const [, at, what] = /^(\d+)s (.*)$/.exec(line)!;
    return { at: Number(at), what: what! };
  };
  expect(actual.map((line) => parse(line).what)).toEqual(expected.map((line) => parse(line).what));
  actual.forEach((line, i) => expect(Math.abs(parse(line).at - parse(expected[i]!).at)).toBeLessThanOrEqual(2));
}

describe('taskWorkflow (time-skipping test server)', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    [env, bundle] = await Promise.all([createTimeSkippingEnv(), bundleWorkflows()]);
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function run(
    test: (
      handle: Awaited<ReturnType<TestWorkflowEnvironment['client']['workflow']['start']>>,
      start: number,
      input: TaskWorkflowInput,
      seen: (kind: string) => Promise<void>,
    ) => Promise<void>,
    overrides: Partial<TaskWorkflowInput> | ((start: number) => Partial<TaskWorkflowInput>) = {},
  ) {
    const notices: Sent[] = [];
    const events: RecordTaskEventInput[] = [];
    const taskQueue = uniqueTaskQueue('task');
    const cascade: Cascade = {
      client: env.client,
      taskQueue,
      inputs: new Map(),
      delegated: new Map(),
      clock: () => env.currentTimeMs(),
    };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: fakes(notices, events, cascade),
    });
    const start = await env.currentTimeMs();
    const taskId = `t-${Math.random().toString(36).slice(2)}`;
    const input: TaskWorkflowInput = {
      taskId,
      directiveId: 'd-1',
      leadUnitId: 'lead',
      coordinatingUnitIds: ['helper'],
      issuingUnitId: 'issuer',
      deadline: new Date(start + 20 * S).toISOString(),
      ackDeadline: new Date(start + 8 * S).toISOString(),
      reminderPolicy: { before: [{ duration: 'PT10S' }, { duration: 'PT5S' }], onDeadlineDayAt: null },
      escalationPolicy: { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT10S' } },
      reviewPeriod: { duration: 'PT15S' },
      revisionPeriod: { duration: 'PT12S' },
      calendar: { ...ALWAYS.toData(), workingWeekends: allDays() },
      ...(typeof overrides === 'function' ? overrides(start) : overrides),
    };
    cascade.inputs.set(taskId, input);
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(taskWorkflow, {
        workflowId: `task:${taskId}`,
        taskQueue,
        args: [input],
      });
      // Server time stands still between sleeps; waiting (in real time) for the worker to
      // have sent what the skipped time made due keeps a busy machine from racing ahead.
      const seen = async (kinds: string) => {
        const wanted = kinds.split(',');
        for (let i = 0; i < 300; i++) {
          const counts = new Map<string, number>();
          for (const n of notices) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
          const need = new Map<string, number>();
          for (const kind of wanted) need.set(kind, (need.get(kind) ?? 0) + 1);
          if ([...need].every(([kind, count]) => (counts.get(kind) ?? 0) >= count)) return;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`notices ${kinds} not seen; got ${notices.map((n) => n.kind).join(',')}`);
      };
      await test(handle, start, input, seen);
      await handle.result().catch(() => undefined);
      await captureHistory(handle);
      // Sub-tasks end with their parent's test (each is cancelled or done by then).
      for (const subtaskId of cascade.delegated.keys()) {
        await env.client.workflow
          .getHandle(`task:${subtaskId}`)
          .result()
          .catch(() => undefined);
      }
    });
    const at = (n: Sent) => Math.round((n.at - start) / S);
    return {
      notices,
      events,
      cascade,
      summary: notices.map((n) => `${at(n)}s ${n.kind}${n.level ? `@${n.level}` : ''}→${n.targetUnitId}`),
    };
  }

  const actor = { actor: 'officer', actorUnitId: 'lead' };

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

  /**
   * Like expectTimeline, for notices of several workflows at once: the same notices, each
   * within two seconds of its time. A time written "~Ns" belongs to the test's own action,
   * which real time on a busy machine can delay: only its presence is checked.
   */
  function expectNotices(actual: string[], expected: string[]) {
    const split = (lines: string[]) =>
      lines
        .map((line) => /^(~?)(\d+)s (.*)$/.exec(line)!)
        .map(([, loose, at, what]) => ({ at: loose ? null : Number(at), what: what! }))
        .sort((a, b) => a.what.localeCompare(b.what) || (a.at ?? 0) - (b.at ?? 0));
    const got = split(actual);
    const want = split(expected);
    expect(got.map((n) => n.what)).toEqual(want.map((n) => n.what));
    got.forEach((n, i) => {
      const at = want[i]!.at;
      if (at !== null) expect(Math.abs(n.at! - at)).toBeLessThanOrEqual(2);
    });
  }

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
        const refuse = (promise: Promise<unknown>, reason: RegExp) =>
          expect(promise).rejects.toMatchObject({ cause: { message: expect.stringMatching(reason) } });
        // Not after the parent's own deadline (40 s), not to the unit itself.
        await refuse(
          handle.executeUpdate(delegateTaskUpdate, {
            args: [{ ...actor, delegationId: 'late', subtasks: [part(`late-${suffix}`, 'commune-a', 45)] }],
          }),
          /after its parent/,
        );
        await refuse(
          handle.executeUpdate(delegateTaskUpdate, {
            args: [{ ...actor, delegationId: 'self', subtasks: [part(`self-${suffix}`, 'lead', 30)] }],
          }),
          /itself/,
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
          /2 delegated sub-task/,
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
          /1 delegated sub-task/,
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
      ).rejects.toThrow();
    });
  });
});
