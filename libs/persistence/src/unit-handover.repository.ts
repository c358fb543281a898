import { DataSource, In } from 'typeorm';
import { ConflictError, deactivationConflict, msg, OPEN_STATUSES } from '@dondoc/domain';
import { alreadyRecorded, appendAudit } from './audit/audit-append';
import { TaskEntity, UnitEntity } from './entities';

/**
 * A unit's deactivation as its hand-over workflow records it (docs/decisions/0042), and the
 * pages of open tasks it then tells: the worker's side of a unit ending. The API's checks
 * before the workflow starts stay in UnitsRepository (`checkDeactivation`).
 */
export class UnitHandOverRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Deactivates a unit (never deletes it) and links its successor: the unit row and its
   * audit row, once per event id (the unit hand-over workflow's activity). Its open tasks
   * are not written here: each task's workflow takes the hand-over and records it
   * (docs/decisions/0042). The checks are made again under lock; what fails them now (a
   * race with another change) is answered as refused, the unit left as it was.
   */
  async recordDeactivation(input: {
    eventId: string;
    unitId: string;
    successorId: string;
    reason: string;
    actor: string;
  }): Promise<{ status: 'deactivated'; movedTaskIds: string[] } | { status: 'refused'; error: ConflictError }> {
    const { eventId, unitId: id, successorId, reason, actor } = input;
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOne(UnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!unit)
        return {
          status: 'refused',
          error: new ConflictError(msg('units.noSuchUnit2'), [{ field: 'id', message: id }]),
        };
      const movedTaskIds = async () =>
        (
          await manager.find(TaskEntity, {
            select: { id: true },
            where: { leadUnitId: id, status: In([...OPEN_STATUSES]) },
            order: { id: 'ASC' },
          })
        ).map((task) => task.id);
      // Retried after its commit: recorded already, and no task has been told yet.
      if (await alreadyRecorded(manager, eventId)) {
        if (unit.successorId === successorId) return { status: 'deactivated', movedTaskIds: await movedTaskIds() };
        return { status: 'refused', error: deactivationConflict(unit)! };
      }
      const successor = await manager.findOne(UnitEntity, {
        where: { id: successorId },
        lock: { mode: 'pessimistic_read' },
      });
      const children = await manager.count(UnitEntity, { where: { parentId: id, active: true } });
      const conflict =
        deactivationConflict(unit) ??
        (successor?.active
          ? deactivationConflict(unit, successor, children)
          : new ConflictError(msg('units.theSuccessorIsDeactivated'), [
              { field: 'successorId', message: successorId },
            ]));
      if (conflict) return { status: 'refused', error: conflict };
      await manager.update(UnitEntity, { id }, { active: false, successorId, deactivatedAt: new Date() });
      const moved = await movedTaskIds();
      await appendAudit(manager, [
        {
          eventId,
          entityType: 'unit',
          entityId: id,
          action: 'unit.deactivated',
          actor,
          before: { active: true },
          after: { active: false, successorId, reason, movedTasks: moved.length },
        },
      ]);
      return { status: 'deactivated', movedTaskIds: moved };
    });
  }

  /**
   * A page of the open tasks that name the unit as lead, coordinating or assigning unit,
   * by id after `after`: what a deactivation hands over to the successor.
   */
  async openTasksNaming(
    unitId: string,
    after: string | null,
    limit: number,
  ): Promise<{ id: string; directiveId: string }[]> {
    return this.dataSource.query(
      `SELECT t.id, t.directive_id AS "directiveId" FROM tasks t
        WHERE t.status = ANY($2)
          AND ($3::uuid IS NULL OR t.id > $3::uuid)
          AND (t.lead_unit_id = $1 OR t.assigning_unit_id = $1
               OR EXISTS (SELECT 1 FROM task_coordinators c WHERE c.task_id = t.id AND c.unit_id = $1))
        ORDER BY t.id LIMIT $4`,
      [unitId, [...OPEN_STATUSES], after, limit],
    );
  }
}
