/**
 * The task state machine's vocabulary: phases, obligations, events and the state the
 * task workflow keeps. Pure types and constants: the workflow (deterministic sandbox),
 * the worker and the API all read them from here (libs/workflow-contract re-exports them).
 */
import type { TaskStatus } from '../directive';

/** What a task waits for from someone: acknowledgement, the report, its revision, the review. */
export type Obligation = 'ack' | 'report' | 'revision' | 'review';

export const TASK_PHASES = [
  'awaiting_ack',
  'in_progress',
  'under_review',
  'revising',
  'completed',
  'cancelled',
] as const;
export type TaskPhase = (typeof TASK_PHASES)[number];

/** Phases after which nothing more happens to a task. */
export const CLOSED_PHASES: readonly TaskPhase[] = ['completed', 'cancelled'];

/** Statuses of the read model in which a task is still open. */
export const OPEN_STATUSES: readonly TaskStatus[] = ['assigned', 'overdue'];

export type SubtaskStatus = 'open' | 'completed' | 'cancelled';

/** One transition of a task, as the workflow decides it and the worker records it. */
export type TaskEvent =
  | { type: 'assigned' }
  | { type: 'acknowledged'; at: string }
  | { type: 'overdue'; obligation: Obligation }
  | {
      type: 'report';
      reportId: string;
      version: number;
      text: string;
      indicatorValues: { name: string; value: number; note?: string }[];
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
  | { type: 'deadline_changed'; deadline: string; reason?: string }
  | { type: 'cancelled'; reason: string }
  | {
      /** A deactivated unit's roles passed to its successor (hand-over.ts); the task's units afterwards. */
      type: 'handed_over';
      fromUnitId: string;
      toUnitId: string;
      reason: string;
      roles: ('lead' | 'coordinating' | 'assigning')[];
      leadUnitId: string;
      coordinatingUnitIds: string[];
      issuingUnitId: string;
    };

/** The task workflow's state (carried over by continue-as-new, answered by the state query). */
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
  /**
   * Deadline changes accepted so far (absent before they were counted, and until the
   * first): each change's event id carries it, so A → B → A records three changes.
   */
  deadlineChanges?: number;
  /** Sub-tasks delegated from this task, by id, and where each stands (absent before cascade existed). */
  subtasks?: Record<string, SubtaskStatus>;
}

/** Who is on each side of a task: the lead unit acts, the assigning (issuing) unit reviews and decides. */
export interface TaskParties {
  leadUnitId: string;
  issuingUnitId: string;
}

/** A new task's state: awaiting acknowledgement, nothing sent yet. */
export function initialTaskState(deadline: string, ackDeadline: string): TaskState {
  return {
    phase: 'awaiting_ack',
    acknowledged: false,
    deadline,
    originalDeadline: deadline,
    ackDeadline,
    reviewDeadline: null,
    revisionDeadline: null,
    reportVersion: 0,
    currentReportId: null,
    lastSubmittedAt: null,
    pendingExtension: null,
    since: {},
    sent: [],
    escalation: {},
    chains: {},
    overdueMarked: [],
    subtasks: {},
  };
}

export const isClosed = (phase: TaskPhase): boolean => CLOSED_PHASES.includes(phase);

/** Ids of the delegated sub-tasks still open. */
export const openSubtasks = (state: Pick<TaskState, 'subtasks'>): string[] =>
  Object.keys(state.subtasks ?? {}).filter((id) => state.subtasks![id] === 'open');
