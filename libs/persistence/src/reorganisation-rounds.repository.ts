import type { DataSource } from 'typeorm';
import { OPEN_STATUSES, type TaskPhase } from '@dondoc/domain';

/** An ended unit and where its obligations go (ids); per task for a split unit's tasks. */
export interface UnitMoveIds {
  fromUnitId: string;
  toUnitId: string;
}

export interface RoundObligationRow {
  roundId: string;
  taskId: string;
  directiveId: string;
  phase: TaskPhase;
  /** The unit that owes it now (the task's lead), with its code and name for the reason. */
  unitId: string;
  unitCode: string;
  unitName: string;
  /** The unit that will owe it: the lead's successor, or the lead itself when it is a successor. */
  toUnitId: string;
  isSuccessorOwn: boolean;
  /** Lower levels delegated from it are still open: cancelling it would cancel them too. */
  hasOpenSubtasks: boolean;
}

/**
 * What the reorganisation apply reads about reporting rounds (docs/decisions/0080): the
 * obligations of the ended units in the rounds still open, a page of rounds at a time, with
 * the successors' own obligations in those rounds, as the merge rule (roundOutcomes) needs.
 * One statement per page whatever the number of units: the moves go in as unnest()ed arrays.
 */
export class ReorganisationRoundsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Rounds (not withdrawn) after `after` in id order, at most `limit`, in which an ended unit
   * leads an open task; every obligation in them of an ended unit, or of a unit that succeeds
   * one (cancelled tasks left out, reports given kept in).
   */
  obligationsPage(
    moves: UnitMoveIds[],
    taskMoves: (UnitMoveIds & { taskId: string })[],
    after: string | null,
    limit: number,
  ): Promise<RoundObligationRow[]> {
    return this.dataSource.query(
      `WITH m AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS m(unit_id, to_id)),
            tm AS (SELECT * FROM unnest($3::uuid[], $4::uuid[], $5::uuid[]) AS tm(task_id, unit_id, to_id)),
            page AS (
              SELECT DISTINCT ru.round_id FROM reporting_round_units ru
                JOIN reporting_rounds r ON r.id = ru.round_id AND r.withdrawn_at IS NULL
                JOIN tasks t ON t.id = ru.task_id AND t.status = ANY($6::text[])
                JOIN m ON m.unit_id = t.lead_unit_id
               WHERE $7::uuid IS NULL OR ru.round_id > $7::uuid
               ORDER BY ru.round_id LIMIT $8),
            owed AS (
              SELECT ru.round_id, t.id AS task_id, t.directive_id, t.phase, t.lead_unit_id,
                     coalesce(tm.to_id, m.to_id) AS to_id
                FROM reporting_round_units ru JOIN page USING (round_id)
                JOIN tasks t ON t.id = ru.task_id AND t.phase <> 'cancelled'
                LEFT JOIN m ON m.unit_id = t.lead_unit_id
                LEFT JOIN tm ON tm.task_id = t.id AND tm.unit_id = t.lead_unit_id)
       SELECT o.round_id AS "roundId", o.task_id AS "taskId", o.directive_id AS "directiveId", o.phase,
              o.lead_unit_id AS "unitId", u.code AS "unitCode", u.name AS "unitName",
              coalesce(o.to_id, o.lead_unit_id) AS "toUnitId", o.to_id IS NULL AS "isSuccessorOwn",
              EXISTS (SELECT 1 FROM tasks s WHERE s.parent_task_id = o.task_id AND s.status = ANY($6::text[]))
                AS "hasOpenSubtasks"
         FROM owed o JOIN units u ON u.id = o.lead_unit_id
        WHERE o.to_id IS NOT NULL
           OR EXISTS (SELECT 1 FROM owed s WHERE s.round_id = o.round_id AND s.to_id = o.lead_unit_id)
        ORDER BY o.round_id, o.task_id`,
      [
        moves.map((m) => m.fromUnitId),
        moves.map((m) => m.toUnitId),
        taskMoves.map((m) => m.taskId),
        taskMoves.map((m) => m.fromUnitId),
        taskMoves.map((m) => m.toUnitId),
        [...OPEN_STATUSES],
        after,
        limit,
      ],
    );
  }
}
