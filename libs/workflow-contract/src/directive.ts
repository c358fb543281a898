/**
 * The directive workflow's contract: its input, the updates and query the API sends
 * it, and the activities it calls (implemented in apps/worker).
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Confidentiality, EscalationPolicy, Offset, ReminderPolicy, Urgency } from '../../domain/src';

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
  /** Review and revision periods set for this task; absent or null: the configuration's. */
  reviewPeriod?: Offset | null;
  revisionPeriod?: Offset | null;
}

/** A task as a directive's expansion makes it for every unit found: a task without its unit. */
export type TaskTemplate = Omit<TaskInput, 'taskId' | 'leadUnitId' | 'coordinatingUnitIds'>;

/**
 * A directive's recipients named by a rule (libs/domain ExpansionRule), as the API keeps it
 * with the request: the recording expands it in SQL, one task per unit found, inside its
 * transaction; neither the workflow's input nor any activity's result carries the units.
 */
export interface DirectiveExpansion {
  rootUnitId: string;
  kinds: string[];
  /** Depths below the root; empty: every depth. */
  levels: number[];
  template: TaskTemplate;
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
  | { status: 'duplicate'; directiveId: string; existingDirectiveId: string; documentNumber: string }
  /** It could not be recorded (data no retry can store): the workflow ended `rejected`, audited. */
  | { status: 'rejected'; directiveId: string; reason: string };

export interface RecordRejectedInput {
  directiveId: string;
  reason: string;
  /** The failure's type (e.g. PostgreSQL's DataException:22021), for the operator: kept apart from the words. */
  cause?: string;
  actor: string;
  eventId: string;
}

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
  /**
   * A new task is put in a cohort of its own, assigned and told in the amendment's
   * transaction, and its cohort's workflow started (docs/decisions/0065-task-cohorts.md);
   * without it (runs before the `cohort2-amended-tasks` patch) the directive workflow
   * starts the task's own workflow.
   */
  inCohort?: boolean;
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
  /**
   * Writes the directive and its tasks in one transaction, idempotently. With
   * `inCohorts`, the same transaction puts the tasks in cohorts and writes their
   * assignment and new-task notices (docs/decisions/0065-task-cohorts.md).
   */
  recordDirective(input: DirectiveInput & { eventId: string; inCohorts?: boolean }): Promise<RecordResult>;
  /** Starts the workflows of the directive's cohorts (idempotently, by business key); returns how many. */
  startCohorts(input: { directiveId: string }): Promise<number>;
  recordCancelled(input: RecordCancelledInput): Promise<void>;
  /** Audits a directive that could not be recorded, with the reason (no directive row exists). */
  recordRejected(input: RecordRejectedInput): Promise<void>;
  /**
   * Records an amendment on the directive (a new task: its row; with `inCohort`, its
   * cohort, assignment and notices too, and its cohort's workflow started) and tells the
   * task's workflow, which writes the task's own row; returns the directive's open tasks afterwards.
   */
  applyAmendment(input: ApplyAmendmentInput): Promise<OpenTask[]>;
}

export interface DirectiveWorkflowState {
  phase: 'recording' | 'rejected' | 'active' | 'cancelled' | 'closed';
}

export interface CancelDirectiveRequest {
  reason: string;
  actor: string;
}

export interface AmendDirectiveRequest {
  amendment: Amendment;
  actor: string;
}

export const directiveStateQuery = defineQuery<DirectiveWorkflowState>('directiveState');

/** Sent with the start (update-with-start): answers once the directive is recorded or refused. */
export const awaitRecordedUpdate = defineUpdate<RecordResult>('awaitRecorded');

export const cancelDirectiveUpdate = defineUpdate<DirectiveWorkflowState, [CancelDirectiveRequest]>('cancelDirective');

export const amendDirectiveUpdate = defineUpdate<DirectiveWorkflowState, [AmendDirectiveRequest]>('amendDirective');

/** The workflow's signature, for typed starts: `client.workflow.start<DirectiveWorkflow>('directiveWorkflow', …)`. */
export type DirectiveWorkflow = (input: DirectiveInput) => Promise<DirectiveWorkflowState>;
export const DIRECTIVE_WORKFLOW = 'directiveWorkflow';
