/**
 * Workflow ids come from business keys, so a second start of the same thing joins the
 * first (USE_EXISTING) instead of running it twice. One function per kind of id: the
 * API, the worker and the workflows all build them here.
 */
export const directiveWorkflowId = (directiveId: string): string => `directive:${directiveId}`;

export const taskWorkflowId = (taskId: string): string => `task:${taskId}`;

/** A notice's deliveries beyond the inbox. */
export const deliveryWorkflowId = (noticeId: string): string => `deliver:${noticeId}`;

/** One batch of the deliveries of many notices planned at once (a key of the notices, and the chunk). */
export const deliveryBatchWorkflowId = (batchId: string): string => `deliver-batch:${batchId}`;

/** A re-drive of one dead-lettered delivery; the count keeps each re-drive distinct. */
export const redriveWorkflowId = (deliveryId: string, redrives: number): string => `redrive:${deliveryId}:${redrives}`;

/** Sends the fall-back row planned after a provider reported a message undelivered (docs/decisions/0084). */
export const fallbackWorkflowId = (deliveryId: string): string => `fallback:${deliveryId}`;

/** The one daily digest loop per task queue. */
export const digestWorkflowId = (taskQueue: string): string => `digest:${taskQueue}`;

/** Deterministic audit event id: the same transition retried writes the same row. */
export const auditEventId = (workflowId: string, event: string): string => `${workflowId}#${event}`;

/** The one daily audit checkpoint loop per task queue. */
export const auditCheckpointWorkflowId = (taskQueue: string): string => `audit-checkpoint:${taskQueue}`;
