import type { WorkflowHandle } from '@temporalio/client';
import {
  applyReorganisationNowSignal,
  cancelReorganisationSignal,
  reorganisationStateQuery,
  type AmendCycleDefinitionsInput,
  type HandOverTasksInput,
  type ReorganisationActivities,
  type ReorganisationBegun,
  type ReorganisationProgress,
  type SettleRoundObligationsInput,
} from '../libs/workflow-contract/src';
import { captureHistory, TimeSkippingHarness } from '../test/support/temporal-testing';
import { reorganisationWorkflow } from './reorganisation.workflow';

const HOUR = 3_600_000;

/** Polls the query without awaiting the result (which would let the server skip to the timer). */
async function eventuallyPhase(handle: WorkflowHandle, phase: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await handle.query(reorganisationStateQuery)).phase === phase) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`phase ${phase} not reached`);
}

/**
 * A stored plan's timeline on the time-skipping test server (docs/decisions/0078): the
 * workflow waits for the effective instant on a durable timer, applies, then hands over
 * page by page; a cancellation before the instant ends it without applying; a plan the
 * tree no longer allows is refused. The activities are stand-ins recording their calls.
 */
describe('reorganisationWorkflow (time-skipping test server)', () => {
  const env = TimeSkippingHarness.forThisFile();

  function standIns(begun: ReorganisationBegun) {
    const calls: string[] = [];
    const tasks: HandOverTasksInput[] = [];
    const settled: SettleRoundObligationsInput[] = [];
    let finished: ReorganisationProgress | null = null;
    const activities: ReorganisationActivities & Record<string, unknown> = {
      beginReorganisation: async ({ planId }) => {
        calls.push(`begin:${planId}`);
        return begun;
      },
      finishReorganisation: async ({ progress }) => {
        calls.push('finish');
        finished = progress;
      },
      // Two pages of tasks for the first unit (a cursor), one for the others; each pass the same.
      handOverTasks: async (input: HandOverTasksInput) => {
        calls.push(`tasks:${input.unitId}:${input.after ?? 'start'}`);
        tasks.push(input);
        const twoPages = input.unitId === 'A' && input.after === null;
        return { handedOver: twoPages ? 200 : 3, skipped: 0, next: twoPages ? 'task-200' : null };
      },
      handOverExplanations: async (input: HandOverTasksInput) => {
        calls.push(`explanations:${input.unitId}`);
        return { handedOver: input.unitId === 'A' ? 1 : 0, skipped: 0, next: null };
      },
      settleRoundObligations: async (input: SettleRoundObligationsInput) => {
        calls.push(`settle:${input.eventId}`);
        settled.push(input);
        return { rounds: 1, merged: 1, satisfied: 1, kept: 1, moves: 0, given: 1, skipped: 0 };
      },
      amendCycleDefinitions: async (input: AmendCycleDefinitionsInput) => {
        calls.push(`cycles:${input.moves.map((m) => `${m.fromUnitId}>${m.toUnitId}`).join(',')}`);
        return { amended: 1, cycleIds: ['cycle-1'] };
      },
    };
    return { activities, calls, tasks, settled, finished: () => finished };
  }

  const applying: ReorganisationBegun = {
    status: 'applying',
    units: 5,
    users: 3,
    webhooks: 1,
    moves: [
      { unitId: 'A', successorId: 'S', taskSuccessors: {} },
      { unitId: 'B', successorId: 'P1', taskSuccessors: { 'task-9': 'P2' } },
    ],
  };

  it('waits for the effective instant, then applies and hands every ended unit’s tasks and explanations over', async () => {
    const world = standIns(applying);
    await env.withWorker('reorg', world.activities, async (taskQueue) => {
      const t0 = await env.currentTimeMs();
      const handle = await env.client.workflow.start(reorganisationWorkflow, {
        workflowId: `reorganisation:plan-1:${taskQueue}`,
        taskQueue,
        args: [{ planId: 'plan-1', effectiveAt: new Date(t0 + 24 * HOUR).toISOString(), actor: 'admin' }],
      });
      await env.sleep(23 * HOUR);
      expect(await handle.query(reorganisationStateQuery)).toMatchObject({ phase: 'waiting', tasksHandedOver: 0 });
      expect(world.calls).toEqual([]);
      const state = await handle.result();
      expect((await env.currentTimeMs()) - t0).toBeGreaterThanOrEqual(24 * HOUR);
      expect(state).toEqual({
        phase: 'applied',
        units: 5,
        users: 3,
        webhooks: 1,
        tasksHandedOver: 2 * (200 + 3) + 2 * 3,
        tasksSkipped: 0,
        explanationsHandedOver: 1,
        obligationsClosed: 2,
        cyclesAmended: 1,
      });
      // The ended units are handed over several at once: each unit's calls in its order, the steps in theirs.
      const ofUnit = (unit: string) => world.calls.filter((call) => call.split(':')[1] === unit);
      const step = (call: string) => call.split(':')[0];
      expect(world.calls.map(step).filter((s, i, all) => s !== all[i - 1])).toEqual([
        'begin',
        // The merge rule on the rounds before any task moves: merged and satisfied obligations are closed, not handed over.
        'settle',
        'tasks',
        // The cycles' later rounds name the successors once the tasks have moved.
        'cycles',
        'explanations',
        'finish',
      ]);
      // Two passes over each ended unit's open tasks (a sub-task delegated meanwhile), as decision 42 does.
      expect(ofUnit('A')).toEqual([
        'tasks:A:start',
        'tasks:A:task-200',
        'tasks:A:start',
        'tasks:A:task-200',
        'explanations:A',
      ]);
      expect(ofUnit('B')).toEqual(['tasks:B:start', 'tasks:B:start', 'explanations:B']);
      expect(world.calls).toContain('cycles:A>S,B>P1');
      const { phase: _phase, ...progress } = state;
      expect(world.finished()).toEqual(progress);
      // The rounds' step reads the split's chosen part per task, like the hand-over.
      expect(world.settled[0]).toMatchObject({
        moves: [
          { fromUnitId: 'A', toUnitId: 'S' },
          { fromUnitId: 'B', toUnitId: 'P1' },
        ],
        taskMoves: [{ taskId: 'task-9', fromUnitId: 'B', toUnitId: 'P2' }],
      });
      // The split's task goes to its chosen part; every update keyed by the plan, the task and the unit.
      expect(world.tasks.find((t) => t.unitId === 'B')).toMatchObject({
        successorId: 'P1',
        taskSuccessors: { 'task-9': 'P2' },
        eventId: 'reorg:plan-1:B',
        updateIdPrefix: 'reorg:plan-1',
      });
      await captureHistory(handle);
    });
  });

  it('ends without applying when cancelled before its instant', async () => {
    const world = standIns(applying);
    await env.withWorker('reorg', world.activities, async (taskQueue) => {
      const t0 = await env.currentTimeMs();
      const handle = await env.client.workflow.start(reorganisationWorkflow, {
        workflowId: `reorganisation:plan-2:${taskQueue}`,
        taskQueue,
        args: [{ planId: 'plan-2', effectiveAt: new Date(t0 + 7 * 24 * HOUR).toISOString(), actor: 'admin' }],
      });
      await env.sleep(2 * 24 * HOUR);
      await handle.signal(cancelReorganisationSignal);
      // The server may skip to the timer while the signal's task is pending: whichever comes
      // first in the activation, the cancellation wins and nothing is applied.
      expect((await handle.result()).phase).toBe('cancelled');
      expect(world.calls).toEqual([]);
    });
  });

  it('applies before its date when brought forward (POST …/apply)', async () => {
    const world = standIns(applying);
    await env.withWorker('reorg', world.activities, async (taskQueue) => {
      const t0 = await env.currentTimeMs();
      const handle = await env.client.workflow.start(reorganisationWorkflow, {
        workflowId: `reorganisation:plan-4:${taskQueue}`,
        taskQueue,
        args: [{ planId: 'plan-4', effectiveAt: new Date(t0 + 30 * 24 * HOUR).toISOString(), actor: 'admin' }],
      });
      await env.sleep(HOUR);
      await handle.signal(applyReorganisationNowSignal);
      await eventuallyPhase(handle, 'applied');
      expect((await env.currentTimeMs()) - t0).toBeLessThan(30 * 24 * HOUR);
      expect(world.calls[0]).toBe('begin:plan-4');
    });
  });

  it('ends without handing anything over when the row says cancelled or refused at the instant', async () => {
    for (const status of ['cancelled', 'refused'] as const) {
      const world = standIns({ status });
      await env.withWorker('reorg', world.activities, async (taskQueue) => {
        const t0 = await env.currentTimeMs();
        const handle = await env.client.workflow.start(reorganisationWorkflow, {
          workflowId: `reorganisation:plan-3-${status}:${taskQueue}`,
          taskQueue,
          args: [{ planId: 'plan-3', effectiveAt: new Date(t0 + HOUR).toISOString(), actor: 'admin' }],
        });
        expect((await handle.result()).phase).toBe(status);
        expect(world.calls).toEqual(['begin:plan-3']);
      });
    }
  });
});
