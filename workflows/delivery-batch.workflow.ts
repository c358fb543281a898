import { continueAsNew, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type {
  DeliveryBatchActivities,
  DeliveryBatchInput,
  DeliveryBatchPass,
  DeliveryBatchResult,
} from '../libs/workflow-contract/src';

/**
 * A pass sends at most a few hundred deliveries and waits for webhook slots at most a
 * few tens of seconds; heartbeats let a pass on a worker that died be retried at once.
 * Transient failures (the database away) are retried until they pass: a delivery's own
 * failures never fail the pass, they are counted on its row (retry, then dead letter).
 */
const passes = proxyActivities<DeliveryBatchActivities>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Passes before a fresh run (continue-as-new) keeps the history short. */
const PASSES_PER_RUN = 200;

/**
 * Sends the deliveries of one batch (docs/decisions/0060-batched-deliveries.md): a pass
 * over what is due, then a durable sleep until the next due row (quiet hours, a retry's
 * backoff, a webhook server's next slot), until nothing is left. The rows are the
 * state; the workflow only paces the passes, so its history stays small whatever the
 * batch's size.
 */
export async function deliveryBatchWorkflow(input: DeliveryBatchInput): Promise<DeliveryBatchResult> {
  const total: DeliveryBatchResult = input.carried ?? { passes: 0, sent: 0, failed: 0, dead: 0, skipped: 0 };
  for (let run = 0; ; run++) {
    const pass = await passes.sendDeliveryBatch({ batchId: input.batchId, retry: input.retry });
    add(total, pass);
    if (pass.nextAt === null) return total;
    const wait = Date.parse(pass.nextAt) - Date.now();
    if (wait > 0) await sleep(wait);
    if (run + 1 >= PASSES_PER_RUN || workflowInfo().continueAsNewSuggested) {
      return continueAsNew<typeof deliveryBatchWorkflow>({ ...input, carried: total });
    }
  }
}

function add(total: DeliveryBatchResult, pass: DeliveryBatchPass): void {
  total.passes += 1;
  total.sent += pass.sent;
  total.failed += pass.failed;
  total.dead += pass.dead;
  total.skipped += pass.skipped;
}
