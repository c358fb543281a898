import {
  ActivityFailure,
  ApplicationFailure,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  sleep,
} from '@temporalio/workflow';
import { localDate, nextLocalTime } from '../libs/domain/src/delivery-time';
import type {
  DeliveryActivities,
  DeliveryOutcome,
  DeliveryWorkflowInput,
  DigestWorkflowInput,
} from '../libs/workflow-contract/src';

/** Record keeping: short, retried until it works. */
const book = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Delivers one notice beyond the inbox: every e-mail and webhook call of it, each when
 * its recipient's quiet hours allow, each retried with exponential backoff and, after
 * the last attempt, dead-lettered. Runs on its own, so a failing channel never blocks
 * or fails the task workflow that made the notice.
 */
export async function deliveryWorkflow(
  input: DeliveryWorkflowInput,
): Promise<Record<string, DeliveryOutcome | 'dead'>> {
  const retry = {
    initialInterval: input.retry.initialIntervalMs,
    maximumInterval: input.retry.maximumIntervalMs,
    backoffCoefficient: 2,
    maximumAttempts: input.retry.maxAttempts,
  };
  // Sending takes milliseconds; the server's round trips for an activity task do not.
  // As local activities the sends run inside the workflow task (a backoff longer than
  // the threshold becomes a durable timer). Runs started before keep regular activities.
  const local = patched('deliveries-as-local-activities');
  const send = local
    ? proxyLocalActivities<DeliveryActivities>({
        startToCloseTimeout: '1 minute',
        localRetryThreshold: '10 seconds',
        retry,
      })
    : proxyActivities<DeliveryActivities>({ startToCloseTimeout: '1 minute', retry });
  const booking = local
    ? proxyLocalActivities<DeliveryActivities>({
        startToCloseTimeout: '30 seconds',
        retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
      })
    : book;
  const outcomes: Record<string, DeliveryOutcome | 'dead'> = {};
  await Promise.all(
    input.deliveries.map(async ({ deliveryId, notBefore }) => {
      const wait = Date.parse(notBefore) - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        outcomes[deliveryId] = await send.sendDelivery({ deliveryId });
      } catch (error) {
        await booking.deadLetter({ deliveryId, error: reason(error) });
        outcomes[deliveryId] = 'dead';
      }
    }),
  );
  return outcomes;
}

function reason(error: unknown): string {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  if (cause instanceof ApplicationFailure || cause instanceof Error) return cause.message;
  return String(cause);
}

/** Every day at the configured local time, the daily digest; one run per day (continue-as-new). */
export async function digestWorkflow(input: DigestWorkflowInput): Promise<never> {
  const next = nextLocalTime(new Date(), input.atMinutes, input.timeZone);
  await sleep(next.getTime() - Date.now());
  await book.sendDigests({ date: localDate(next, input.timeZone) });
  return continueAsNew<typeof digestWorkflow>(input);
}
