/**
 * The task workflow's contract: its input and state, the updates, signal and query
 * the API and other workflows send it, and the activities it calls.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarData } from '../../domain/src/calendar/business-calendar';
import type { EscalationPolicy, ReminderPolicy } from '../../domain/src/policy';
import type { HandOverRole, Obligation, TaskEvent, TaskState } from '../../domain/src/task-machine';
import type { TaskInput } from './directive';
import type { NoticeKind } from './notice-kinds';

// The state machine's types live in libs/domain (pure, shared with the worker); the contract names them too.
export type {
  HandOverRole,
  Obligation,
  SubtaskStatus,
  TaskEvent,
  TaskPhase,
  TaskState,
} from '../../domain/src/task-machine';

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
  /** The task's own workflow runs after it left its cohort: its hand-over is complete (decision 65). */
  confirmTakeOver(input: { taskId: string }): Promise<void>;
}

export interface Actor {
  actor: string;
  actorUnitId: string;
}

export const taskStateQuery = defineQuery<TaskState>('taskState');
export const acknowledgeTaskUpdate = defineUpdate<TaskState, [Actor]>('acknowledgeTask');
export const submitReportUpdate = defineUpdate<
  { reportId: string; version: number; late: boolean },
  [
    Actor & {
      text: string;
      /** `note`: why a consolidating unit's value departs from its subordinates' roll-up (an adjustment). */
      indicatorValues: { name: string; value: number; note?: string }[];
      attachments: string[];
      /** Needed to report while sub-tasks are still open: why the unit reports without them. */
      subtaskOverrideReason?: string | null;
    },
  ]
>('submitReport');
export const reviewReportUpdate = defineUpdate<
  TaskState,
  [Actor & { outcome: 'accepted' | 'returned'; comment: string | null }]
>('reviewReport');
export const requestExtensionUpdate = defineUpdate<
  { requestId: string },
  [Actor & { deadline: string; reason: string }]
>('requestExtension');
export const decideExtensionUpdate = defineUpdate<
  TaskState,
  [Actor & { requestId: string; approve: boolean; comment: string | null }]
>('decideExtension');
export const cancelTaskUpdate = defineUpdate<TaskState, [{ actor: string; reason: string }]>('cancelTask');
export const changeTaskDeadlineUpdate = defineUpdate<TaskState, [{ actor: string; deadline: string; reason?: string }]>(
  'changeTaskDeadline',
);

/** The lead unit hands parts of its task to subordinate units; the API has checked units and deadlines. */
export const delegateTaskUpdate = defineUpdate<
  { taskIds: string[] },
  [Actor & { delegationId: string; subtasks: TaskInput[] }]
>('delegateTask');
/**
 * A deactivated unit's roles in this task pass to its successor (the unit hand-over
 * workflow sends it, docs/decisions/0042). Refused for a closed task; a unit that holds
 * no role (asked again) moves nothing. `eventId` is the deactivation's audit event id:
 * the task's `task.handed_over` row is keyed by it, once.
 */
export interface HandOverRequest {
  eventId: string;
  fromUnitId: string;
  toUnitId: string;
  reason: string;
  actor: string;
}
export const handOverTaskUpdate = defineUpdate<{ roles: HandOverRole[] }, [HandOverRequest]>('handOverTask');

/** A sub-task tells its parent that it has closed. */
export const subtaskClosedSignal =
  defineSignal<[{ taskId: string; status: 'completed' | 'cancelled' }]>('subtaskClosed');

export interface TaskWorkflowInput {
  taskId: string;
  directiveId: string;
  leadUnitId: string;
  coordinatingUnitIds: string[];
  /**
   * The assigning unit: it reviews the reports, decides extensions and ends the
   * escalation chain. The directive's issuing unit for its own tasks; for a sub-task,
   * the unit that delegated it (the parent task's lead unit).
   */
  issuingUnitId: string;
  /** Set for a sub-task: the task it is part of, told when this one closes. */
  parentTaskId?: string;
  /** ISO instants. */
  deadline: string;
  ackDeadline: string;
  reminderPolicy: ReminderPolicy;
  escalationPolicy: EscalationPolicy;
  /** Review and revision periods, in working days or as an ISO duration. */
  reviewPeriod: { workingDays: number } | { duration: string };
  revisionPeriod: { workingDays: number } | { duration: string };
  calendar: CalendarData;
  /** Carried over by continue-as-new; or the state a task left its cohort with (with `takenOverFrom`). */
  state?: TaskState;
  /** The cohort the task left for this workflow (decision 65): the workflow confirms it runs, then goes on from `state`. */
  takenOverFrom?: string;
  /** Continue as new once the history passes this many events (default 8,000; tests use fewer). */
  continueAsNewAfterEvents?: number;
}

/** The workflow's signature, for typed starts. */
export type TaskWorkflow = (input: TaskWorkflowInput) => Promise<TaskState>;
export const TASK_WORKFLOW = 'taskWorkflow';
