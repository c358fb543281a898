/**
 * The cohort workflow's contract (docs/decisions/0065-task-cohorts.md): one workflow
 * follows the tasks of a directive that share a timeline; each instant is one activity,
 * one transaction over every member still awaiting the obligation.
 */
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CalendarData } from '../../domain/src/calendar/business-calendar';
import type { CohortProgress, CohortStep, CohortTerms } from '../../domain/src/cohort/cohort';

export type { CohortProgress, CohortStep, CohortTerms } from '../../domain/src/cohort/cohort';

export interface CohortWorkflowInput extends CohortTerms {
  cohortId: string;
  directiveId: string;
  calendar: CalendarData;
  /** Where the cohort stands: as recorded, or as stored by its last step (a restart), or carried over by continue-as-new. */
  progress?: CohortProgress;
  /** The first run: plan the e-mails and webhook calls of the members' new-task notices first. */
  assignments?: boolean;
  /** Continue as new once the history passes this many events (default 4,000; tests use fewer). */
  continueAsNewAfterEvents?: number;
}

export interface CohortStepInput {
  cohortId: string;
  step: CohortStep;
  /** The cohort's bookkeeping once this step is written; stored in the same transaction. */
  progress: CohortProgress;
}

export interface CohortStepResult {
  /** Members the step wrote notices for. */
  notified: number;
  /** Members still followed by the cohort (open, not handed over): none left ends the cohort. */
  remaining: number;
}

export interface CohortActivities {
  /** Writes one instant for every member still awaiting it: notices keyed (task, obligation, step), overdue marks, the progress. */
  cohortStep(input: CohortStepInput): Promise<CohortStepResult>;
  /** Plans the e-mails and webhook calls of the members' new-task notices (written in-app with the directive). */
  deliverAssignments(input: { cohortId: string }): Promise<number>;
}

/** The directive's side: starting the cohorts its recording wrote. */
export interface StartCohortsInput {
  directiveId: string;
}

export type CohortWorkflow = (input: CohortWorkflowInput) => Promise<CohortProgress>;
export const COHORT_WORKFLOW = 'cohortWorkflow';

export const cohortWorkflowId = (cohortId: string): string => `cohort:${cohortId}`;

export const cohortProgressQuery = defineQuery<CohortProgress>('cohortProgress');
/** Plan again now (the reconciler's nudge after it repaired a step). */
export const cohortWakeSignal = defineSignal('cohortWake');

/** What one pass of the reconciler found and repaired (decision 65). */
export interface ReconcileResult {
  /** Tasks that left their cohort and whose own workflow was not running: started. */
  handOversCompleted: number;
  /** Cohorts with members whose workflow was not running: started again from their stored progress. */
  cohortsRestarted: number;
  /** Instants due more than a grace period ago that a running cohort had not written: nudged. */
  instantsLate: number;
  /** Drafts' submissions whose approval workflow was never started (a crash after the commit): started. */
  approvalsRestarted: number;
}

export interface ReconcilerActivities {
  reconcile(input: { graceMs: number }): Promise<ReconcileResult>;
}

export const RECONCILER_WORKFLOW = 'reconcilerWorkflow';
/** The Temporal Schedule that runs the reconciler every minute, one per task queue. */
export const reconcilerScheduleId = (taskQueue: string): string => `reconciler:${taskQueue}`;
