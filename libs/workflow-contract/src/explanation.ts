/**
 * The explanation workflow's contract (yêu cầu giải trình, docs/statistics.md): the
 * assigning side asks a late unit to explain by a due date; the workflow reminds and
 * escalates like any obligation until the unit answers with a reason category.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CalendarData } from '../../domain/src/calendar/business-calendar';
import type { EscalationPolicy, ReminderPolicy } from '../../domain/src/policy';
import type { ExplanationHandOverRole } from '../../domain/src/task-machine/hand-over';
import type { TaskActivities } from './task';

export interface ExplanationWorkflowInput {
  explanationId: string;
  taskId: string;
  /** The unit asked to explain (the task's lead unit). */
  unitId: string;
  /** The assigning side: the top of the escalation chain. */
  requestingUnitId: string;
  actor: string;
  /** ISO instants. */
  requestedAt: string;
  dueAt: string;
  workingDays: number;
  note: string;
  reminderPolicy: ReminderPolicy;
  escalationPolicy: EscalationPolicy;
  calendar: CalendarData;
  /** Carried over by continue-as-new. */
  state?: ExplanationState;
}

export interface ExplanationState {
  status: 'open' | 'answered';
  answeredAt: string | null;
  /** Reminder keys already sent. */
  sent: string[];
  /** The next escalation step and when it is due. */
  step: number;
  nextAt: string;
  /** The escalation chain, once asked for. */
  chain: string[] | null;
}

export interface ExplanationAnswer {
  actor: string;
  reasonCategory: string;
  answer: string;
}

export interface RecordExplanationRequest {
  eventId: string;
  explanationId: string;
  taskId: string;
  unitId: string;
  requestingUnitId: string;
  actor: string;
  requestedAt: string;
  dueAt: string;
  workingDays: number;
  note: string;
}

export interface RecordExplanationAnswer extends ExplanationAnswer {
  eventId: string;
  explanationId: string;
  answeredAt: string;
}

/**
 * A deactivated unit's roles in an open explanation request pass to its successor (the
 * unit hand-over workflow sends it, docs/decisions/0042). Refused once answered; a unit
 * that holds no role (asked again) moves nothing. `eventId` is the deactivation's audit
 * event id: the request's `task.explanation_handed_over` row is keyed by it, once.
 */
export interface HandOverExplanationRequest {
  eventId: string;
  fromUnitId: string;
  toUnitId: string;
  reason: string;
  actor: string;
}

export interface RecordExplanationHandOver {
  eventId: string;
  explanationId: string;
  taskId: string;
  fromUnitId: string;
  toUnitId: string;
  roles: ExplanationHandOverRole[];
  /** The request's units after the hand-over. */
  unitId: string;
  requestingUnitId: string;
  reason: string;
  actor: string;
}

export interface ExplanationActivities extends Pick<TaskActivities, 'notify' | 'escalationChain'> {
  recordExplanationRequest(input: RecordExplanationRequest): Promise<void>;
  recordExplanationAnswer(input: RecordExplanationAnswer): Promise<void>;
  /** The request row's units and one audit row, once per event id. */
  recordExplanationHandOver(input: RecordExplanationHandOver): Promise<void>;
}

export const explanationStateQuery = defineQuery<ExplanationState>('explanationState');
export const answerExplanationUpdate = defineUpdate<ExplanationState, [ExplanationAnswer]>('answerExplanation');
export const handOverExplanationUpdate = defineUpdate<
  { roles: ExplanationHandOverRole[] },
  [HandOverExplanationRequest]
>('handOverExplanation');

export const explanationWorkflowId = (explanationId: string): string => `explanation:${explanationId}`;
export type ExplanationWorkflow = (input: ExplanationWorkflowInput) => Promise<ExplanationState>;
export const EXPLANATION_WORKFLOW = 'explanationWorkflow';
