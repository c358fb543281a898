import type { DataSource } from 'typeorm';

export interface FormerUnit {
  id: string;
  code: string;
  name: string;
}

/**
 * Where units and their tasks came from (docs/decisions/0079): the lead unit a task left
 * when it was handed over, read from its `task.handed_over` audit rows, and the ended
 * units whose successor a unit is. One statement per call, whatever the number of ids.
 */
export class UnitLineageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * For each task that was handed over as lead: the unit its last such hand-over took it
   * from (`before.leadUnitId`), by task id. A hand-over of a coordinating or assigning role
   * only (the lead unchanged) names none.
   */
  async formerLeadUnits(taskIds: string[]): Promise<Map<string, FormerUnit>> {
    if (taskIds.length === 0) return new Map();
    const rows: (FormerUnit & { taskId: string })[] = await this.dataSource.query(
      `SELECT DISTINCT ON (a.entity_id) a.entity_id AS "taskId", u.id, u.code, u.name
         FROM audit_events a
         JOIN units u ON u.id = (a.before->>'leadUnitId')::uuid
        WHERE a.entity_type = 'task' AND a.entity_id = ANY($1::uuid[])
          AND a.action IN ('task.handed_over', 'task.reassigned')
          AND a.before->>'leadUnitId' IS DISTINCT FROM a.after->>'leadUnitId'
        ORDER BY a.entity_id, a.seq DESC`,
      [[...new Set(taskIds)]],
    );
    return new Map(rows.map(({ taskId, ...unit }) => [taskId, unit]));
  }

  /** The ended units whose successor each of `unitIds` is, by successor id (by code within one). */
  async predecessors(unitIds: string[]): Promise<Map<string, FormerUnit[]>> {
    const found = new Map<string, FormerUnit[]>();
    if (unitIds.length === 0) return found;
    const rows: (FormerUnit & { successorId: string })[] = await this.dataSource.query(
      `SELECT u.successor_id AS "successorId", u.id, u.code, u.name
         FROM units u
        WHERE u.successor_id = ANY($1::uuid[]) AND NOT u.active
        ORDER BY u.successor_id, u.code`,
      [[...new Set(unitIds)]],
    );
    for (const { successorId, ...unit } of rows) found.set(successorId, [...(found.get(successorId) ?? []), unit]);
    return found;
  }

  /** Units by id, whatever their state (a history names the units a task moved between). */
  async refs(unitIds: string[]): Promise<Map<string, FormerUnit>> {
    if (unitIds.length === 0) return new Map();
    const rows: FormerUnit[] = await this.dataSource.query(
      `SELECT u.id, u.code, u.name FROM units u WHERE u.id = ANY($1::uuid[])`,
      [[...new Set(unitIds)]],
    );
    return new Map(rows.map((unit) => [unit.id, unit]));
  }
}
