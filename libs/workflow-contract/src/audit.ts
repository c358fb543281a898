/**
 * The audit checkpoint workflow's contract: every day, shortly after local midnight,
 * the head of the audit hash chain is recorded as the previous day's checkpoint.
 */
export interface AuditCheckpointWorkflowInput {
  timeZone: string;
  /** Local time of the checkpoint, minutes after midnight (00:05 = 5). */
  atMinutes: number;
}

export interface AuditActivities {
  /** Records the chain head as the checkpoint of `day` (YYYY-MM-DD local); idempotent per day. */
  takeAuditCheckpoint(input: { day: string }): Promise<{ pos: string; hash: string }>;
}

export type AuditCheckpointWorkflow = (input: AuditCheckpointWorkflowInput) => Promise<never>;
export const AUDIT_CHECKPOINT_WORKFLOW = 'auditCheckpointWorkflow';
