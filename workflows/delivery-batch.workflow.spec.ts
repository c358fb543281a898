import { activityInfo } from '@temporalio/activity';
import { captureHistory, TimeSkippingHarness } from '../test/support/temporal-testing';
import type { DeliveryBatchActivities, DeliveryBatchPass } from '../libs/workflow-contract/src';
import { deliveryBatchWorkflow } from './delivery-batch.workflow';

const HOUR = 3_600_000;

interface Pass {
  at: number;
  attempt: number;
  batchId: string;
}

/**
 * A batch as its rows would answer: each pass sends what is due by the server's clock
 * and says when the next row is due. `due` holds the instants of the rows still to send;
 * `transient` passes fail first (the database away), to be retried.
 */
function batchOf(
  passes: Pass[],
  clock: () => Promise<number>,
  due: number[],
  options: { transient?: number; failing?: number } = {},
): DeliveryBatchActivities {
  let transient = options.transient ?? 0;
  return {
    async sendDeliveryBatch({ batchId }) {
      const now = await clock();
      passes.push({ at: now, attempt: activityInfo().attempt, batchId });
      if (transient-- > 0) throw new Error('connection terminated unexpectedly');
      const sent = due.filter((at) => at <= now + 1_000).length;
      due.splice(0, due.length, ...due.filter((at) => at > now + 1_000));
      const pass: DeliveryBatchPass = {
        sent,
        failed: 0,
        dead: 0,
        skipped: 0,
        nextAt: due.length ? new Date(Math.min(...due)).toISOString() : null,
      };
      return pass;
    },
  };
}

describe('deliveryBatchWorkflow (time-skipping test server)', () => {
  const env = TimeSkippingHarness.forThisFile();
  const clock = () => env.currentTimeMs();
  const retry = { maxAttempts: 4, initialIntervalMs: 1_000, maximumIntervalMs: 60_000 };

  it('sends what is due at once, sleeps until the next due row (quiet hours), and ends when none is left', async () => {
    const passes: Pass[] = [];
    const now = await env.currentTimeMs();
    const due = [now, now, now, now + 7 * HOUR, now + 7 * HOUR + 5 * 60_000];
    await env.withWorker('batch', batchOf(passes, clock, due), async (taskQueue) => {
      const handle = await env.client.workflow.start(deliveryBatchWorkflow, {
        workflowId: `deliver-batch:quiet-${Date.now()}`,
        taskQueue,
        args: [{ batchId: 'h:abc:0', retry }],
      });
      expect(await handle.result()).toEqual({ passes: 3, sent: 5, failed: 0, dead: 0, skipped: 0 });
      await captureHistory(handle);
    });
    expect(passes.map((p) => p.batchId)).toEqual(['h:abc:0', 'h:abc:0', 'h:abc:0']);
    // The second pass waits for the end of the quiet hours, not a moment less; the third for its own row.
    expect(passes[1]!.at).toBeGreaterThanOrEqual(now + 7 * HOUR);
    expect(passes[1]!.at - (now + 7 * HOUR)).toBeLessThan(5_000);
    expect(passes[2]!.at).toBeGreaterThanOrEqual(now + 7 * HOUR + 5 * 60_000);
  });

  it('retries a pass that failed for a transient reason and goes on with the batch', async () => {
    const passes: Pass[] = [];
    const now = await env.currentTimeMs();
    await env.withWorker('batch', batchOf(passes, clock, [now, now], { transient: 2 }), async (taskQueue) => {
      const result = await env.client.workflow.execute(deliveryBatchWorkflow, {
        workflowId: `deliver-batch:transient-${Date.now()}`,
        taskQueue,
        args: [{ batchId: 'h:def:1', retry }],
      });
      expect(result).toMatchObject({ passes: 1, sent: 2 });
    });
    expect(passes.map((p) => p.attempt)).toEqual([1, 2, 3]);
  });

  it('starts a fresh run after many passes, carrying what the batch did', async () => {
    const passes: Pass[] = [];
    const now = await env.currentTimeMs();
    // A row every 2 s for 410 s: 205 passes, more than one run holds.
    const due = Array.from({ length: 205 }, (_, i) => now + i * 2_000);
    await env.withWorker('batch', batchOf(passes, clock, due), async (taskQueue) => {
      const handle = await env.client.workflow.start(deliveryBatchWorkflow, {
        workflowId: `deliver-batch:long-${Date.now()}`,
        taskQueue,
        args: [{ batchId: 'h:long:0', retry }],
      });
      const result = await handle.result();
      expect(result.sent).toBe(205);
      expect(result.passes).toBeGreaterThan(200);
      const { runId } = await handle.describe();
      expect(runId).not.toBe(handle.firstExecutionRunId);
    });
  }, 120_000);
});
