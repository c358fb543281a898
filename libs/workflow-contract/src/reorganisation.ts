/**
 * The reorganisation workflow's contract (docs/decisions/0078): one workflow per stored
 * plan, `reorganisation:<planId>`, started by the API when the plan is stored. It waits
 * for the effective instant on a durable timer, applies the tree in one transaction, then
 * hands every open obligation of each ended unit over through its own driver.
 */
import { defineQuery, defineSignal } from '@temporalio/workflow';

export interface ReorganisationInput {
  planId: string;
  /** The effective instant, ISO 8601. */
  effectiveAt: string;
  /** Who stored the plan, for the audit log. */
  actor: string;
}

/** One ended unit's hand-over (as the apply's transaction recorded it on the plan row). */
export interface ReorganisationMove {
  unitId: string;
  /** Where its tasks (those a split does not name), explanation requests and users go. */
  successorId: string;
  /** A split's open tasks: the part each goes to (task id → unit id). */
  taskSuccessors: Record<string, string>;
}

export type ReorganisationBegun =
  /** Applied to the tree (now, or by an earlier try of the same activity): hand these over. */
  | { status: 'applying'; moves: ReorganisationMove[]; units: number; users: number; webhooks: number }
  /** Nothing to apply: cancelled before its instant, refused by a conflict now, applied already, or never stored. */
  | { status: 'cancelled' | 'refused' | 'applied' | 'missing' };

export interface ReorganisationProgress {
  units: number;
  users: number;
  webhooks: number;
  tasksHandedOver: number;
  tasksSkipped: number;
  explanationsHandedOver: number;
  /** Round obligations closed by the merge rule (folded into the kept one, or answered by a report given). */
  obligationsClosed?: number;
  /** Reporting cycles given a new version naming the successors. */
  cyclesAmended?: number;
}

export interface ReorganisationState extends ReorganisationProgress {
  phase: 'waiting' | 'applying' | 'handing_over' | 'applied' | 'cancelled' | 'refused' | 'missing';
}

export interface ReorganisationActivities {
  /**
   * At the instant, in one transaction: re-reads the plan under its row's lock, checks it
   * against the current tree (a conflict: `refused`, stored, nothing applied), else creates,
   * renames, re-parents and deactivates units, moves users and webhooks (one audit row per
   * change) and records the hand-overs to make. Retried after its commit, writes nothing.
   */
  beginReorganisation(input: { planId: string; actor: string }): Promise<ReorganisationBegun>;
  /** The plan row `applied`, with its progress counts (once). */
  finishReorganisation(input: { planId: string; actor: string; progress: ReorganisationProgress }): Promise<void>;
}

/** Sent by the API after it cancelled the row: the waiting workflow ends without applying. */
export const cancelReorganisationSignal = defineSignal('cancelReorganisation');
/** Sent by the API after it brought the row's instant forward to now (`POST …/{id}/apply`): the wait ends. */
export const applyReorganisationNowSignal = defineSignal('applyReorganisationNow');
export const reorganisationStateQuery = defineQuery<ReorganisationState>('reorganisationState');

export const reorganisationWorkflowId = (planId: string): string => `reorganisation:${planId}`;
export type ReorganisationWorkflow = (input: ReorganisationInput) => Promise<ReorganisationState>;
export const REORGANISATION_WORKFLOW = 'reorganisationWorkflow';
