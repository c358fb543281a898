import { activityInfo } from '@temporalio/activity';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DEFAULT_ESCALATION_POLICY, DEFAULT_REMINDER_POLICY } from '../libs/domain/src';
import { bundleWorkflows, createTimeSkippingEnv, uniqueTaskQueue } from '../test/support/temporal-testing';
import type { DirectiveActivities, DirectiveInput, OpenTask, TaskInput } from './activities';
import { directiveWorkflow } from './directive.workflow';
import { directiveWorkflowId } from './ids';
import { amendDirectiveUpdate, awaitRecordedUpdate, cancelDirectiveUpdate, directiveStateQuery } from './messages';

const DAY = 24 * 60 * 60 * 1000;

interface Call {
  name: keyof DirectiveActivities;
  /** Server time at which the activity was scheduled (skipped time included). */
  at: number;
  input: any;
}

/**
 * Activities that keep a tiny in-memory read model and record what the workflow asked
 * for: the workflow's decisions (what, when, what not) are what is tested here.
 */
function recordingActivities(calls: Call[], tasks: TaskInput[], duplicateOf?: string): DirectiveActivities {
  const open = new Map(tasks.map((task) => [task.taskId, task.deadline]));
  const record = (name: keyof DirectiveActivities, input: unknown) =>
    calls.push({ name, at: activityInfo().currentAttemptScheduledTimestampMs, input });
  const openTasks = (): OpenTask[] => [...open].map(([taskId, deadline]) => ({ taskId, deadline }));
  return {
    async recordDirective(input) {
      record('recordDirective', input);
      return duplicateOf
        ? {
            status: 'duplicate',
            directiveId: input.directiveId,
            existingDirectiveId: duplicateOf,
            documentNumber: input.document.normalized,
          }
        : { status: 'recorded', directiveId: input.directiveId };
    },
    async recordOverdue(input) {
      record('recordOverdue', input);
      return [...input.taskIds].sort();
    },
    async recordCancelled(input) {
      record('recordCancelled', input);
    },
    async applyAmendment(input) {
      record('applyAmendment', input);
      const a = input.amendment;
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
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    [env, bundle] = await Promise.all([createTimeSkippingEnv(), bundleWorkflows()]);
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function worker(calls: Call[], args: DirectiveInput, duplicateOf?: string) {
    const taskQueue = uniqueTaskQueue('wf');
    const w = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: recordingActivities(calls, args.tasks, duplicateOf),
    });
    return { w, taskQueue };
  }

  it('waits a 30-day deadline out in seconds, marks that task overdue, and not the later one', async () => {
    const calls: Call[] = [];
    const startMs = await env.currentTimeMs();
    const args = input(startMs, [30, 40]);
    const { w, taskQueue } = await worker(calls, args);

    await w.runUntil(async () => {
      const handle = await env.client.workflow.start(directiveWorkflow, {
        workflowId: directiveWorkflowId(args.directiveId),
        taskQueue,
        args: [args],
      });
      expect(await handle.executeUpdate(awaitRecordedUpdate)).toEqual({
        status: 'recorded',
        directiveId: args.directiveId,
      });
      await env.sleep('31 days');
      const state = await handle.query(directiveStateQuery);
      expect(state.overdueTaskIds).toEqual([args.tasks[0]!.taskId]);
      await handle.executeUpdate(cancelDirectiveUpdate, { args: [{ reason: 'kết thúc kiểm thử', actor: 'test' }] });
    });

    expect(calls.map((call) => call.name)).toEqual(['recordDirective', 'recordOverdue', 'recordCancelled']);
    const overdue = calls[1]!;
    expect(overdue.at - startMs).toBeGreaterThanOrEqual(30 * DAY);
    expect(overdue.at - startMs).toBeLessThan(31 * DAY);
    expect(overdue.input.taskIds).toEqual([args.tasks[0]!.taskId]);
  });

  it('ends cleanly on cancellation: an audit record and no overdue marking', async () => {
    const calls: Call[] = [];
    const startMs = await env.currentTimeMs();
    const args = input(startMs, [30]);
    const { w, taskQueue } = await worker(calls, args);

    await w.runUntil(async () => {
      const handle = await env.client.workflow.start(directiveWorkflow, {
        workflowId: directiveWorkflowId(args.directiveId),
        taskQueue,
        args: [args],
      });
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
      await env.sleep('40 days');
    });

    expect(calls.map((call) => call.name)).toEqual(['recordDirective', 'recordCancelled']);
    expect(calls[1]!.input).toMatchObject({ reason: 'Văn bản bị thay thế', actor: 'leader' });
  });

  it('re-times after a deadline change: the old instant passes without marking', async () => {
    const calls: Call[] = [];
    const startMs = await env.currentTimeMs();
    const args = input(startMs, [10]);
    const { w, taskQueue } = await worker(calls, args);
    const taskId = args.tasks[0]!.taskId;

    await w.runUntil(async () => {
      const handle = await env.client.workflow.start(directiveWorkflow, {
        workflowId: directiveWorkflowId(args.directiveId),
        taskQueue,
        args: [args],
      });
      await env.sleep('5 days');
      await handle.executeUpdate(amendDirectiveUpdate, {
        args: [
          {
            amendment: { kind: 'change_deadline', taskId, deadline: new Date(startMs + 20 * DAY).toISOString() },
            actor: 'leader',
          },
        ],
      });
      await env.sleep('10 days');
      expect((await handle.query(directiveStateQuery)).overdueTaskIds).toEqual([]);
      await env.sleep('6 days');
      expect((await handle.query(directiveStateQuery)).overdueTaskIds).toEqual([taskId]);
      await handle.executeUpdate(cancelDirectiveUpdate, { args: [{ reason: 'kết thúc', actor: 'test' }] });
    });

    const overdue = calls.find((call) => call.name === 'recordOverdue')!;
    expect(overdue.at - startMs).toBeGreaterThanOrEqual(20 * DAY);
  });

  it('refuses amendments of unknown tasks in the validator, before any activity runs', async () => {
    const calls: Call[] = [];
    const startMs = await env.currentTimeMs();
    const args = input(startMs, [10]);
    const { w, taskQueue } = await worker(calls, args);
    await w.runUntil(async () => {
      const handle = await env.client.workflow.start(directiveWorkflow, {
        workflowId: directiveWorkflowId(args.directiveId),
        taskQueue,
        args: [args],
      });
      await handle.executeUpdate(awaitRecordedUpdate);
      await expect(
        handle.executeUpdate(amendDirectiveUpdate, {
          args: [{ amendment: { kind: 'cancel_task', taskId: 'nope', reason: 'x' }, actor: 'leader' }],
        }),
      ).rejects.toThrow(WorkflowUpdateFailedError);
      await handle.executeUpdate(cancelDirectiveUpdate, { args: [{ reason: 'kết thúc', actor: 'test' }] });
    });
    expect(calls.map((call) => call.name)).not.toContain('applyAmendment');
  });

  it('ends as rejected when the document number is taken', async () => {
    const calls: Call[] = [];
    const startMs = await env.currentTimeMs();
    const args = input(startMs, [10]);
    const { w, taskQueue } = await worker(calls, args, 'existing-directive');
    const result = await w.runUntil(async () => {
      const handle = await env.client.workflow.start(directiveWorkflow, {
        workflowId: directiveWorkflowId(args.directiveId),
        taskQueue,
        args: [args],
      });
      expect(await handle.executeUpdate(awaitRecordedUpdate)).toMatchObject({
        status: 'duplicate',
        existingDirectiveId: 'existing-directive',
      });
      return handle.result();
    });
    expect(result.phase).toBe('rejected');
    expect(calls.map((call) => call.name)).toEqual(['recordDirective']);
  });
});
