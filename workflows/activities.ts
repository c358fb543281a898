/**
 * Activity interfaces as the workflows see them. Types only: workflows import this
 * file with `import type`, the worker implements it in apps/worker.
 */
import type { Confidentiality, EscalationPolicy, ReminderPolicy, Urgency } from '../libs/domain/src';

export interface IndicatorInput {
  name: string;
  unitOfMeasure: string;
  target: number | null;
}

export interface TaskInput {
  taskId: string;
  title: string;
  description: string | null;
  leadUnitId: string;
  coordinatingUnitIds: string[];
  /** ISO 8601 instant, already moved off days off. */
  deadline: string;
  deadlineWorkingDays: number | null;
  reportRequired: boolean;
  reportTemplate: string | null;
  indicators: IndicatorInput[];
  reminderPolicy: ReminderPolicy;
  escalationPolicy: EscalationPolicy;
}

export interface DirectiveInput {
  directiveId: string;
  document: { raw: string; normalized: string; number: number; type: string; issuer: string };
  issueDate: string;
  issuingUnitId: string;
  title: string;
  summary: string | null;
  confidentiality: Confidentiality;
  urgency: Urgency;
  /** ISO 8601 instant at which the API accepted the directive. */
  acceptedAt: string;
  /** Who issued it, for the audit log. */
  actor: string;
  /**
   * The tasks, for small directives and runs started before requests were kept in
   * PostgreSQL; otherwise empty, and the tasks are read from directive_requests.
   */
  tasks?: TaskInput[];
  taskCount?: number;
}

export type RecordResult =
  | { status: 'recorded'; directiveId: string }
  | { status: 'duplicate'; directiveId: string; existingDirectiveId: string; documentNumber: string };

export interface RecordCancelledInput {
  directiveId: string;
  reason: string;
  actor: string;
  eventId: string;
}

export type Amendment =
  | { kind: 'add_task'; task: TaskInput }
  | { kind: 'cancel_task'; taskId: string; reason: string }
  | { kind: 'change_deadline'; taskId: string; deadline: string };

export interface ApplyAmendmentInput {
  directiveId: string;
  amendment: Amendment;
  actor: string;
  eventId: string;
}

/** Open tasks and their current deadlines, as the workflow tracks them. */
export interface OpenTask {
  taskId: string;
  deadline: string;
}

export interface StartTasksInput {
  directiveId: string;
  /** Start these tasks' workflows; or, without ids, a page of the directive's tasks. */
  taskIds?: string[];
  offset?: number;
  limit?: number;
}

export type TaskCommand = { kind: 'cancel'; reason: string } | { kind: 'change_deadline'; deadline: string };

export interface ForwardInput {
  directiveId: string;
  /** The tasks to tell; without ids, every open task of the directive. */
  taskIds?: string[];
  command: TaskCommand;
  actor: string;
}

export interface DirectiveActivities {
  /** Starts task workflows (idempotently, by business key); returns how many tasks it covered. */
  startTaskWorkflows(input: StartTasksInput): Promise<number>;
  /** Sends a command to running task workflows; a task already closed is skipped. */
  forwardToTasks(input: ForwardInput): Promise<number>;
  /** Writes the directive and its tasks in one transaction, idempotently. */
  recordDirective(input: DirectiveInput & { eventId: string }): Promise<RecordResult>;
  recordCancelled(input: RecordCancelledInput): Promise<void>;
  /** Applies an amendment; returns the directive's open tasks afterwards. */
  applyAmendment(input: ApplyAmendmentInput): Promise<OpenTask[]>;
}

// ---- Task follow-up -------------------------------------------------------------

export type Obligation = 'ack' | 'report' | 'revision' | 'review';

export type NoticeKind =
  | 'task_assigned'
  | 'ack_due'
  | 'reminder'
  | 'overdue'
  | 'escalation'
  | 'report_submitted'
  | 'report_returned'
  | 'review_due'
  | 'extension_requested'
  | 'extension_decided'
  | 'cancelled'
  | 'subtasks_completed';

export interface NoticeInput {
  /** Deterministic: the same notice retried or replayed is delivered once. */
  noticeId: string;
  kind: NoticeKind;
  taskId: string;
  targetUnitId: string;
  /** What must still be awaited for the notice to make sense (self-check before sending). */
  awaiting?: Obligation;
  level?: number;
  lateUnitId?: string;
  dueAt?: string;
  note?: string;
}

export interface NoticeResult {
  delivered: number;
  /** E-mails and webhook calls handed to the notice's delivery workflow. */
  planned?: number;
  skipped?: string;
}

export type TaskEvent =
  | { type: 'assigned' }
  | { type: 'acknowledged'; at: string }
  | { type: 'overdue'; obligation: Obligation }
  | {
      type: 'report';
      reportId: string;
      version: number;
      text: string;
      indicatorValues: { name: string; value: number }[];
      attachments: string[];
      at: string;
      late: boolean;
      reviewDeadline: string;
      /** Reported while sub-tasks were still open, and why. */
      subtaskOverrideReason?: string | null;
    }
  | {
      type: 'review';
      reportId: string;
      outcome: 'accepted' | 'returned';
      comment: string | null;
      at: string;
      revisionDeadline: string | null;
      completedAt: string | null;
    }
  | { type: 'extension_requested'; requestId: string; deadline: string; reason: string; at: string }
  | {
      type: 'extension_decided';
      requestId: string;
      approved: boolean;
      comment: string | null;
      at: string;
      deadline: string | null;
    }
  | { type: 'deadline_changed'; deadline: string }
  | { type: 'cancelled'; reason: string };

export interface RecordTaskEventInput {
  eventId: string;
  taskId: string;
  actor: string;
  event: TaskEvent;
}

export interface RecordDelegationInput {
  eventId: string;
  parentTaskId: string;
  actor: string;
  subtasks: TaskInput[];
}

export interface TaskActivities {
  notify(input: NoticeInput): Promise<NoticeResult>;
  /** Unit ids from `fromUnitId` up to `toUnitId` (inclusive), or to the root when toUnitId is null. */
  escalationChain(input: { fromUnitId: string; toUnitId: string | null }): Promise<string[]>;
  recordTaskEvent(input: RecordTaskEventInput): Promise<void>;
  /** Writes a delegation's sub-tasks (same directive, parent set, assigned by the parent's lead unit), idempotently. */
  recordDelegation(input: RecordDelegationInput): Promise<void>;
}

// ---- Delivery beyond the inbox --------------------------------------------------

export type DeliveryOutcome = 'sent' | 'already_sent' | 'skipped';

export interface DeliveryActivities {
  /** Sends one delivery unless its record says it went already (or is not due to go). */
  sendDelivery(input: { deliveryId: string }): Promise<DeliveryOutcome>;
  /** Marks a delivery dead after its last attempt; re-drivable through the API. */
  deadLetter(input: { deliveryId: string; error: string }): Promise<void>;
  /** The daily digest for `date` (YYYY-MM-DD local) to everyone who asked for one; idempotent per user and day. */
  sendDigests(input: { date: string }): Promise<{ sent: number }>;
}
