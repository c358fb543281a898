/** Workflow ids come from business keys, so a second start of the same thing is a no-op. */
export const directiveWorkflowId = (directiveId: string): string => `directive:${directiveId}`;

/** Deterministic audit event id: the same transition retried writes the same row. */
export const auditEventId = (workflowId: string, event: string): string => `${workflowId}#${event}`;
