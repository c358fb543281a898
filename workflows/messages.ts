import { defineQuery, defineUpdate } from '@temporalio/workflow';

export interface DirectiveWorkflowState {
  phase: 'recording' | 'waiting' | 'overdue' | 'cancelled';
  overdueTaskIds: string[];
}

export interface CancelDirectiveRequest {
  reason: string;
  actor: string;
}

export const directiveStateQuery = defineQuery<DirectiveWorkflowState>('directiveState');
export const cancelDirectiveUpdate = defineUpdate<DirectiveWorkflowState, [CancelDirectiveRequest]>('cancelDirective');
