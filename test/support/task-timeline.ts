import { activityInfo } from '@temporalio/activity';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { BusinessCalendar } from '../../libs/domain/src/calendar/business-calendar';
import {
  cancelTaskUpdate,
  type DirectiveActivities,
  type NoticeInput,
  type RecordTaskEventInput,
  type TaskActivities,
  type TaskInput,
  type TaskWorkflowInput,
} from '../../libs/workflow-contract/src';
import { taskWorkflow } from '../../workflows/task.workflow';
import { captureHistory, TimeSkippingHarness } from './temporal-testing';

/**
 * The fixtures of the task workflow's timeline tests (workflows/task-*.workflow.spec.ts):
 * a task with second-scale policies, activities that record every notice and event, and
 * timelines of "Ns what" lines to compare them with.
 */

export const S = 1000;

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

export interface Sent extends NoticeInput {
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
  // A unit's successor after a deactivation, with parents of its own.
  successor: 'successor-parent',
  'successor-parent': 'issuer',
};

export interface Cascade {
  client: Client;
  taskQueue: string;
  /** Every task workflow's input by task id (the parent's registered by the test). */
  inputs: Map<string, TaskWorkflowInput>;
  delegated: Map<string, { parentTaskId: string; task: TaskInput }>;
  /** The test server's clock (local activities carry the worker's real clock, not the skipped one). */
  clock: () => Promise<number>;
}

/** The lead unit's officer, who acknowledges and reports. */
export const actor = { actor: 'officer', actorUnitId: 'lead' };

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
    async confirmTakeOver() {},
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
export function expectTimeline(actual: string[], expected: string[]) {
  const parse = (line: string) => {
    const [, at, what] = /^(\d+)s (.*)$/.exec(line)!;
    return { at: Number(at), what: what! };
  };
  expect(actual.map((line) => parse(line).what)).toEqual(expected.map((line) => parse(line).what));
  actual.forEach((line, i) => expect(Math.abs(parse(line).at - parse(expected[i]!).at)).toBeLessThanOrEqual(2));
}

/**
 * Like expectTimeline, for notices of several workflows at once: the same notices, each
 * within two seconds of its time. A time written "~Ns" belongs to the test's own action,
 * which real time on a busy machine can delay: only its presence is checked.
 */
export function expectNotices(actual: string[], expected: string[]) {
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

/** What a timeline test does with its running task: its handle, start time and input. */
export type TaskTimeline = (
  handle: WorkflowHandle<typeof taskWorkflow>,
  start: number,
  input: TaskWorkflowInput,
  /** Waits (in real time) until the worker has sent these notices, e.g. 'reminder,reminder'. */
  seen: (kinds: string) => Promise<void>,
) => Promise<void>;

/** The task's input with the test's second-scale policies, deadline 20 s and acknowledgement 8 s away. */
function taskInput(start: number, overrides: Partial<TaskWorkflowInput>): TaskWorkflowInput {
  return {
    taskId: `t-${Math.random().toString(36).slice(2)}`,
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
    ...overrides,
  };
}

/**
 * The task workflow's tests for one file: one time-skipping server and bundle, and `run`,
 * which starts a task, plays the test's timeline against it, captures its history (under
 * the test's name: keep test names stable, test/replay maps histories by them) and
 * returns what was sent, as "Ns kind@level→unit" lines from the task's start.
 */
export function taskWorkflowTimeline() {
  const env = TimeSkippingHarness.forThisFile();

  async function run(
    test: TaskTimeline,
    overrides: Partial<TaskWorkflowInput> | ((start: number) => Partial<TaskWorkflowInput>) = {},
  ) {
    const notices: Sent[] = [];
    const events: RecordTaskEventInput[] = [];
    const cascade: Cascade = {
      client: env.client,
      taskQueue: '',
      inputs: new Map(),
      delegated: new Map(),
      clock: () => env.currentTimeMs(),
    };
    let start = 0;
    await env.withWorker('task', fakes(notices, events, cascade), async (taskQueue) => {
      cascade.taskQueue = taskQueue;
      start = await env.currentTimeMs();
      const input = taskInput(start, typeof overrides === 'function' ? overrides(start) : overrides);
      cascade.inputs.set(input.taskId, input);
      const handle = await env.client.workflow.start(taskWorkflow, {
        workflowId: `task:${input.taskId}`,
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

  return { env, run };
}
