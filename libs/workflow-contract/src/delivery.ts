/**
 * The delivery and digest workflows' contract: inputs and the activities they call.
 */
export type DeliveryOutcome = 'sent' | 'already_sent' | 'skipped';

export interface DeliveryActivities {
  /** Sends one delivery unless its record says it went already (or is not due to go). */
  sendDelivery(input: { deliveryId: string }): Promise<DeliveryOutcome>;
  /** Marks a delivery dead after its last attempt; re-drivable through the API. */
  deadLetter(input: { deliveryId: string; error: string }): Promise<void>;
  /** The daily digest for `date` (YYYY-MM-DD local) to everyone who asked for one; idempotent per user and day. */
  sendDigests(input: { date: string }): Promise<{ sent: number }>;
}

export interface DeliveryRetry {
  maxAttempts: number;
  initialIntervalMs: number;
  maximumIntervalMs: number;
}

export interface DeliveryWorkflowInput {
  noticeId: string;
  /** Each delivery of the notice and when it may go (after the recipient's quiet hours). */
  deliveries: { deliveryId: string; notBefore: string }[];
  retry: DeliveryRetry;
}

export interface DigestWorkflowInput {
  timeZone: string;
  /** Local time of the digest, minutes after midnight (07:30 = 450). */
  atMinutes: number;
}

/** The workflows' signatures, for typed starts. */
export type DeliveryWorkflow = (input: DeliveryWorkflowInput) => Promise<Record<string, DeliveryOutcome | 'dead'>>;
export type DigestWorkflow = (input: DigestWorkflowInput) => Promise<never>;
export const DELIVERY_WORKFLOW = 'deliveryWorkflow';
export const DIGEST_WORKFLOW = 'digestWorkflow';

/**
 * The batch delivery workflow (docs/decisions/0060-batched-deliveries.md): the rows of
 * many notices, planned at once, sent a pass at a time.
 */
export interface DeliveryBatchInput {
  batchId: string;
  retry: DeliveryRetry;
  /** What earlier runs of the same batch did (carried over a continue-as-new). */
  carried?: DeliveryBatchResult;
}

/** One pass over a batch: what it did, and when the batch has something to send next (null: nothing left). */
export interface DeliveryBatchPass {
  sent: number;
  failed: number;
  dead: number;
  skipped: number;
  nextAt: string | null;
}

export interface DeliveryBatchResult {
  passes: number;
  sent: number;
  failed: number;
  dead: number;
  skipped: number;
}

export interface DeliveryBatchActivities {
  /**
   * Sends the batch's due deliveries (up to a pass's worth): e-mails through the SMTP
   * pool, webhook calls grouped per server at its rate; a failed one is pending again
   * after its backoff, or dead after its last attempt. Claims rows first, so a retried
   * pass never sends a delivery twice that was recorded as sent.
   */
  sendDeliveryBatch(input: { batchId: string; retry: DeliveryRetry }): Promise<DeliveryBatchPass>;
}

export type DeliveryBatchWorkflow = (input: DeliveryBatchInput) => Promise<DeliveryBatchResult>;
export const DELIVERY_BATCH_WORKFLOW = 'deliveryBatchWorkflow';
