import { Inject, Injectable, Logger } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import {
  ApplicationFailure,
  WorkflowExecutionAlreadyStartedError,
  WorkflowIdConflictPolicy,
  WorkflowIdReusePolicy,
} from '@temporalio/common';
import { AppConfig } from '@dondoc/config';
import {
  openingDeadlines,
  parseFrequency,
  roundPeriodAt,
  roundPeriodOfKey,
  UnavailableError,
  type CycleTiming,
} from '@dondoc/domain';
import {
  CalendarRepository,
  ReportingCyclesRepository,
  ReportingRoundsRepository,
  RoundChangesRepository,
  type ReportingCycleEntity,
} from '@dondoc/persistence';
import { TemporalClientService, updateTask } from '@dondoc/temporal-client';
import {
  delegateTaskUpdate,
  ROUND_WORKFLOW,
  roundWorkflowId,
  type RoundActivities,
  type RoundInput,
  type RoundResult,
  type AmendRoundInput,
  type RoundWorkflow,
  type UrgeRoundInput,
  type WithdrawRoundInput,
} from '@dondoc/workflow-contract';
import { FanOutActivitiesImpl } from './fan-out.activities';
import { TaskActivitiesImpl } from './task.activities';

/** Telling tasks (FanOutActivitiesImpl.tellEach): through their workflows' cancel and change-deadline updates. */
export type TellTasks = Pick<FanOutActivitiesImpl, 'tellEach'>;

const ROUND_ACTOR = 'system:round';

/** The round workflows' activities: recording a round, creating its lower levels, opening by schedule, urging. */
@Injectable()
export class RoundActivitiesImpl implements RoundActivities {
  private readonly logger = new Logger(RoundActivitiesImpl.name);

  constructor(
    @Inject(ReportingCyclesRepository) private readonly cycles: ReportingCyclesRepository,
    @Inject(ReportingRoundsRepository) private readonly rounds: ReportingRoundsRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(TaskActivitiesImpl) private readonly tasks: TaskActivitiesImpl,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(RoundChangesRepository) private readonly changes: RoundChangesRepository,
    @Inject(FanOutActivitiesImpl) private readonly tell: TellTasks,
  ) {}

  private async timing(cycle: ReportingCycleEntity, at: Date) {
    const year = at.getFullYear();
    const calendar = await this.calendars.calendar([year - 1, year, year + 1], this.config.timezone);
    const def = cycle.definition;
    const timing: CycleTiming = {
      frequency: parseFrequency(def.frequency)!,
      cutOffRule: def.cutOffRule,
      startsAt: cycle.startsAt,
      levelDeadlines: def.levelDeadlines,
    };
    return { timing, calendar };
  }

  async recordRound(input: RoundInput & { eventId: string }) {
    const cycle = await this.cycles.find(input.cycleId);
    if (cycle.status === 'ended') return { status: 'skipped' as const, reason: 'cycle ended' };
    // The later of when it was asked for and now: a recording delayed by an outage still
    // gives deadlines after the moment the tasks are created.
    const openedAt = new Date(Math.max(Date.now(), input.openedAt ? Date.parse(input.openedAt) : 0));
    const { timing, calendar } = await this.timing(cycle, openedAt);
    const planned = roundPeriodOfKey(timing, input.periodKey, calendar);
    if (!planned) return { status: 'skipped' as const, reason: `no period ${input.periodKey}` };
    // A round opened late still gives every unit a deadline after the opening.
    const period = openingDeadlines(timing, planned, openedAt, calendar);
    const opened = await this.rounds.open(cycle.id, period, input.openedBy, input.eventId);
    // A second run of the same round (its id reused after the first closed) opens nothing again.
    if (!opened.created) return { status: 'skipped' as const, reason: 'already open', roundId: opened.roundId };
    return { status: 'opened' as const, ...opened };
  }

  async delegateRoundLevel({ roundId, depth }: { roundId: string; depth: number }): Promise<number> {
    const delegations = await this.rounds.delegationsAt(roundId, depth);
    let count = 0;
    for (const { parentTaskId, parentUnitId, subtasks } of delegations) {
      const delegationId = `round:${roundId}:${parentTaskId}`;
      try {
        await updateTask(
          this.temporal.client,
          parentTaskId,
          delegateTaskUpdate,
          [{ actor: ROUND_ACTOR, actorUnitId: parentUnitId, delegationId, subtasks }],
          { updateId: delegationId },
        );
        count += subtasks.length;
      } catch (error) {
        // Temporal busy, or the parent's workflow not started yet: the activity is retried
        // (the update id makes the delegation happen once).
        if (error instanceof UnavailableError) throw error;
        // A parent already closed (reported early with a reason, or cancelled) takes no sub-tasks.
        this.logger.warn(
          `round ${roundId}: no delegation under ${parentTaskId} (due ${subtasks.map((t) => t.deadline).join(', ')} at ${new Date().toISOString()}): ${(error as Error).message}`,
        );
      }
    }
    return count;
  }

  async openScheduledRound({ cycleId, at }: { cycleId: string; at: string }): Promise<RoundResult> {
    const cycle = await this.cycles.find(cycleId);
    const when = new Date(at);
    if (cycle.status !== 'active') return { status: 'skipped', reason: `cycle ${cycle.status}` };
    if (cycle.endsAt && when > cycle.endsAt) return { status: 'skipped', reason: 'cycle over' };
    const { timing, calendar } = await this.timing(cycle, when);
    const period = roundPeriodAt(timing, when, calendar);
    if (!period) return { status: 'skipped', reason: 'no period ends here' };
    try {
      await this.temporal.client.workflow.start<RoundWorkflow>(ROUND_WORKFLOW, {
        workflowId: roundWorkflowId(cycleId, period.key),
        taskQueue: this.temporal.taskQueue,
        args: [{ cycleId, periodKey: period.key, openedBy: 'schedule', openedAt: at }],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      return { status: 'skipped', reason: `round ${period.key} already opened` };
    }
    return { status: 'opened', reason: period.key };
  }

  async urgeLateUnits({ roundId, actor, urgeId }: UrgeRoundInput): Promise<number> {
    const late = (await this.rounds.tasks(roundId)).filter(
      (t) => !t.reportedAt && (t.status === 'assigned' || t.status === 'overdue'),
    );
    for (const task of late) {
      await this.tasks.notify({
        noticeId: `${task.taskId}:urge:${urgeId}`,
        kind: 'reminder',
        taskId: task.taskId,
        targetUnitId: task.unitId,
        awaiting: 'report',
        dueAt: task.deadline.toISOString(),
        note: 'urged',
      });
    }
    await this.rounds.recordUrged(
      roundId,
      actor,
      `round-urge:${roundId}:${urgeId}`,
      late.map((t) => t.taskId),
    );
    return late.length;
  }

  async awaitRoundOpened({ roundId }: { roundId: string }): Promise<void> {
    const round = await this.rounds.find(roundId);
    if (!round) throw ApplicationFailure.nonRetryable(`no round ${roundId}`, 'RoundNotFound');
    const handle = this.temporal.client.workflow.getHandle(roundWorkflowId(round.cycleId, round.periodKey));
    const status = await handle.describe().then(
      (d) => d.status.name,
      (error: unknown) => {
        if (error instanceof WorkflowNotFoundError) return 'NOT_FOUND';
        throw error;
      },
    );
    // Retried by the workflow's policy until the last level's tasks exist.
    if (status === 'RUNNING') throw ApplicationFailure.retryable(`round ${roundId} is still opening`, 'RoundOpening');
  }

  recordRoundWithdrawn(input: WithdrawRoundInput & { eventId: string }) {
    return this.changes.withdraw(input.roundId, input.reason, input.actor, input.eventId);
  }

  async cancelRoundTasks(input: { roundId: string; depth: number; reason: string; actor: string }): Promise<number> {
    const taskIds = await this.changes.openTasks(input.roundId, { depth: input.depth });
    return this.tell.tellEach(taskIds, { kind: 'cancel', reason: input.reason }, input.actor);
  }

  recordRoundDeadlines(input: AmendRoundInput & { eventId: string }): Promise<boolean> {
    return this.changes.amendDeadlines(input.roundId, input.deadlines, input.actor, input.eventId);
  }

  async retimeRoundTasks(input: { roundId: string; level: string; deadline: string; actor: string }): Promise<number> {
    const taskIds = await this.changes.openTasks(input.roundId, { level: input.level });
    return this.tell.tellEach(taskIds, { kind: 'change_deadline', deadline: input.deadline }, input.actor);
  }

  asActivities(): RoundActivities {
    return {
      recordRound: (input) => this.recordRound(input),
      delegateRoundLevel: (input) => this.delegateRoundLevel(input),
      openScheduledRound: (input) => this.openScheduledRound(input),
      urgeLateUnits: (input) => this.urgeLateUnits(input),
      awaitRoundOpened: (input) => this.awaitRoundOpened(input),
      recordRoundWithdrawn: (input) => this.recordRoundWithdrawn(input),
      cancelRoundTasks: (input) => this.cancelRoundTasks(input),
      recordRoundDeadlines: (input) => this.recordRoundDeadlines(input),
      retimeRoundTasks: (input) => this.retimeRoundTasks(input),
    };
  }
}
