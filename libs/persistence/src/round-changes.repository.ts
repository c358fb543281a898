import type { DataSource } from 'typeorm';
import { OPEN_STATUSES, type RoundLevelDeadline } from '@dondoc/domain';
import { alreadyRecorded, appendAudit } from './audit/audit-append';
import { DirectiveEntity, ReportingRoundEntity, ReportingRoundUnitEntity } from './entities';
/** What withdrawing a round found: whether it did (false: already withdrawn), its depth, the reports kept. */
export interface RoundWithdrawal {
  withdrawn: boolean;
  maxDepth: number;
  reportsKept: number;
}

/**
 * Ending a round early (docs/decisions/0030-reporting-rounds.md, "Ending a round"): the
 * round's own rows, written by the round's activities. Its tasks are cancelled or
 * re-dated by their workflows, never here.
 */
export class RoundChangesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Marks the round withdrawn, and its directive row cancelled with the reason, with one
   * audit row; a second call (a retried activity) finds it withdrawn and changes nothing.
   */
  async withdraw(roundId: string, reason: string, actor: string, eventId: string): Promise<RoundWithdrawal> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(ReportingRoundEntity, {
        where: { id: roundId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!round) throw new Error(`no round ${roundId}`);
      const [{ depth, reports, open }] = await manager.query(
        `SELECT COALESCE(MAX(ru.depth), 0)::int AS depth,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM task_reports r WHERE r.task_id = ru.task_id))::int AS reports,
                count(*) FILTER (WHERE t.status = ANY($2))::int AS open
           FROM reporting_round_units ru LEFT JOIN tasks t ON t.id = ru.task_id
          WHERE ru.round_id = $1`,
        [roundId, [...OPEN_STATUSES]],
      );
      if (round.withdrawnAt) return { withdrawn: false, maxDepth: depth, reportsKept: reports };
      await manager.update(
        ReportingRoundEntity,
        { id: roundId },
        { withdrawnAt: new Date(), withdrawnBy: actor, withdrawalReason: reason },
      );
      await manager.update(DirectiveEntity, { id: round.directiveId }, { status: 'cancelled', cancelReason: reason });
      await appendAudit(manager, [
        {
          eventId,
          entityType: 'reporting_round',
          entityId: roundId,
          action: 'round.withdrawn',
          actor,
          before: { status: 'open' },
          after: { status: 'withdrawn', reason, openTasks: open, reportsKept: reports },
        },
      ]);
      return { withdrawn: true, maxDepth: depth, reportsKept: reports };
    });
  }

  /** The round's tasks still open at a depth (or of a level): those a withdrawal or an amendment tells. */
  async openTasks(roundId: string, where: { depth: number } | { level: string }): Promise<string[]> {
    const [column, value] = 'depth' in where ? ['depth', where.depth] : ['level', where.level];
    const rows: { task_id: string }[] = await this.dataSource.query(
      `SELECT ru.task_id FROM reporting_round_units ru JOIN tasks t ON t.id = ru.task_id
        WHERE ru.round_id = $1 AND ru.${column} = $2 AND t.status = ANY($3)
        ORDER BY ru.task_id`,
      [roundId, value, [...OPEN_STATUSES]],
    );
    return rows.map((r) => r.task_id);
  }

  /**
   * Stores new deadlines for some of the round's levels, with one audit row (each task's
   * own change is its workflow's row). False when the round has been withdrawn.
   */
  async amendDeadlines(
    roundId: string,
    changes: RoundLevelDeadline[],
    actor: string,
    eventId: string,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(ReportingRoundEntity, {
        where: { id: roundId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!round || round.withdrawnAt) return false;
      if (await alreadyRecorded(manager, eventId)) return true;
      const before: { level: string; deadline: Date }[] = await manager.query(
        `SELECT DISTINCT level, deadline FROM reporting_round_units WHERE round_id = $1 AND level = ANY($2)`,
        [roundId, changes.map((c) => c.level)],
      );
      for (const { level, deadline } of changes) {
        await manager.update(ReportingRoundUnitEntity, { roundId, level }, { deadline: new Date(deadline) });
      }
      await appendAudit(manager, [
        {
          eventId,
          entityType: 'reporting_round',
          entityId: roundId,
          action: 'round.deadlines_amended',
          actor,
          before: { deadlines: before.map((b) => ({ level: b.level, deadline: b.deadline.toISOString() })) },
          after: { deadlines: changes.map((c) => ({ level: c.level, deadline: new Date(c.deadline).toISOString() })) },
        },
      ]);
      return true;
    });
  }

  /** The cycle's rounds not withdrawn that still have a task open (or not yet created). */
  async openRounds(cycleId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT r.id FROM reporting_rounds r
        WHERE r.cycle_id = $1 AND r.withdrawn_at IS NULL
          AND EXISTS (SELECT 1 FROM reporting_round_units ru LEFT JOIN tasks t ON t.id = ru.task_id
                       WHERE ru.round_id = r.id AND COALESCE(t.status, 'pending') NOT IN ('completed', 'cancelled'))
        ORDER BY r.opened_at`,
      [cycleId],
    );
    return rows.map((r) => r.id);
  }
}
