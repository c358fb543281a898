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
