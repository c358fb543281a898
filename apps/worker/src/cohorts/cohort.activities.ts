import { Inject, Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import type { EntityManager } from 'typeorm';
import { emptyProgress, plannedProgress } from '@dondoc/domain';
import {
  CohortRepository,
  DirectiveEntity,
  TaskWorkflowInputs,
  type AssignedMember,
  type TaskCohortEntity,
} from '@dondoc/persistence';
import { TemporalClientService } from '@dondoc/temporal-client';
import {
  COHORT_WORKFLOW,
  cohortWorkflowId,
  type CohortActivities,
  type CohortStepInput,
  type CohortStepResult,
  type CohortWorkflow,
  type CohortWorkflowInput,
} from '@dondoc/workflow-contract';
import { CohortNotices } from './cohort-notices';

/**
 * What cohorts do in the worker (docs/decisions/0065-task-cohorts.md): put a directive's
 * tasks in cohorts inside its recording transaction, start the cohorts' workflows, and
 * write each instant of a cohort as one set-based step.
 */
@Injectable()
export class CohortActivitiesImpl implements CohortActivities {
  constructor(
    @Inject(CohortRepository) private readonly cohorts: CohortRepository,
    @Inject(TaskWorkflowInputs) private readonly inputs: TaskWorkflowInputs,
    @Inject(CohortNotices) private readonly notices: CohortNotices,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
  ) {}

  /** The directive is cancelled: its cohorts' members in one step, their notices delivered after it. */
  async cancelMembers(directiveId: string, reason: string, actor: string): Promise<number> {
    const notices = await this.cohorts.cancelMembers(directiveId, reason, actor, (manager, list) =>
      this.notices.writeInbox(manager, list),
    );
    await this.notices.planDeliveries(this.cohorts.manager, notices);
    return notices.length;
  }

  /**
   * Inside the directive's recording transaction: its tasks in cohorts, and their new-task
   * notices in the inbox. The directive is live (every task assigned and told in-app)
   * when the transaction commits. With `added`, the tasks an amendment adds, inside the
   * amendment's transaction, in cohorts of their own (CohortRepository.assign); their
   * acknowledgement is due as their own workflow's would be (TaskWorkflowInputs: by
   * urgency from the directive's acceptance, counting every task it has now).
   */
  async assign(
    manager: EntityManager,
    directiveId: string,
    actor: string,
    added?: { taskIds: string[]; by: string },
  ): Promise<void> {
    const directive = await manager.findOneByOrFail(DirectiveEntity, { id: directiveId });
    const [{ total }] = await manager.query(
      'SELECT count(*)::int AS total FROM tasks WHERE directive_id = $1 AND parent_task_id IS NULL',
      [directiveId],
    );
    const { ackDeadline, calendar } = await this.inputs.directiveAck(directive, total, [], manager);
    // Each obligation counts from the recording, as a task workflow's first plan counts it.
    const now = new Date();
    // A page of members at a time: their new-task notices written as each page is put in cohorts.
    await this.cohorts.assign(
      manager,
      directiveId,
      () => ackDeadline,
      actor,
      (terms) => plannedProgress(terms, emptyProgress(), calendar, now),
      async (members: AssignedMember[]) => {
        await this.notices.writeInbox(
          manager,
          this.notices.assignments(members, (m) => m.deadline),
        );
      },
      added,
    );
  }

  /** Starts the directive's cohort workflows; a second start joins the first (business key, USE_EXISTING). */
  async startCohorts({ directiveId }: { directiveId: string }): Promise<number> {
    const cohorts = await this.cohorts.cohortsOf(directiveId);
    for (const cohort of cohorts) await this.start(cohort, { first: true });
    return cohorts.length;
  }

  /**
   * Starts the cohorts of tasks an amendment added (after its transaction committed; a
   * retried amendment joins the running workflows: business key, USE_EXISTING).
   */
  async startCohortsOf(taskIds: string[]): Promise<number> {
    const cohorts = await this.cohorts.cohortsOfTasks(taskIds);
    for (const cohort of cohorts) await this.start(cohort, { first: true });
    return cohorts.length;
  }

  /** Starts (or joins) one cohort's workflow from its stored progress; the first start also delivers the assignments. */
  async start(cohort: TaskCohortEntity, { first = false } = {}): Promise<void> {
    await this.temporal.client.workflow.start<CohortWorkflow>(COHORT_WORKFLOW, {
      workflowId: cohortWorkflowId(cohort.id),
      taskQueue: this.temporal.taskQueue,
      args: [{ ...(await this.workflowInput(cohort)), ...(first ? { assignments: true } : {}) }],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    });
  }

  async workflowInput(cohort: TaskCohortEntity): Promise<CohortWorkflowInput> {
    const directive = await this.cohorts.directive(cohort.directiveId);
    const { calendar } = await this.inputs.directiveAck(directive, 1, [cohort.deadline.getFullYear()]);
    return {
      cohortId: cohort.id,
      directiveId: cohort.directiveId,
      issuingUnitId: cohort.issuingUnitId,
      deadline: cohort.deadline.toISOString(),
      ackDeadline: cohort.ackDeadline.toISOString(),
      reminderPolicy: cohort.reminderPolicy,
      escalationPolicy: cohort.escalationPolicy,
      chainLength: cohort.chainLength,
      calendar: calendar.toData(),
      progress: cohort.progress,
    };
  }

  /**
   * One instant of the cohort. It heartbeats every few seconds while it runs (the
   * workflow's heartbeat timeout is 30 s): the transaction has no natural checkpoints,
   * and what the heartbeat tells Temporal is that this worker is still alive, so a
   * worker killed mid-step has the step retried elsewhere in seconds, not minutes.
   */
  async cohortStep({ cohortId, step, progress }: CohortStepInput): Promise<CohortStepResult> {
    return whileAlive(async () => {
      const { notices, remaining } = await this.cohorts.step(cohortId, step, progress, (manager, list) =>
        this.notices.writeInbox(manager, list),
      );
      await this.notices.planDeliveries(this.cohorts.manager, notices);
      return { notified: notices.length, remaining };
    });
  }

  /** The new-task e-mails and webhook calls of every task the cohort was given, planned a page of members at a time. */
  async deliverAssignments({ cohortId }: { cohortId: string }): Promise<number> {
    const cohort = await this.cohorts.cohort(cohortId);
    if (!cohort) return 0;
    const deadline = cohort.deadline.toISOString();
    let planned = 0;
    for (let after: string | undefined; ;) {
      const members = await this.cohorts.members(cohortId, { all: true, after, limit: DELIVERY_PAGE });
      planned += await this.notices.planDeliveries(
        this.cohorts.manager,
        this.notices.assignments(members, () => deadline),
      );
      if (members.length < DELIVERY_PAGE) return planned;
      after = members[members.length - 1]!.taskId;
    }
  }

  asActivities(): CohortActivities {
    return {
      cohortStep: (input) => this.cohortStep(input),
      deliverAssignments: (input) => this.deliverAssignments(input),
    };
  }
}

const HEARTBEAT_EVERY_MS = 5_000;

/** Members whose new-task deliveries are planned at once (a national cohort is 100,000). */
const DELIVERY_PAGE = 5_000;

/** Runs `work`, heartbeating every few seconds while it runs when inside an activity. */
async function whileAlive<T>(work: () => Promise<T>): Promise<T> {
  let context: Context | undefined;
  try {
    context = Context.current();
  } catch {
    // Called outside an activity (tests): nothing to report to.
  }
  const timer = context ? setInterval(() => context.heartbeat(), HEARTBEAT_EVERY_MS) : undefined;
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
