import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Obligation, TaskInput } from './activities';

export type TaskPhase = 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';

export interface TaskState {
  phase: TaskPhase;
  acknowledged: boolean;
  /** ISO instants. */
  deadline: string;
  originalDeadline: string;
  ackDeadline: string;
  reviewDeadline: string | null;
  revisionDeadline: string | null;
  reportVersion: number;
  currentReportId: string | null;
  lastSubmittedAt: string | null;
  pendingExtension: { requestId: string; deadline: string; reason: string } | null;
  /** Notice ids already sent (of live obligations). */
  sent: string[];
  /** Escalation progress per live obligation id. */
  escalation: Record<string, { step: number; nextAt: string }>;
  /** When each live obligation began (its reminders count from then). */
  since: Record<string, string>;
  chains: Partial<Record<Obligation, string[]>>;
  overdueMarked: string[];
  /** Sub-tasks delegated from this task, by id, and where each stands (absent before cascade existed). */
  subtasks?: Record<string, SubtaskStatus>;
}

export type SubtaskStatus = 'open' | 'completed' | 'cancelled';

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
      indicatorValues: { name: string; value: number }[];
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
export const changeTaskDeadlineUpdate = defineUpdate<TaskState, [{ actor: string; deadline: string }]>(
  'changeTaskDeadline',
);

/** The lead unit hands parts of its task to subordinate units; the API has checked units and deadlines. */
export const delegateTaskUpdate = defineUpdate<
  { taskIds: string[] },
  [Actor & { delegationId: string; subtasks: TaskInput[] }]
>('delegateTask');
/** A sub-task tells its parent that it has closed. */
export const subtaskClosedSignal =
  defineSignal<[{ taskId: string; status: 'completed' | 'cancelled' }]>('subtaskClosed');
