/**
 * The explanation workflow's contract (yêu cầu giải trình, docs/statistics.md): the
 * assigning side asks a late unit to explain by a due date; the workflow reminds and
 * escalates like any obligation until the unit answers with a reason category.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CalendarData } from '../../domain/src/calendar/business-calendar';
import type { EscalationPolicy, ReminderPolicy } from '../../domain/src/policy';
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

export interface ExplanationActivities extends Pick<TaskActivities, 'notify' | 'escalationChain'> {
  recordExplanationRequest(input: RecordExplanationRequest): Promise<void>;
  recordExplanationAnswer(input: RecordExplanationAnswer): Promise<void>;
}

export const explanationStateQuery = defineQuery<ExplanationState>('explanationState');
export const answerExplanationUpdate = defineUpdate<ExplanationState, [ExplanationAnswer]>('answerExplanation');

export const explanationWorkflowId = (explanationId: string): string => `explanation:${explanationId}`;
export type ExplanationWorkflow = (input: ExplanationWorkflowInput) => Promise<ExplanationState>;
export const EXPLANATION_WORKFLOW = 'explanationWorkflow';
