import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { DirectiveWritesRepository, MissingRequestError, TaskNotOpenError } from '@dondoc/persistence';
import type {
  ApplyAmendmentInput,
  DirectiveActivities,
  DirectiveInput,
  OpenTask,
  RecordCancelledInput,
  RecordResult,
  TaskCommand,
} from '@dondoc/workflow-contract';
import { FanOutActivitiesImpl } from './fan-out.activities';

/** The directive activities that write the read model (fan-out lives in FanOutActivitiesImpl). */
type RecordingActivities = Omit<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks'>;

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
  ) {}

  recordDirective(input: DirectiveInput & { eventId: string }): Promise<RecordResult> {
    return this.directives.record(input).catch(nonRetryable);
  }

  recordCancelled(input: RecordCancelledInput): Promise<void> {
    return this.directives.cancel(input);
  }

  /**
   * Records the amendment on the directive, then tells the task (cancel, new deadline):
   * the task's workflow is the one writer of its row and its audit row. Retried, the
   * amendment is found recorded and the task refuses or finds its event recorded.
   */
  async applyAmendment(input: ApplyAmendmentInput): Promise<OpenTask[]> {
    const { amendment } = input;
    await this.directives.amend(input).catch(nonRetryable);
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
      applyAmendment: (input) => this.applyAmendment(input),
    };
  }
}

/** What retrying cannot mend fails the activity for good (the workflow answers the caller). */
function nonRetryable(error: unknown): never {
  if (error instanceof TaskNotOpenError) throw ApplicationFailure.nonRetryable(error.message, 'TaskNotOpen');
  if (error instanceof MissingRequestError) throw ApplicationFailure.nonRetryable(error.message, 'MissingRequest');
  throw error;
}
