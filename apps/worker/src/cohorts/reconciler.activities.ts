import { Inject, Injectable, Logger } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import { BusinessCalendar, cohortState, planTimers } from '@dondoc/domain';
import { reconcilerFindings } from '@dondoc/observability';
import { CohortRepository, TaskDriverRepository, type TaskCohortEntity } from '@dondoc/persistence';
import { TemporalClientService } from '@dondoc/temporal-client';
import {
  cohortWakeSignal,
  cohortWorkflowId,
  TASK_WORKFLOW,
  taskWorkflowId,
  type ReconcileResult,
  type ReconcilerActivities,
  type TaskWorkflow,
} from '@dondoc/workflow-contract';
import { ApprovalReconciler } from './approval-reconciler';
import { CohortActivitiesImpl } from './cohort.activities';

/**
 * The reconciler (docs/decisions/0065-task-cohorts.md): every minute, finds a task or
 * cohort whose driver is missing and repairs it. A task that left its cohort and whose
 * own workflow never confirmed it runs (the process died between the hand-over's commit
 * and the start) gets its workflow started from the stored hand-over; a cohort with
 * members and no running workflow is started again from its stored progress (it then
 * writes the instants it missed, as a task workflow woken late does); an instant a
 * running cohort is late on is nudged; a draft's submission whose approval workflow a crash
 * never started gets it (ApprovalReconciler). Each finding is a metric and an audit row.
 */
@Injectable()
export class ReconcilerActivitiesImpl implements ReconcilerActivities {
  private readonly logger = new Logger('Reconciler');

  constructor(
    @Inject(CohortRepository) private readonly cohorts: CohortRepository,
    @Inject(TaskDriverRepository) private readonly drivers: TaskDriverRepository,
    @Inject(CohortActivitiesImpl) private readonly cohortActivities: CohortActivitiesImpl,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(ApprovalReconciler) private readonly approvals: ApprovalReconciler,
  ) {}

  async reconcile({ graceMs }: { graceMs: number }): Promise<ReconcileResult> {
    const result: ReconcileResult = {
      handOversCompleted: 0,
      cohortsRestarted: 0,
      instantsLate: 0,
      approvalsRestarted: 0,
    };
    for (const { taskId, input } of await this.drivers.pendingHandOvers(graceMs)) {
      if (await this.startTask(taskId, input)) {
        result.handOversCompleted++;
        await this.found('hand_over', taskId, 'task', 'task.own_follow_up_started', {
          cohortId: input.takenOverFrom ?? null,
        });
      }
    }
    for (const cohort of await this.cohorts.liveCohorts(graceMs)) {
      const handle = this.temporal.client.workflow.getHandle(cohortWorkflowId(cohort.id));
      if (!(await running(handle))) {
        // Never past its first step: its new-task e-mails may not have been planned either (idempotent).
        await this.cohortActivities.start(cohort, { first: cohort.steps === 0 });
        result.cohortsRestarted++;
        await this.found('cohort_restarted', cohort.id, 'cohort', 'cohort.restarted', { steps: cohort.steps });
        continue;
      }
      if (await this.late(cohort, graceMs)) {
        await handle.signal(cohortWakeSignal).catch(() => undefined);
        result.instantsLate++;
        await this.found('instant_late', cohort.id, 'cohort', 'cohort.instant_late', { steps: cohort.steps });
      }
    }
    for (const draftId of await this.approvals.restart(graceMs)) {
      result.approvalsRestarted++;
      await this.found('approval_restarted', draftId, 'draft', 'draft.follow_up_started', {});
    }
    return result;
  }

  /** Starts a task's own workflow from its stored hand-over; false when it already ran (then it confirms itself). */
  private async startTask(taskId: string, input: Parameters<TaskWorkflow>[0]): Promise<boolean> {
    try {
      await this.temporal.client.workflow.start<TaskWorkflow>(TASK_WORKFLOW, {
        workflowId: taskWorkflowId(taskId),
        taskQueue: this.temporal.taskQueue,
        args: [input],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      return true;
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      // It ran (or runs) and did not confirm: it will, or it ended; either way nothing to hand over.
      await this.drivers.confirmTakeOver(taskId);
      return false;
    }
  }

  /** Whether the cohort's next unwritten instant (planned from its stored progress) fell due more than `graceMs` ago. */
  private async late(cohort: TaskCohortEntity, graceMs: number): Promise<boolean> {
    const input = await this.cohortActivities.workflowInput(cohort);
    const now = Date.now();
    const { timers } = planTimers(
      cohortState(input, cohort.progress),
      { leadUnitId: 'member', ...input },
      new BusinessCalendar(input.calendar),
      new Date(now),
    );
    return timers.length > 0 && timers[0]!.at < now - graceMs;
  }

  private async found(
    kind: string,
    entityId: string,
    entityType: string,
    action: string,
    detail: Record<string, string | number | null>,
  ): Promise<void> {
    reconcilerFindings.inc({ kind });
    this.logger.warn(`${kind}: ${entityType} ${entityId}`);
    await this.cohorts.audit({
      eventId: `reconciler:${kind}:${entityId}:${Date.now()}`,
      entityType,
      entityId,
      action,
      actor: 'system',
      after: detail,
    });
  }

  asActivities(): ReconcilerActivities {
    return { reconcile: (input) => this.reconcile(input) };
  }
}

/** Whether the workflow is running (not found, or ended, is not). */
async function running(handle: { describe(): Promise<{ status: { name: string } }> }): Promise<boolean> {
  try {
    return (await handle.describe()).status.name === 'RUNNING';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}
