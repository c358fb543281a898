import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import {
  DELIVERY_BATCH_WORKFLOW,
  DELIVERY_WORKFLOW,
  deliveryBatchWorkflowId,
  type DeliveryBatchInput,
  type DeliveryBatchWorkflow,
  type DeliveryWorkflow,
  type DeliveryWorkflowInput,
} from '@dondoc/workflow-contract';

/**
 * Starts the delivery of a notice (or a re-drive) under a workflow id of its own; a
 * second start with the same id (a retried activity) joins the first.
 */
export async function startDelivery(
  client: Client,
  taskQueue: string,
  workflowId: string,
  input: DeliveryWorkflowInput,
): Promise<void> {
  try {
    await client.workflow.start<DeliveryWorkflow>(DELIVERY_WORKFLOW, {
      workflowId,
      taskQueue,
      args: [input],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    });
  } catch (error) {
    // Already ran to the end under this id: it has delivered (or dead-lettered) already.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

/** The retry policy of deliveries, from configuration. */
export function deliveryRetry(config: { maxAttempts: number; retryInitialMs: number; retryMaxMs: number }) {
  return {
    maxAttempts: config.maxAttempts,
    initialIntervalMs: config.retryInitialMs,
    maximumIntervalMs: config.retryMaxMs,
  };
}

/**
 * Starts a batch of deliveries under its business-keyed id; a second start (a retried
 * planning call) joins the running one, and one that ran to its end has sent its rows.
 */
export async function startDeliveryBatch(client: Client, taskQueue: string, input: DeliveryBatchInput): Promise<void> {
  try {
    await client.workflow.start<DeliveryBatchWorkflow>(DELIVERY_BATCH_WORKFLOW, {
      workflowId: deliveryBatchWorkflowId(input.batchId),
      taskQueue,
      args: [input],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
