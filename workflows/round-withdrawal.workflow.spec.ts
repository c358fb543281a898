import { activityInfo } from '@temporalio/activity';
import { Client, type WorkflowHandle } from '@temporalio/client';
import { BusinessCalendar } from '../libs/domain/src/calendar/business-calendar';
import type { ReportingRoundEntity, RoundWithdrawal } from '../libs/persistence/src';
import { FanOutActivitiesImpl } from '../apps/worker/src/activities/fan-out.activities';
import { RoundActivitiesImpl } from '../apps/worker/src/activities/round.activities';
import { expectNotices } from '../test/support/task-timeline';
import { TimeSkippingHarness } from '../test/support/temporal-testing';
import {
  acknowledgeTaskUpdate,
  amendRoundWorkflowId,
  submitReportUpdate,
  taskStateQuery,
  withdrawRoundWorkflowId,
  type NoticeInput,
  type RecordTaskEventInput,
  type TaskActivities,
  type TaskWorkflowInput,
} from '../libs/workflow-contract/src';
import { amendRoundWorkflow, withdrawRoundWorkflow } from './round.workflow';
import { taskWorkflow } from './task.workflow';

/**
 * Ending a round early, on the time-skipping test server, as timelines from the round's
 * opening: the real task workflows (one per recipient, second-scale policies), the
 * real withdrawal and amendment workflows with the worker's round activities and its
 * task teller (Temporal updates to the task workflows); only the rows under them are
 * an in-memory stand-in, kept as the task workflows record their events.
 */
const S = 1000;
const ROUND = 'round-1';

// Every day a working day and every hour a working hour, so seconds-long policies run as written.
const weekends = () => {
  const days: string[] = [];
  const year = new Date().getUTCFullYear();
  for (let d = new Date(Date.UTC(year - 1, 0, 1)); d.getUTCFullYear() <= year + 1; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
};
const CALENDAR = {
  ...new BusinessCalendar({
    timeZone: 'UTC',
    daysOff: [],
    workingWeekends: [],
    workingHours: { startMinutes: 0, endMinutes: 24 * 60 },
  }).toData(),
  workingWeekends: weekends(),
};

interface Sent extends NoticeInput {
  at: number;
}

/** One recipient's task in the stand-in round: its level, depth, and whether its workflow has closed it. */
interface RoundTask {
  taskId: string;
  unitId: string;
  level: string;
  depth: number;
  open: boolean;
  reported: boolean;
}

describe('ending a round early (time-skipping test server)', () => {
  const env = TimeSkippingHarness.forThisFile();

  /** A round with these recipients' tasks, the worker's activities over it, and what they sent. */
  async function round(recipients: { unitId: string; level: string; dueIn: number }[], test: Timeline) {
    const notices: Sent[] = [];
    const events: RecordTaskEventInput[] = [];
    const tasks: RoundTask[] = recipients.map((r) => ({
      taskId: `${ROUND}:${r.unitId}:${Math.random().toString(36).slice(2)}`,
      unitId: r.unitId,
      level: r.level,
      depth: 0,
      open: true,
      reported: false,
    }));
    const stored = { withdrawn: false, deadlines: new Map<string, string>() };
    // A plain client: the test server's own one lets time run free while it waits for a result.
    const client = new Client({ connection: env.environment.connection, namespace: 'default' });
    const temporal = { client, taskQueue: '' };
    const taskActivities: TaskActivities = {
      async notify(input) {
        const info = activityInfo();
        notices.push({
          ...input,
          at: info.isLocal ? await env.currentTimeMs() : info.currentAttemptScheduledTimestampMs,
        });
        return { delivered: 1 };
      },
      async escalationChain({ fromUnitId }) {
        return [fromUnitId, 'issuer'];
      },
      async recordTaskEvent(input) {
        events.push(input);
        const task = tasks.find((t) => t.taskId === input.taskId)!;
        if (input.event.type === 'cancelled') task.open = false;
        if (input.event.type === 'report') task.reported = true;
      },
      async recordDelegation() {},
      async confirmTakeOver() {},
    };
    const changes = {
      async withdraw(): Promise<RoundWithdrawal> {
        const reportsKept = tasks.filter((t) => t.reported).length;
        if (stored.withdrawn) return { withdrawn: false, maxDepth: 0, reportsKept };
        stored.withdrawn = true;
        return { withdrawn: true, maxDepth: 0, reportsKept };
      },
      async openTasks(_roundId: string, where: { depth: number } | { level: string }) {
        return tasks
          .filter((t) => t.open && ('depth' in where ? t.depth === where.depth : t.level === where.level))
          .map((t) => t.taskId);
      },
      async amendDeadlines(_roundId: string, deadlines: { level: string; deadline: string }[]) {
        if (stored.withdrawn) return false;
        for (const d of deadlines) stored.deadlines.set(d.level, d.deadline);
        return true;
      },
    };
    const rounds = { find: async () => ({ id: ROUND, cycleId: 'cycle-1', periodKey: 'S1' }) as ReportingRoundEntity };
    // Round tasks have workflows of their own (no cohort): the hand-over finds nothing to take.
    const noCohort = { takeOver: async () => null };
    const teller = new FanOutActivitiesImpl(
      {} as never,
      {} as never,
      noCohort as never,
      temporal as never,
      {} as never,
    );
    const roundActivities = new RoundActivitiesImpl(
      {} as never,
      rounds as never,
      {} as never,
      temporal as never,
      {} as never,
      {} as never,
      changes as never,
      teller,
    ).asActivities();

    await env.withWorker('round-end', { ...taskActivities, ...roundActivities }, async (taskQueue) => {
      temporal.taskQueue = taskQueue;
      const start = await env.currentTimeMs();
      // The round's opening, as its fan-out does: one task workflow per recipient.
      const handles = await Promise.all(
        tasks.map((task, i) => {
          const deadline = new Date(start + recipients[i]!.dueIn * S).toISOString();
          const input: TaskWorkflowInput = {
            taskId: task.taskId,
            directiveId: ROUND,
            leadUnitId: task.unitId,
            coordinatingUnitIds: [],
            issuingUnitId: 'issuer',
            deadline,
            ackDeadline: deadline,
            reminderPolicy: { before: [{ duration: 'PT10S' }, { duration: 'PT5S' }], onDeadlineDayAt: null },
            escalationPolicy: { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT10S' } },
            reviewPeriod: { duration: 'PT30S' },
            revisionPeriod: { duration: 'PT30S' },
            calendar: CALENDAR,
          };
          return client.workflow.start(taskWorkflow, { workflowId: `task:${task.taskId}`, taskQueue, args: [input] });
        }),
      );
      const byUnit = (unitId: string) => handles[tasks.findIndex((t) => t.unitId === unitId)]!;
      await test({
        client,
        taskQueue,
        byUnit,
        skipTo: async (second) => env.sleep(start + second * S - (await env.currentTimeMs())),
        seen: async (count) => {
          for (let i = 0; i < 300 && notices.length < count; i++) await new Promise((r) => setTimeout(r, 50));
          expect(notices.length).toBeGreaterThanOrEqual(count);
        },
      });
      const at = (n: Sent) => Math.round((n.at - start) / S);
      summary.push(...notices.map((n) => `${at(n)}s ${n.kind}→${n.targetUnitId}${n.note ? ` (${n.note})` : ''}`));
    });
    return { events, stored, tasks };
  }
  let summary: string[] = [];
  beforeEach(() => {
    summary = [];
  });

  type Timeline = (world: {
    client: Client;
    taskQueue: string;
    byUnit(unitId: string): WorkflowHandle<typeof taskWorkflow>;
    /** Lets server time pass up to this second after the round opened. */
    skipTo(second: number): Promise<void>;
    /** Waits (in real time) until the worker has sent this many notices. */
    seen(count: number): Promise<void>;
  }) => Promise<void>;

  const reason = 'Lồng ghép vào báo cáo sơ kết 6 tháng';
  const officer = (unitId: string) => ({ actor: `officer.${unitId}`, actorUnitId: unitId });

  it('withdraws a round: open tasks cancelled with the reason, no reminder after, the report in kept', async () => {
    const { events, stored } = await round(
      ['commune-a', 'commune-b', 'commune-c'].map((unitId) => ({ unitId, level: 'xã', dueIn: 20 })),
      async ({ client, taskQueue, byUnit, skipTo, seen }) => {
        // Commune A reports at 3 s; B and C have not when the reminders go out at 10 s.
        await byUnit('commune-a').executeUpdate(acknowledgeTaskUpdate, { args: [officer('commune-a')] });
        await skipTo(3);
        await byUnit('commune-a').executeUpdate(submitReportUpdate, {
          args: [{ ...officer('commune-a'), text: 'Báo cáo quý', indicatorValues: [], attachments: [] }],
        });
        await skipTo(10);
        await seen(3 + 1 + 2);
        // At 12 s the issuer withdraws the round.
        await skipTo(12);
        const result = await client.workflow.execute(withdrawRoundWorkflow, {
          workflowId: withdrawRoundWorkflowId(ROUND),
          taskQueue,
          args: [{ roundId: ROUND, reason, actor: 'thuongtruc.tu' }],
        });
        expect(result).toEqual({ roundId: ROUND, withdrawn: true, cancelled: 3, reportsKept: 1 });
        // Past the deadline and the whole escalation ladder: nothing more is sent.
        await skipTo(90);
        for (const unitId of ['commune-a', 'commune-b', 'commune-c']) {
          expect((await byUnit(unitId).query(taskStateQuery)).phase).toBe('cancelled');
        }
        // A second withdrawal finds it withdrawn and cancels nothing.
        const again = await client.workflow.execute(withdrawRoundWorkflow, {
          workflowId: `${withdrawRoundWorkflowId(ROUND)}:again`,
          taskQueue,
          args: [{ roundId: ROUND, reason, actor: 'thuongtruc.tu' }],
        });
        expect(again).toMatchObject({ withdrawn: false, cancelled: 0 });
      },
    );
    expectNotices(summary, [
      '0s task_assigned→commune-a',
      '0s task_assigned→commune-b',
      '0s task_assigned→commune-c',
      '3s report_submitted→issuer',
      '10s reminder→commune-b',
      '10s reminder→commune-c',
      `~12s cancelled→commune-a (${reason})`,
      `~12s cancelled→commune-b (${reason})`,
      `~12s cancelled→commune-c (${reason})`,
    ]);
    expect(stored.withdrawn).toBe(true);
    const cancelled = events.filter((e) => e.event.type === 'cancelled');
    expect(cancelled.map((e) => [e.actor, (e.event as { reason: string }).reason])).toEqual(
      Array(3).fill(['thuongtruc.tu', reason]),
    );
  });

  it('amends a level’s deadline: its reminders come at the new time, the other level’s stay', async () => {
    const { stored } = await round(
      [
        { unitId: 'commune-a', level: 'xã', dueIn: 20 },
        { unitId: 'party-committee', level: 'tổng hợp', dueIn: 60 },
      ],
      async ({ client, taskQueue, byUnit, skipTo, seen }) => {
        await byUnit('commune-a').executeUpdate(acknowledgeTaskUpdate, { args: [officer('commune-a')] });
        await byUnit('party-committee').executeUpdate(acknowledgeTaskUpdate, { args: [officer('party-committee')] });
        await seen(2);
        // At 5 s the communes' deadline moves from 20 s to 40 s.
        await skipTo(5);
        const newDeadline = new Date((await env.currentTimeMs()) + 35 * S).toISOString();
        const result = await client.workflow.execute(amendRoundWorkflow, {
          workflowId: amendRoundWorkflowId(ROUND, 'a1'),
          taskQueue,
          args: [
            {
              roundId: ROUND,
              amendId: 'a1',
              deadlines: [{ level: 'xã', deadline: newDeadline }],
              actor: 'thuongtruc.tu',
            },
          ],
        });
        expect(result).toEqual({ roundId: ROUND, amended: true, retimed: 1 });
        expect((await byUnit('commune-a').query(taskStateQuery)).deadline).toBe(newDeadline);
        // Each instant in turn, so that each notice is sent at its own time.
        for (const [second, count] of [
          [30, 3],
          [35, 4],
          [40, 5],
          [45, 6],
          [50, 7],
        ] as const) {
          await skipTo(second);
          await seen(count);
        }
      },
    );
    expectNotices(summary, [
      '0s task_assigned→commune-a',
      '0s task_assigned→party-committee',
      '30s reminder→commune-a',
      '35s reminder→commune-a',
      // Past its new deadline the commune is told it is overdue, then escalated; the
      // consolidating level is reminded at its own, unchanged, time.
      '40s overdue→commune-a',
      '45s escalation→issuer',
      '50s reminder→party-committee',
    ]);
    expect([...stored.deadlines.keys()]).toEqual(['xã']);
  });
});
