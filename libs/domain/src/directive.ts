/** Lifecycle of a directive as the read model shows it. */
export const DIRECTIVE_STATUSES = ['active', 'completed', 'cancelled'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

/** Lifecycle of one task assignment. */
export const TASK_STATUSES = ['assigned', 'overdue', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A unit's part in a task: it leads it (chủ trì) or coordinates (phối hợp); `any` is either. */
export const TASK_ROLES = ['lead', 'coordinating', 'any'] as const;
export type TaskRole = (typeof TASK_ROLES)[number];

/**
 * The four official status buckets of assigned tasks, plus cancelled (docs/architecture.md#domain-rules).
 * Every list, statistic and export speaks in these.
 */
export const STATUS_BUCKETS = [
  'open_within_deadline',
  'open_overdue',
  'completed_on_time',
  'completed_late',
  'cancelled',
] as const;
export type StatusBucket = (typeof STATUS_BUCKETS)[number];

export interface TaskBucketInput {
  status: TaskStatus;
  deadline: Date;
  completedAt?: Date | null;
}

/** Bucket of a task at instant `now`; "late" is judged against the current deadline. */
export function statusBucket(task: TaskBucketInput, now: Date): StatusBucket {
  if (task.status === 'cancelled') return 'cancelled';
  if (task.status === 'completed') {
    const at = task.completedAt ?? now;
    return at.getTime() <= task.deadline.getTime() ? 'completed_on_time' : 'completed_late';
  }
  return now.getTime() > task.deadline.getTime() ? 'open_overdue' : 'open_within_deadline';
}

export const CONFIDENTIALITY = ['normal', 'secret'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY)[number];

export const URGENCY = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCY)[number];

/**
 * Working days allowed to acknowledge a new task (docs/architecture.md#domain-rules): urgent the same
 * working day, normal one, a document with several tasks two.
 */
export function acknowledgementWorkingDays(urgency: Urgency, taskCount: number): number {
  if (urgency === 'urgent') return 0;
  return taskCount > 1 ? 2 : 1;
}

export type BucketCounts = Record<StatusBucket, number>;

export function emptyBucketCounts(): BucketCounts {
  return { open_within_deadline: 0, open_overdue: 0, completed_on_time: 0, completed_late: 0, cancelled: 0 };
}
