import { Inject, Injectable, Logger } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { ConflictError, roundOutcomes, settlementReason } from '@dondoc/domain';
import { ReorganisationRoundsRepository, ReportingCyclesRepository } from '@dondoc/persistence';
import {
  cancelTaskUpdate,
  type AmendCycleDefinitionsInput,
  type CycleAmendments,
  type ReorganisationRoundsActivities,
  type RoundSettlement,
  type SettleRoundObligationsInput,
} from '@dondoc/workflow-contract';
import { FanOutActivitiesImpl } from './fan-out.activities';

/** Rounds read per page; tasks told at once from one page. */
const ROUNDS_PER_PAGE = 100;
const PARALLEL = 16;

/**
 * Two steps of the reorganisation apply (docs/decisions/0080): the merge rule on the round
 * obligations of the ended units, before their tasks are handed over, and the cycles naming
 * them amended after. Nothing here writes a task: a closed obligation is cancelled by its
 * own driver, told once per (plan, task).
 */
@Injectable()
export class ReorganisationRoundsActivitiesImpl implements ReorganisationRoundsActivities {
  private readonly logger = new Logger(ReorganisationRoundsActivitiesImpl.name);

  constructor(
    @Inject(ReorganisationRoundsRepository) private readonly rounds: ReorganisationRoundsRepository,
    @Inject(ReportingCyclesRepository) private readonly cycles: ReportingCyclesRepository,
    @Inject(FanOutActivitiesImpl) private readonly fanOut: FanOutActivitiesImpl,
  ) {}

  /**
   * Page by page of rounds: the merge rule (roundOutcomes) over the obligations of the ended
   * units and their successors; each `merged` or `satisfied` one cancelled through its task's
   * workflow with the reason naming the kept obligation or the given report. One with lower
   * levels still open is left to the hand-over (cancelling it would cancel them). A retry
   * resumes after the last page heartbeated; a page told again changes nothing (same update
   * ids; a cancelled task is no longer read).
   */
  async settleRoundObligations(input: SettleRoundObligationsInput): Promise<RoundSettlement> {
    const totals: RoundSettlement = { rounds: 0, merged: 0, satisfied: 0, kept: 0, moves: 0, given: 0, skipped: 0 };
    let after = resumedCursor();
    for (;;) {
      const rows = await this.rounds.obligationsPage(input.moves, input.taskMoves ?? [], after, ROUNDS_PER_PAGE);
      const roundIds = [...new Set(rows.map((r) => r.roundId))];
      totals.rounds += roundIds.length;
      const byTask = new Map(rows.map((r) => [r.taskId, r]));
      const outcomes = roundOutcomes(rows.map((r) => ({ ...r, successorCode: r.toUnitId })));
      const closing: { taskId: string; directiveId: string; reason: string; outcome: 'merged' | 'satisfied' }[] = [];
      for (const { row, outcome, keptTaskId } of outcomes) {
        if (outcome === 'kept' || outcome === 'moves' || outcome === 'given') totals[outcome]++;
        if (outcome !== 'merged' && outcome !== 'satisfied') continue;
        const task = byTask.get(row.taskId)!;
        if (task.hasOpenSubtasks) {
          totals.kept++;
          continue;
        }
        const kept = byTask.get(keptTaskId!)!;
        closing.push({
          taskId: row.taskId,
          directiveId: task.directiveId,
          outcome,
          reason: settlementReason(outcome, kept),
        });
      }
      for (let i = 0; i < closing.length; i += PARALLEL) {
        await Promise.all(
          closing.slice(i, i + PARALLEL).map(async (c) => {
            if (await this.close(c.taskId, c.directiveId, c.reason, input)) totals[c.outcome]++;
            else totals.skipped++;
          }),
        );
        heartbeat(after);
      }
      if (roundIds.length < ROUNDS_PER_PAGE) return totals;
      after = roundIds.at(-1)!;
      heartbeat(after);
    }
  }

  /** The cancellation an amendment sends, once per (plan, task); false when the task had closed meanwhile. */
  private async close(
    taskId: string,
    directiveId: string,
    reason: string,
    input: SettleRoundObligationsInput,
  ): Promise<boolean> {
    try {
      await this.fanOut.startTaskWorkflows({ directiveId, taskIds: [taskId] });
      await this.fanOut.sendToTask(
        taskId,
        cancelTaskUpdate,
        [{ actor: input.actor, reason }],
        { updateId: `reorg:${input.planId}:${taskId}:settle` },
        input.actor,
      );
      return true;
    } catch (error) {
      const name = (error as Error).name;
      if (!(error instanceof ConflictError) && name !== 'WorkflowUpdateFailedError' && name !== 'WorkflowNotFoundError')
        throw error;
      this.logger.warn(`task ${taskId}: round obligation not closed (${name})`);
      return false;
    }
  }

  /**
   * Each cycle not ended naming an ended unit gets a new version naming its successor (its
   * `cycle.amended` audit row), one transaction per cycle; asked again, a cycle that names
   * no ended unit any more is left as it is. Rounds already open are not touched.
   */
  async amendCycleDefinitions(input: AmendCycleDefinitionsInput): Promise<CycleAmendments> {
    const ids = await this.cycles.namingUnits(input.moves.map((m) => m.fromUnitId));
    const cycleIds: string[] = [];
    for (const id of ids) {
      if (await this.cycles.amendUnits(id, input.moves, input.planId, input.actor)) cycleIds.push(id);
      heartbeat(id);
    }
    return { amended: cycleIds.length, cycleIds };
  }

  asActivities(): ReorganisationRoundsActivities {
    return {
      settleRoundObligations: (input) => this.settleRoundObligations(input),
      amendCycleDefinitions: (input) => this.amendCycleDefinitions(input),
    };
  }
}

/** The last page done by an earlier attempt of this activity (its heartbeat), or null. */
function resumedCursor(): string | null {
  try {
    const details = Context.current().info.heartbeatDetails as unknown;
    return typeof details === 'string' ? details : null;
  } catch {
    return null;
  }
}

function heartbeat(cursor: string | null): void {
  try {
    Context.current().heartbeat(cursor);
  } catch {
    // Called outside an activity (tests): nothing to report to.
  }
}
