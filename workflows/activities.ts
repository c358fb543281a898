/**
 * Activity interfaces as the workflows see them. Types only: workflows import this
 * file with `import type`, the worker implements it in apps/worker.
 */

export interface DirectiveTaskInput {
  taskId: string;
  title: string;
  /** ISO 8601 instant. */
  deadline: string;
}

export interface DirectiveInput {
  directiveId: string;
  title: string;
  /** ISO 8601 instant at which the API accepted the directive. */
  acceptedAt: string;
  /** Who issued it, for the audit log. */
  actor: string;
  tasks: DirectiveTaskInput[];
}

export interface RecordOverdueInput {
  directiveId: string;
  taskIds: string[];
  eventId: string;
}

export interface RecordCancelledInput {
  directiveId: string;
  reason: string;
  actor: string;
  eventId: string;
}

export interface DirectiveActivities {
  /** Writes the directive and its tasks to the read model, idempotently. */
  recordDirective(input: DirectiveInput & { eventId: string }): Promise<void>;
  /** Marks still-open tasks overdue; returns the ids it changed. */
  recordOverdue(input: RecordOverdueInput): Promise<string[]>;
  recordCancelled(input: RecordCancelledInput): Promise<void>;
}
