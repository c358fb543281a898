import type { DataSource } from 'typeorm';
import {
  NotFoundError,
  rollUpProgress,
  type Progress,
  type Scope,
  type StatusBucket,
  type TaskRole,
  type Confidentiality,
  type TaskStatus,
} from '@dondoc/domain';
import { ExtensionRequestEntity, TaskEntity, TaskReportEntity, UnitEntity } from './entities';
import { TASK_BUCKET_SQL } from './directives.repository';
import { escapeLike } from './units.repository';

export interface TaskFilter {
  /** The unit (default: the caller's), or (with subtree) it and every unit below it. */
  unitId?: string;
  subtree?: boolean;
  /** As lead unit, as coordinating unit, or either (the default). */
  role?: TaskRole;
  directiveId?: string;
  bucket?: StatusBucket;
  limit: number;
  offset: number;
}

/** One row of a task list: the task, its lead unit and its directive, as the list shows them. */
export interface TaskListRow {
  id: string;
  title: string;
  parentTaskId: string | null;
  depth: number;
  status: TaskStatus;
  deadline: Date;
  originalDeadline: Date;
  completedAt: Date | null;
  leadUnitId: string;
  leadUnitCode: string;
  leadUnitName: string;
  directiveId: string;
  documentNumber: string;
  directiveTitle: string;
  confidentiality: Confidentiality;
  reportingCycleId: string | null;
  periodKey: string | null;
}

/**
 * Task reads for lists and statistics. "All open tasks in this subtree" is a prefix
 * range scan on units.path (C collation) joined to tasks by lead unit and status —
 * see bench/README.md for the plan at 20,000 units.
 */
export class TasksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One task with its units and directive, if the caller may see it: its lead or a
   * coordinating unit, the unit that assigned it, or the directive's issuing unit is in
   * the caller's scope. Enough to decide who may act on it.
   */
  async find(scope: Scope, id: string): Promise<TaskEntity> {
    const task = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.leadUnit', 'lu')
      .innerJoinAndSelect('t.assigningUnit', 'au')
      .innerJoinAndSelect('t.directive', 'd')
      .innerJoinAndSelect('d.issuingUnit', 'iu')
      .leftJoinAndSelect('t.coordinators', 'c')
      .leftJoinAndSelect('c.unit', 'cu')
      .where('t.id = :id', { id })
      .orderBy('c.position')
      .getOne();
    const visible =
      task &&
      [
        task.leadUnit.path,
        task.assigningUnit.path,
        task.directive.issuingUnit.path,
        ...task.coordinators.map((c) => c.unit.path),
      ].some((path) => path.startsWith(scope.unitPath));
    if (!task || !visible) throw new NotFoundError('nhiệm vụ / task', id);
    return task;
  }

  /** The task as `find` gives it, with its reports, extension requests, sub-tasks and rolled-up progress. */
  async get(scope: Scope, id: string) {
    const task = await this.find(scope, id);
    const [reports, extensions, subtasks, tree] = await Promise.all([
      this.dataSource.getRepository(TaskReportEntity).find({ where: { taskId: id }, order: { version: 'ASC' } }),
      this.dataSource
        .getRepository(ExtensionRequestEntity)
        .find({ where: { taskId: id }, order: { requestedAt: 'ASC' } }),
      this.dataSource
        .getRepository(TaskEntity)
        .find({ where: { parentTaskId: id }, relations: { leadUnit: true }, order: { position: 'ASC' } }),
      this.progress(id),
    ]);
    return { task, reports, extensions, subtasks, progress: tree };
  }

  /** Progress of a task and of each task below it, rolled up from its whole delegation tree. */
  async progress(rootId: string): Promise<Map<string, Progress>> {
    const rows: { id: string; parentId: string | null; status: string }[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT id, parent_task_id, status FROM tasks WHERE id = $1
         UNION ALL
         SELECT t.id, t.parent_task_id, t.status FROM tasks t JOIN tree ON t.parent_task_id = tree.id)
       SELECT id, CASE WHEN id = $1 THEN NULL ELSE parent_task_id END AS "parentId", status FROM tree`,
      [rootId],
    );
    return rollUpProgress(rows);
  }

  async exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(TaskEntity).exists({ where: { id } });
  }

  async reportTask(reportId: string): Promise<string | null> {
    const report = await this.dataSource
      .getRepository(TaskReportEntity)
      .findOne({ select: { taskId: true }, where: { id: reportId } });
    return report?.taskId ?? null;
  }

  /**
   * Tasks in which a unit (or, with subtree, a unit below it) takes part: as lead, as
   * coordinating unit, or either. Each item says which (`role`, lead first).
   */
  async list(scope: Scope, filter: TaskFilter) {
    let unit = { id: scope.unitId, path: scope.unitPath };
    if (filter.unitId) {
      const found = await this.dataSource
        .getRepository(UnitEntity)
        .findOne({ select: { id: true, path: true }, where: { id: filter.unitId } });
      if (!found || !found.path.startsWith(scope.unitPath)) throw new NotFoundError('đơn vị / unit', filter.unitId);
      unit = found;
    }
    const role = filter.role ?? 'any';
    const params = { unitId: unit.id, prefix: `${escapeLike(unit.path)}%` };
    const asLead = filter.subtree ? 'lu.path LIKE :prefix' : 't.lead_unit_id = :unitId';
    const asCoordinator = filter.subtree
      ? 'EXISTS (SELECT 1 FROM task_coordinators tc JOIN units cu ON cu.id = tc.unit_id WHERE tc.task_id = t.id AND cu.path LIKE :prefix)'
      : 'EXISTS (SELECT 1 FROM task_coordinators tc WHERE tc.task_id = t.id AND tc.unit_id = :unitId)';
    const where =
      role === 'lead' ? asLead : role === 'coordinating' ? asCoordinator : `(${asLead} OR ${asCoordinator})`;
    // One statement with the columns the list shows and the total beside each row: the
    // list is what every officer's screen polls (bench/README.md, API under load), and
    // entity hydration with a separate count cost several times the query itself.
    const query = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin('t.leadUnit', 'lu')
      .innerJoin('t.directive', 'd')
      .select([
        't.id AS id',
        't.title AS title',
        't.parent_task_id AS "parentTaskId"',
        't.depth AS depth',
        't.status AS status',
        't.deadline AS deadline',
        't.original_deadline AS "originalDeadline"',
        't.completed_at AS "completedAt"',
        'lu.id AS "leadUnitId"',
        'lu.code AS "leadUnitCode"',
        'lu.name AS "leadUnitName"',
        'lu.path AS "leadUnitPath"',
        'd.id AS "directiveId"',
        'd.document_number AS "documentNumber"',
        'd.title AS "directiveTitle"',
        'd.confidentiality AS confidentiality',
        'd.reporting_cycle_id AS "reportingCycleId"',
        'd.period_key AS "periodKey"',
        'count(*) OVER () AS total',
      ])
      .where(where, params)
      .orderBy('t.deadline')
      .addOrderBy('t.id')
      .limit(filter.limit)
      .offset(filter.offset);
    if (filter.directiveId) query.andWhere('t.directive_id = :directiveId', { directiveId: filter.directiveId });
    if (filter.bucket) {
      query.andWhere(`(${TASK_BUCKET_SQL}) = :bucket`, { bucket: filter.bucket });
      // Lets the planner use (lead_unit_id, status) for the open buckets.
      if (filter.bucket.startsWith('open_')) query.andWhere("t.status IN ('assigned', 'overdue')");
    }
    const rows = await query.getRawMany<TaskListRow & { leadUnitPath: string; total: string }>();
    // Past the last page the window has no row to carry the total: count on its own.
    const total = rows.length
      ? Number(rows[0]!.total)
      : filter.offset
        ? await query
            .clone()
            .select('count(*)', 'n')
            .orderBy()
            .limit(undefined)
            .offset(undefined)
            .getRawOne()
            .then((r) => Number(r?.n ?? 0))
        : 0;
    const leads = (row: { leadUnitId: string; leadUnitPath: string }) =>
      filter.subtree ? row.leadUnitPath.startsWith(unit.path) : row.leadUnitId === unit.id;
    return {
      items: rows.map(({ leadUnitPath, total: _total, ...task }) => ({
        task,
        role: leads({ leadUnitId: task.leadUnitId, leadUnitPath }) ? ('lead' as const) : ('coordinating' as const),
      })),
      total,
    };
  }
}
