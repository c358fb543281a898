import { proxyActivities } from '@temporalio/workflow';
import type { ReconcileResult, ReconcilerActivities } from '../libs/workflow-contract/src';

const activities = proxyActivities<ReconcilerActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute', maximumAttempts: 3 },
});

/**
 * One pass of the reconciler (decision 65), started every minute by a Temporal Schedule:
 * finds tasks and cohorts whose driver is missing and repairs them (the activity does the
 * work; a pass that fails is the next minute's to retry).
 */
export async function reconcilerWorkflow(input: { graceMs?: number } = {}): Promise<ReconcileResult> {
  return activities.reconcile({ graceMs: input.graceMs ?? 120_000 });
}
