/**
 * The unit hand-over workflow's contract (docs/decisions/0042): a unit deactivated with
 * a successor is recorded by the workflow `unit-handover:<unitId>`, which then tells
 * every open task that names the unit (as lead, coordinating or assigning unit) through
 * the task's own workflow. The API starts it with update-with-start and waits only for
 * the recording; the telling is durable whatever happens to the API afterwards.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Text } from '../../domain/src/errors';

export interface UnitHandOverInput {
  unitId: string;
  successorId: string;
  reason: string;
  /** Who deactivated it, for the audit log. */
  actor: string;
  /** The API request's own id: a second request that joins this run is told it was not its own. */
  requestId: string;
}

export type UnitDeactivation =
  /** `movedTaskIds`: the open tasks it leads, which its successor now leads (their workflows are told next). */
  | { status: 'deactivated'; requestId: string; movedTaskIds: string[] }
  /** Found in the transaction (a race with another change): the unit is left as it was. */
  | { status: 'refused'; requestId: string; message: Text; field: string; value: Text };

export interface UnitHandOverState {
  phase: 'recording' | 'refused' | 'handing_over' | 'done';
  /** Tasks whose workflows took the hand-over, and those that had nothing left to take (closed). */
  handedOver: number;
  skipped: number;
  /** Open explanation requests that took the hand-over (absent in runs before it was added). */
  explanationsHandedOver?: number;
}

export interface HandOverTasksInput {
  unitId: string;
  successorId: string;
  reason: string;
  actor: string;
  /** The deactivation's audit event id: each task's hand-over is keyed by it. */
  eventId: string;
  /**
   * A split's chosen successors (task id → unit id): a task named here goes to its own,
   * the others to `successorId` (docs/decisions/0078).
   */
  taskSuccessors?: Record<string, string>;
  /**
   * A reorganisation's update ids, `<prefix>:<taskId>:<unitId>` (`reorg:<planId>`); without
   * it a deactivation's, `handover:<eventId>`.
   */
  updateIdPrefix?: string;
  /** Tasks after this id (a page cursor); null for the first page. */
  after: string | null;
  limit: number;
}

export interface HandOverTasksPage {
  handedOver: number;
  skipped: number;
  /** The last task id of the page, or null when there are no more. */
  next: string | null;
}

export interface HandOverExplanationsPage {
  handedOver: number;
  skipped: number;
  /** The last explanation request id of the page, or null when there are no more. */
  next: string | null;
}

export interface UnitHandOverActivities {
  /** Deactivates the unit and links its successor (unit row and its audit row, once per event id). */
  recordUnitDeactivation(input: UnitHandOverInput & { eventId: string }): Promise<UnitDeactivation>;
  /** Tells a page of the open tasks naming the unit, through each task's workflow (started first if need be). */
  handOverTasks(input: HandOverTasksInput): Promise<HandOverTasksPage>;
  /** Tells a page of the open explanation requests naming the unit (asked or requesting), through each one's workflow. */
  handOverExplanations(input: HandOverTasksInput): Promise<HandOverExplanationsPage>;
}

/** Sent with the start (update-with-start): answers once the deactivation is recorded or refused. */
export const awaitUnitDeactivatedUpdate = defineUpdate<UnitDeactivation>('awaitUnitDeactivated');
export const unitHandOverStateQuery = defineQuery<UnitHandOverState>('unitHandOverState');

export const unitHandOverWorkflowId = (unitId: string): string => `unit-handover:${unitId}`;
export type UnitHandOverWorkflow = (input: UnitHandOverInput) => Promise<UnitHandOverState>;
export const UNIT_HANDOVER_WORKFLOW = 'unitHandOverWorkflow';
