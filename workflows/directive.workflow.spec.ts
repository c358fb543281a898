import { activityInfo } from '@temporalio/activity';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Runtime, DefaultLogger, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { bundleWorkflows, createTimeSkippingEnv, uniqueTaskQueue } from '../test/support/temporal-testing';
import type { DirectiveActivities, DirectiveInput } from './activities';
import { directiveWorkflow } from './directive.workflow';
import { directiveWorkflowId } from './ids';
import { cancelDirectiveUpdate, directiveStateQuery } from './messages';

const DAY = 24 * 60 * 60 * 1000;

interface Call {
  name: keyof DirectiveActivities;
  /** Server time at which the activity was scheduled (skipped time included). */
  at: number;
  input: unknown;
}

/** Activities that record what the workflow asked for; the workflow is what is tested. */
function recordingActivities(calls: Call[]): DirectiveActivities {
  const record = (name: keyof DirectiveActivities, input: unknown) =>
    calls.push({ name, at: activityInfo().currentAttemptScheduledTimestampMs, input });
  return {
    async recordDirective(input) {
      record('recordDirective', input);
    },
    async recordOverdue(input) {
      record('recordOverdue', input);
      return [...input.taskIds].sort();
    },
    async recordCancelled(input) {
      record('recordCancelled', input);
    },
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

  function input(deadlineOffsetMs: number, startMs: number): DirectiveInput {
    const id = `d-${Math.random().toString(36).slice(2)}`;
    return {
      directiveId: id,
      title: 'Kế hoạch sơ kết 6 tháng',
      acceptedAt: new Date(startMs).toISOString(),
      actor: 'test',
      tasks: [
        { taskId: `${id}-t1`, title: 'Báo cáo sơ kết', deadline: new Date(startMs + deadlineOffsetMs).toISOString() },
        {
          taskId: `${id}-t2`,
          title: 'Báo cáo quý',
          deadline: new Date(startMs + deadlineOffsetMs + 10 * DAY).toISOString(),
        },
      ],
    };
  }

  it('waits a 30-day deadline out in seconds and marks the task due then overdue', async () => {
    const calls: Call[] = [];
    const taskQueue = uniqueTaskQueue('wf');
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: recordingActivities(calls),
    });
    const startMs = await env.currentTimeMs();
    const args = input(30 * DAY, startMs);

    const result = await worker.runUntil(
      env.client.workflow.execute(directiveWorkflow, {
        workflowId: directiveWorkflowId(args.directiveId),
        taskQueue,
        args: [args],
      }),
    );

    expect(result).toEqual({ phase: 'overdue', overdueTaskIds: [args.tasks[0]!.taskId] });
    expect(calls.map((call) => call.name)).toEqual(['recordDirective', 'recordOverdue']);
    const overdueAt = calls[1]!.at - startMs;
    expect(overdueAt).toBeGreaterThanOrEqual(30 * DAY);
    expect(overdueAt).toBeLessThan(31 * DAY);
    // The later task is not due yet, so it is not marked.
    expect((calls[1]!.input as { taskIds: string[] }).taskIds).toEqual([args.tasks[0]!.taskId]);
  });

  it('ends cleanly on cancellation: an audit record and no overdue marking', async () => {
    const calls: Call[] = [];
    const taskQueue = uniqueTaskQueue('wf');
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: recordingActivities(calls),
    });
    const startMs = await env.currentTimeMs();
    const args = input(30 * DAY, startMs);

    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(directiveWorkflow, {
        workflowId: directiveWorkflowId(args.directiveId),
        taskQueue,
        args: [args],
      });
      await env.sleep('2 days');
      expect((await handle.query(directiveStateQuery)).phase).toBe('waiting');

      await expect(
        handle.executeUpdate(cancelDirectiveUpdate, { args: [{ reason: ' ', actor: 'leader' }] }),
      ).rejects.toThrow(WorkflowUpdateFailedError);
      const state = await handle.executeUpdate(cancelDirectiveUpdate, {
        args: [{ reason: 'Văn bản bị thay thế', actor: 'leader' }],
      });
      expect(state.phase).toBe('cancelled');
      await expect(handle.result()).resolves.toEqual({ phase: 'cancelled', overdueTaskIds: [] });
    });

    expect(calls.map((call) => call.name)).toEqual(['recordDirective', 'recordCancelled']);
    expect(calls[1]!.input).toMatchObject({ reason: 'Văn bản bị thay thế', actor: 'leader' });
  });
});
