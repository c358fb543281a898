/**
 * A leader urging units on late tasks (đôn đốc): one notice to each task's lead unit,
 * audited, at most once per task within the configured interval. An urge changes no
 * field of the task, so it never involves the task's driver (its cohort or its own
 * workflow): it is a notice and an audit row, written by one activity.
 */

export interface UrgeTasksInput {
  /** Names the urge: its workflow, each task's audit row and notice derive from it. */
  urgeId: string;
  actor: string;
  note: string;
  taskIds: string[];
  /** A task urged less than this long ago is not urged again. */
  minIntervalMinutes: number;
}

export type UrgeRefusal = 'closed' | 'rate_limited' | 'not_found';

export type UrgeOutcome =
  | { taskId: string; status: 'urged'; urgedAt: string; nextAllowedAt: string }
  | { taskId: string; status: 'refused'; reason: UrgeRefusal; nextAllowedAt?: string };

export interface UrgeActivities {
  /** Judges and urges each task (rate limit, closed), idempotently per (urge, task); one outcome per id, in order. */
  urgeTasks(input: UrgeTasksInput): Promise<UrgeOutcome[]>;
}

export type UrgeTasksWorkflow = (input: UrgeTasksInput) => Promise<UrgeOutcome[]>;
export const URGE_TASKS_WORKFLOW = 'urgeTasksWorkflow';
export const urgeTasksWorkflowId = (urgeId: string): string => `task-urge:${urgeId}`;
/** How many tasks one activity call urges (a bulk urge is at most 500). */
export const URGE_CHUNK = 50;
