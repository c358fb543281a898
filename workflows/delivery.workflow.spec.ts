import { activityInfo } from '@temporalio/activity';
import { afterQuietHours, localDate, nextLocalTime } from '../libs/domain/src/delivery-time';
import { captureHistory, TimeSkippingHarness } from '../test/support/temporal-testing';
import type { DeliveryActivities } from '../libs/workflow-contract/src';
import { deliveryWorkflow, digestWorkflow } from './delivery.workflow';

const TZ = 'Asia/Ho_Chi_Minh';
const MINUTE = 60_000;

interface Call {
  name: keyof DeliveryActivities;
  at: number;
  attempt: number;
  input: Record<string, unknown>;
}

/**
 * Activities that record what the workflows asked for, and when by the server's clock;
 * `failing` deliveries always fail.
 */
function recording(calls: Call[], clock: () => Promise<number>, failing: Set<string> = new Set()): DeliveryActivities {
  const record = async (name: keyof DeliveryActivities, input: Record<string, unknown>) => {
    calls.push({ name, at: await clock(), attempt: activityInfo().attempt, input });
  };
  return {
    async sendDelivery(input) {
      await record('sendDelivery', input);
      if (failing.has(input.deliveryId)) throw new Error('HTTP 503 from hook.example');
      return 'sent';
    },
    async deadLetter(input) {
      await record('deadLetter', input);
    },
    async sendDigests(input) {
      await record('sendDigests', input);
      return { sent: 1 };
    },
  };
}

describe('delivery workflows (time-skipping test server)', () => {
  const env = TimeSkippingHarness.forThisFile();
  const withWorker = (activities: DeliveryActivities, fn: (taskQueue: string) => Promise<void>) =>
    env.withWorker('delivery', activities, fn);

  const clock = () => env.currentTimeMs();
  const retry = { maxAttempts: 4, initialIntervalMs: 1_000, maximumIntervalMs: 60_000 };

  it('quiet hours: the message waits until they end; an escalation for the same person goes at once', async () => {
    const calls: Call[] = [];
    await withWorker(recording(calls, clock), async (taskQueue) => {
      const now = new Date(await env.currentTimeMs());
      // Quiet from an hour ago to seven hours from now, local time, as a user would set it.
      const local = (offset: number) => {
        const at = new Date(now.getTime() + offset);
        const [h, m] = new Intl.DateTimeFormat('en-GB', {
          timeZone: TZ,
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        })
          .format(at)
          .split(':')
          .map(Number);
        return h! * 60 + m!;
      };
      const quiet = { startMinutes: local(-60 * MINUTE), endMinutes: local(7 * 60 * MINUTE) };
      const notBefore = afterQuietHours(now, quiet, TZ);
      expect(notBefore.getTime() - now.getTime()).toBeGreaterThan(6.9 * 60 * MINUTE);
      const handle = await env.client.workflow.start(deliveryWorkflow, {
        workflowId: `deliver:quiet-${Date.now()}`,
        taskQueue,
        args: [
          {
            noticeId: 'n-1',
            deliveries: [
              { deliveryId: 'reminder-email', notBefore: notBefore.toISOString() },
              { deliveryId: 'escalation-email', notBefore: now.toISOString() },
            ],
            retry,
          },
        ],
      });
      expect(await handle.result()).toEqual({ 'reminder-email': 'sent', 'escalation-email': 'sent' });
      await captureHistory(handle);
      const sent = Object.fromEntries(calls.map((c) => [c.input.deliveryId, c.at]));
      expect(Math.abs(sent['escalation-email']! - now.getTime())).toBeLessThan(5_000);
      expect(sent['reminder-email']).toBeGreaterThanOrEqual(notBefore.getTime());
      expect(sent['reminder-email']! - notBefore.getTime()).toBeLessThan(5_000);
    });
  });

  it('retries a failing delivery with exponential backoff, then dead-letters it without touching the others', async () => {
    const calls: Call[] = [];
    await withWorker(recording(calls, clock, new Set(['hook-down'])), async (taskQueue) => {
      const now = new Date(await env.currentTimeMs()).toISOString();
      const handle = await env.client.workflow.start(deliveryWorkflow, {
        workflowId: `deliver:dead-${Date.now()}`,
        taskQueue,
        args: [
          {
            noticeId: 'n-2',
            deliveries: [
              { deliveryId: 'hook-down', notBefore: now },
              { deliveryId: 'email-ok', notBefore: now },
            ],
            retry,
          },
        ],
      });
      expect(await handle.result()).toEqual({ 'hook-down': 'dead', 'email-ok': 'sent' });
      await captureHistory(handle);
    });
    const attempts = calls.filter((c) => c.name === 'sendDelivery' && c.input.deliveryId === 'hook-down');
    expect(attempts.map((c) => c.attempt)).toEqual([1, 2, 3, 4]);
    // 1 s, 2 s, 4 s apart: the backoff doubles.
    const gaps = attempts.slice(1).map((c, i) => Math.round((c.at - attempts[i]!.at) / 1000));
    expect(gaps).toEqual([1, 2, 4]);
    const dead = calls.filter((c) => c.name === 'deadLetter');
    expect(dead).toHaveLength(1);
    expect(dead[0]!.input).toMatchObject({ deliveryId: 'hook-down', error: 'HTTP 503 from hook.example' });
  });

  it('sends the digest at 07:30 local every day, one run per day', async () => {
    const calls: Call[] = [];
    await withWorker(recording(calls, clock), async (taskQueue) => {
      const start = new Date(await env.currentTimeMs());
      const first = nextLocalTime(start, 7 * 60 + 30, TZ);
      const second = nextLocalTime(first, 7 * 60 + 30, TZ);
      const handle = await env.client.workflow.start(digestWorkflow, {
        workflowId: `digest-${Date.now()}`,
        taskQueue,
        args: [{ timeZone: TZ, atMinutes: 7 * 60 + 30 }],
      });
      await env.sleep(second.getTime() + MINUTE - (await env.currentTimeMs()));
      for (let i = 0; i < 100 && calls.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      await handle.terminate('test over');
      const digests = calls.filter((c) => c.name === 'sendDigests');
      expect(digests.map((c) => c.input.date)).toEqual([localDate(first, TZ), localDate(second, TZ)]);
      digests.forEach((c, i) => expect(Math.abs(c.at - [first, second][i]!.getTime())).toBeLessThan(5_000));
    });
  });
});
