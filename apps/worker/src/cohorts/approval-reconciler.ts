import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { CalendarRepository, DraftsRepository } from '@dondoc/persistence';
import { WorkflowNotFoundError } from '@temporalio/client';
import { startApproval, TemporalClientService } from '@dondoc/temporal-client';
import { approvalWorkflowId } from '@dondoc/workflow-contract';

/** How far back the reconciler looks for a submission without its approval workflow. */
export const APPROVAL_LOOKBACK_MS = 24 * 3600_000;

/**
 * A draft's submission is committed, then its approval workflow (the approver's reminders)
 * is started: a crash in between left a submitted draft that nobody reminds (decision 74).
 * Each reconciler pass starts the workflow of every submission of the last day past the
 * grace period whose workflow (approval:<draft>:<submission>) never existed: one describe
 * for a submission already followed. Answers the drafts whose follow-up it started.
 */
@Injectable()
export class ApprovalReconciler {
  constructor(
    @Inject(DraftsRepository) private readonly drafts: DraftsRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async restart(graceMs: number, now = new Date()): Promise<string[]> {
    const waiting = await this.drafts.submittedBetween(
      new Date(now.getTime() - APPROVAL_LOOKBACK_MS),
      new Date(now.getTime() - graceMs),
    );
    const started: string[] = [];
    for (const draft of waiting) {
      if (!draft.approverUserId || !draft.approverUnitId || !draft.submittedAt) continue;
      if (await this.exists(approvalWorkflowId(draft.id, draft.submission))) continue;
      const year = draft.submittedAt.getUTCFullYear();
      const calendar = await this.calendars.calendar([year, year + 1], this.config.timezone);
      await startApproval(this.temporal.client, this.temporal.taskQueue, {
        draftId: draft.id,
        submission: draft.submission,
        approverUserId: draft.approverUserId,
        approverUnitId: draft.approverUnitId,
        submittedAt: draft.submittedAt.toISOString(),
        calendar: calendar.toData(),
      });
      started.push(draft.id);
    }
    return started;
  }

  /** Whether a run of this id ever existed (running or ended: an ended one was decided, or will not remind again). */
  private async exists(workflowId: string): Promise<boolean> {
    try {
      await this.temporal.client.workflow.getHandle(workflowId).describe();
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }
}
