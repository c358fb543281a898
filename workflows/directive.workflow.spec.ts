import { activityInfo } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { DEFAULT_ESCALATION_POLICY, DEFAULT_REMINDER_POLICY } from '../libs/domain/src';
import { captureHistory, TimeSkippingHarness } from '../test/support/temporal-testing';
import type { DirectiveActivities, DirectiveInput, OpenTask, TaskInput } from '../libs/workflow-contract/src';
import { directiveWorkflow } from './directive.workflow';
import {
  amendDirectiveUpdate,
  awaitRecordedUpdate,
  cancelDirectiveUpdate,
  directiveStateQuery,
  directiveWorkflowId,
} from '../libs/workflow-contract/src';

const DAY = 24 * 60 * 60 * 1000;

interface Call {
  name: keyof DirectiveActivities;
  at: number;
  input: any;
}

/** Activities that keep a tiny read model and record what the workflow asked for. */
function recordingActivities(
  calls: Call[],
  tasks: TaskInput[],
  options: { duplicateOf?: string; totalTasks?: number } = {},
): DirectiveActivities {
  const open = new Map(tasks.map((task) => [task.taskId, task.deadline]));
  const record = (name: keyof DirectiveActivities, input: unknown) =>
    calls.push({ name, at: activityInfo().currentAttemptScheduledTimestampMs, input });
  const openTasks = (): OpenTask[] => [...open].map(([taskId, deadline]) => ({ taskId, deadline }));
  const total = options.totalTasks ?? tasks.length;
  return {
    async recordDirective(input) {
      record('recordDirective', input);
      return options.duplicateOf
        ? {
            status: 'duplicate',
            directiveId: input.directiveId,
            existingDirectiveId: options.duplicateOf,
            documentNumber: input.document.normalized,
          }
        : { status: 'recorded', directiveId: input.directiveId };
    },
    async startCohorts(input) {
      record('startCohorts', input);
      return 1;
    },
    async startTaskWorkflows(input) {
      record('startTaskWorkflows', input);
      return input.taskIds ? input.taskIds.length : Math.max(0, Math.min(input.limit!, total - input.offset!));
    },
    async forwardToTasks(input) {
      record('forwardToTasks', input);
      return input.taskIds?.length ?? open.size;
    },
    async recordCancelled(input) {
      record('recordCancelled', input);
    },
    async recordRejected(input) {
      record('recordRejected', input);
    },
    async applyAmendment(input) {
      record('applyAmendment', input);
      const a = input.amendment;
      if (a.kind !== 'add_task' && !open.has(a.taskId))
        throw ApplicationFailure.nonRetryable('the task is closed or not part of it', 'TaskNotOpen');
      if (a.kind === 'add_task') open.set(a.task.taskId, a.task.deadline);
      if (a.kind === 'cancel_task') open.delete(a.taskId);
      if (a.kind === 'change_deadline') open.set(a.taskId, a.deadline);
      return openTasks();
    },
  };
}

function task(id: string, deadlineMs: number): TaskInput {
  return {
    taskId: id,
    title: `Nhiệm vụ ${id}`,
    description: null,
    leadUnitId: 'unit-bdv',
    coordinatingUnitIds: [],
    deadline: new Date(deadlineMs).toISOString(),
    deadlineWorkingDays: null,
    reportRequired: true,
    reportTemplate: null,
    indicators: [],
    reminderPolicy: DEFAULT_REMINDER_POLICY,
    escalationPolicy: DEFAULT_ESCALATION_POLICY,
  };
}

function input(startMs: number, deadlinesInDays: number[]): DirectiveInput {
  const id = `d-${Math.random().toString(36).slice(2)}`;
  return {
    directiveId: id,
    document: { raw: '15-KH/TU', normalized: '15-KH/TU', number: 15, type: 'KH', issuer: 'TU' },
    issueDate: new Date(startMs).toISOString().slice(0, 10),
    issuingUnitId: 'unit-tu',
    title: 'Kế hoạch sơ kết 6 tháng',
    summary: null,
    confidentiality: 'normal',
    urgency: 'normal',
    acceptedAt: new Date(startMs).toISOString(),
    actor: 'test',
    tasks: deadlinesInDays.map((days, i) => task(`${id}-t${i + 1}`, startMs + days * DAY)),
  };
}

describe('directiveWorkflow (time-skipping test server)', () => {
  const env = TimeSkippingHarness.forThisFile();

  async function run(
    args: DirectiveInput,
    options: Parameters<typeof recordingActivities>[2],
    test: (handle: any, calls: Call[]) => Promise<unknown>,
  ) {
    const calls: Call[] = [];
    const activities = recordingActivities(calls, args.tasks ?? [], options);
    const result = await env.withWorker('wf', activities, async (taskQueue) => {
      const handle = await env.client.workflow.start(directiveWorkflow, {
        workflowId: directiveWorkflowId(args.directiveId),
        taskQueue,
        args: [args],
      });
      const outcome = await test(handle, calls);
      await handle.result().catch(() => undefined);
      await captureHistory(handle);
      return outcome;
    });
    return { calls, result };
  }

  it('records its tasks in cohorts in the recording itself, then starts the cohorts: no workflow per task (1,200 tasks)', async () => {
    const args = input(await env.currentTimeMs(), [30]);
    const { calls } = await run(args, { totalTasks: 1200 }, async (handle) => {
      expect(await handle.executeUpdate(awaitRecordedUpdate)).toEqual({
        status: 'recorded',
        directiveId: args.directiveId,
      });
      await env.sleep('1 hour');
      await handle.executeUpdate(cancelDirectiveUpdate, { args: [{ reason: 'kết thúc kiểm thử', actor: 'test' }] });
    });
    expect(calls[0]).toMatchObject({ name: 'recordDirective', input: { inCohorts: true } });
    expect(calls[1]).toMatchObject({ name: 'startCohorts', input: { directiveId: args.directiveId } });
    expect(calls.filter((c) => c.name === 'startTaskWorkflows')).toEqual([]);
  });

  it('ends cleanly on cancellation: tells every task, writes an audit record', async () => {
    const args = input(await env.currentTimeMs(), [30]);
    const { calls } = await run(args, {}, async (handle) => {
      await env.sleep('2 days');
      expect((await handle.query(directiveStateQuery)).phase).toBe('active');
      await expect(
        handle.executeUpdate(cancelDirectiveUpdate, { args: [{ reason: ' ', actor: 'leader' }] }),
      ).rejects.toThrow(WorkflowUpdateFailedError);
      const state = await handle.executeUpdate(cancelDirectiveUpdate, {
        args: [{ reason: 'Văn bản bị thay thế', actor: 'leader' }],
      });
      expect(state.phase).toBe('cancelled');
      await expect(handle.result()).resolves.toMatchObject({ phase: 'cancelled' });
    });
    expect(calls.map((call) => call.name)).toEqual([
      'recordDirective',
      'startCohorts',
      'forwardToTasks',
      'recordCancelled',
    ]);
    expect(calls[2]!.input).toMatchObject({ command: { kind: 'cancel', reason: 'Văn bản bị thay thế' } });
    expect(calls[3]!.input).toMatchObject({ reason: 'Văn bản bị thay thế', actor: 'leader' });
  });

  it('carries amendments to the tasks: a new task joins a cohort in its amendment, a new deadline reaches the running one, an unknown task is refused', async () => {
    const start = await env.currentTimeMs();
    const args = input(start, [10]);
    const taskId = args.tasks![0]!.taskId;
    const added = task(`${args.directiveId}-t9`, start + 20 * DAY);
    const { calls } = await run(args, {}, async (handle) => {
      await handle.executeUpdate(awaitRecordedUpdate);
      await handle.executeUpdate(amendDirectiveUpdate, {
        args: [{ amendment: { kind: 'add_task', task: added }, actor: 'leader' }],
      });
      const later = new Date(start + 25 * DAY).toISOString();
      await handle.executeUpdate(amendDirectiveUpdate, {
        args: [{ amendment: { kind: 'change_deadline', taskId, deadline: later }, actor: 'leader' }],
      });
      await expect(
        handle.executeUpdate(amendDirectiveUpdate, {
          args: [{ amendment: { kind: 'cancel_task', taskId: 'nope', reason: 'x' }, actor: 'leader' }],
        }),
      ).rejects.toThrow(WorkflowUpdateFailedError);
      await env.sleep('1 minute');
      await handle.executeUpdate(cancelDirectiveUpdate, { args: [{ reason: 'kết thúc', actor: 'test' }] });
    });
    // The directive's own tasks are followed by their cohort; the added one by a cohort of
    // its own, put in it and started by the amendment's activity: no task workflow started.
    expect(calls.filter((c) => c.name === 'startTaskWorkflows')).toEqual([]);
    expect(calls.find((c) => c.name === 'applyAmendment')!.input).toMatchObject({
      amendment: { kind: 'add_task', task: { taskId: added.taskId } },
      inCohort: true,
    });
    expect(calls.filter((c) => c.name === 'applyAmendment' && c.input.inCohort)).toHaveLength(1);
    // The new deadline reaches the task once, through the amendment's activity (which tells
    // the task's workflow); the only forwarding is the directive's own cancellation.
    expect(calls.filter((c) => c.name === 'forwardToTasks').map((c) => c.input)).toEqual([
      { directiveId: args.directiveId, command: { kind: 'cancel', reason: 'kết thúc' }, actor: 'test' },
    ]);
    expect(calls.filter((c) => c.name === 'applyAmendment')).toHaveLength(3);
  });

  it('ends as rejected when the document number is taken, starting no task', async () => {
    const args = input(await env.currentTimeMs(), [10]);
    const { calls, result } = await run(args, { duplicateOf: 'existing-directive' }, async (handle) => {
      expect(await handle.executeUpdate(awaitRecordedUpdate)).toMatchObject({
        status: 'duplicate',
        existingDirectiveId: 'existing-directive',
      });
      return handle.result();
    });
    expect((result as { phase: string }).phase).toBe('rejected');
    expect(calls.map((call) => call.name)).toEqual(['recordDirective']);
  });
});
