import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLogRepository, DirectiveWritesRepository } from '@dondoc/persistence';
import type {
  ApplyAmendmentInput,
  DirectiveActivities,
  DirectiveInput,
  OpenTask,
  RecordCancelledInput,
  RecordRejectedInput,
  RecordResult,
  TaskCommand,
} from '@dondoc/workflow-contract';
import { CohortActivitiesImpl } from '../cohorts/cohort.activities';
import { heartbeat } from '../delivery/heartbeat';
import { classify } from './failures';
import { FanOutActivitiesImpl } from './fan-out.activities';

/** The directive activities that write the read model (fan-out lives in FanOutActivitiesImpl). */
type RecordingActivities = Omit<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks' | 'startCohorts'>;

/** Tells one task's workflow of an amendment (FanOutActivitiesImpl.tellTask). */
export type TellTask = Pick<FanOutActivitiesImpl, 'tellTask'>;

/**
 * Writes directive transitions to the read model and the audit log through
 * DirectiveWritesRepository. Every method is idempotent: rows are keyed by ids the
 * workflow chose and audit rows by a deterministic event id.
 */
@Injectable()
export class DirectiveActivitiesImpl implements RecordingActivities {
  constructor(
    @Inject(DirectiveWritesRepository) private readonly directives: DirectiveWritesRepository,
    @Inject(FanOutActivitiesImpl) private readonly tasks: TellTask,
    @Inject(AuditLogRepository) private readonly auditLog: AuditLogRepository,
    @Inject(CohortActivitiesImpl)
    private readonly cohorts: Pick<CohortActivitiesImpl, 'assign' | 'startCohortsOf'>,
  ) {}

  /**
   * With `inCohorts`, the tasks are put in cohorts and told in the same transaction
   * (decision 65), which for a national directive takes seconds: the activity heartbeats
   * meanwhile, so a worker killed in the middle is noticed within the heartbeat timeout
   * and the recording retried elsewhere (its transaction rolled back with the connection).
   */
  async recordDirective(input: DirectiveInput & { eventId: string; inCohorts?: boolean }): Promise<RecordResult> {
    const follow = input.inCohorts
      ? (manager: EntityManager) => this.cohorts.assign(manager, input.directiveId, input.actor)
      : undefined;
    const alive = setInterval(heartbeat, 5_000);
    try {
      return await this.directives.record(input, follow).catch(classify);
    } finally {
      clearInterval(alive);
    }
  }

  recordCancelled(input: RecordCancelledInput): Promise<void> {
    return this.directives.cancel(input);
  }

  /** A directive that could not be recorded: only an audit row, with the reason, says it was tried. */
  recordRejected(input: RecordRejectedInput): Promise<void> {
    return this.auditLog.record({
      eventId: input.eventId,
      entityType: 'directive',
      entityId: input.directiveId,
      action: 'directive.rejected',
      actor: storable(input.actor),
      after: input.cause
        ? { reason: storable(input.reason), cause: storable(input.cause) }
        : { reason: storable(input.reason) },
    });
  }

  /**
   * Records the amendment on the directive, then tells the task (cancel, new deadline):
   * the task's workflow is the one writer of its row and its audit row. Retried, the
   * amendment is found recorded and the task refuses or finds its event recorded.
   *
   * A new task `inCohort` is put in a cohort of its own in the amendment's transaction
   * (driver, `follow_up_started`, new-task notices in-app), and that cohort's workflow
   * is started before the amendment is answered: no workflow of its own until it leaves
   * (decision 65). Retried after the commit, the start joins the running workflow.
   */
  async applyAmendment(input: ApplyAmendmentInput): Promise<OpenTask[]> {
    const { amendment } = input;
    if (amendment.kind === 'add_task' && input.inCohort) {
      const added = { taskIds: [amendment.task.taskId], by: input.eventId };
      await this.directives
        .amend(input, (manager) => this.cohorts.assign(manager, input.directiveId, input.actor, added))
        .catch(classify);
      await this.cohorts.startCohortsOf(added.taskIds);
      return this.directives.openTasks(input.directiveId);
    }
    await this.directives.amend(input).catch(classify);
    if (amendment.kind !== 'add_task') {
      const command: TaskCommand =
        amendment.kind === 'cancel_task'
          ? { kind: 'cancel', reason: amendment.reason }
          : { kind: 'change_deadline', deadline: amendment.deadline };
      await this.tasks.tellTask({
        directiveId: input.directiveId,
        taskId: amendment.taskId,
        command,
        actor: input.actor,
      });
    }
    return this.directives.openTasks(input.directiveId);
  }

  /** The functions the worker registers. */
  asActivities(): RecordingActivities {
    return {
      recordDirective: (input) => this.recordDirective(input),
      recordCancelled: (input) => this.recordCancelled(input),
      recordRejected: (input) => this.recordRejected(input),
      applyAmendment: (input) => this.applyAmendment(input),
    };
  }
}

/** Text PostgreSQL can store: NUL and lone surrogates (the poison itself) replaced by U+FFFD. */
function storable(text: string): string {
  return (
    String(text)
      // eslint-disable-next-line no-control-regex -- NUL is exactly what must be replaced
      .replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .slice(0, 2_000)
  );
}
