import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Amendment, RecordResult } from './activities';

export interface DirectiveWorkflowState {
  phase: 'recording' | 'rejected' | 'active' | 'cancelled' | 'closed';
}

export interface CancelDirectiveRequest {
  reason: string;
  actor: string;
}

export interface AmendDirectiveRequest {
  amendment: Amendment;
  actor: string;
}

export const directiveStateQuery = defineQuery<DirectiveWorkflowState>('directiveState');

/** Sent with the start (update-with-start): answers once the directive is recorded or refused. */
export const awaitRecordedUpdate = defineUpdate<RecordResult>('awaitRecorded');

export const cancelDirectiveUpdate = defineUpdate<DirectiveWorkflowState, [CancelDirectiveRequest]>('cancelDirective');

export const amendDirectiveUpdate = defineUpdate<DirectiveWorkflowState, [AmendDirectiveRequest]>('amendDirective');
