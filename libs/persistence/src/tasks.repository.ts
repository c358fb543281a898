import type { DataSource } from 'typeorm';
import {
  NotFoundError,
  rollUpProgress,
  type Progress,
  type Scope,
  type StatusBucket,
  type TaskRole,
  type TaskStatus,
  type TaskSort,
  msg,
} from '@dondoc/domain';
import { ExtensionRequestEntity, TaskEntity, TaskIndicatorEntity, TaskReportEntity, UnitEntity } from './entities';
import { TASK_BUCKET_SQL, TASK_BUCKET_WHERE } from './directives.repository';
import { escapeLike } from './sql';
import { mergeOnKey, TASK_SORT_KEYS, type KeyedRow } from './task-list-keys';

export { mergeOnKey, TASK_SORT_KEYS, type TaskListRow } from './task-list-keys';

export interface TaskCountFilter {
  /** The unit (default: the caller's), or (with subtree) it and every unit below it. */
  unitId?: string;
  subtree?: boolean;
  /** As lead unit, as coordinating unit, or either (the default). */
  role?: TaskRole;
  directiveId?: string;
  bucket?: StatusBucket;
  /** The directive's document type code (directives.doc_type, e.g. KH). */
  docType?: string;
}

/** A page of a task list: after a key (keyset) or past an offset. */
export interface TaskFilter extends TaskCountFilter {
  limit: number;
  offset: number;
  /** On what (the default: the deadline); every sort's key ends in the task's id. */
  sort?: TaskSort;
  /** The key of the last row of the page before (TASK_SORT_KEYS' parts, as text; instants to the microsecond, UTC). */
  after?: readonly string[];
  /** On the key ascending (the default: earliest deadline first) or descending. */
  order?: 'asc' | 'desc';
}

/** How many tasks below a task its page lists in its delegation tree (the first, depth first). */
export const DESCENDANTS_SHOWN = 500;

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
    if (!task || !visible) throw new NotFoundError(msg('nouns.task'), id);
    return task;
  }

  /**
   * The task as `find` gives it, with its indicators, the task it was delegated from (if
   * any), its reports, extension requests, sub-tasks and rolled-up progress.
   */
  async get(scope: Scope, id: string) {
    const task = await this.find(scope, id);
    const [indicators, parent, reports, extensions, subtasks, tree, descendants] = await Promise.all([
      this.dataSource.getRepository(TaskIndicatorEntity).find({ where: { taskId: id }, order: { position: 'ASC' } }),
      task.parentTaskId
        ? this.dataSource
            .getRepository(TaskEntity)
            .findOne({ where: { id: task.parentTaskId }, relations: { leadUnit: true } })
        : Promise.resolve(null),
      this.dataSource.getRepository(TaskReportEntity).find({ where: { taskId: id }, order: { version: 'ASC' } }),
      this.dataSource
        .getRepository(ExtensionRequestEntity)
        .find({ where: { taskId: id }, order: { requestedAt: 'ASC' } }),
      this.dataSource
        .getRepository(TaskEntity)
        .find({ where: { parentTaskId: id }, relations: { leadUnit: true }, order: { position: 'ASC' } }),
      this.progress(id),
      this.descendants(id, DESCENDANTS_SHOWN),
    ]);
    return { task, indicators, parent, reports, extensions, subtasks, progress: tree, descendants };
  }

  /**
   * Every task below a task (sub-tasks, their sub-tasks, and so on), depth first in the
   * order each was delegated, with its lead unit: the task page's delegation tree. At most
   * `limit` rows (the first ones in that order); `more` says whether there were others.
   */
  async descendants(rootId: string, limit: number) {
    const rows: {
      id: string;
      parentTaskId: string;
      title: string;
      status: TaskStatus;
      deadline: Date;
      completedAt: Date | null;
      leadUnitId: string;
      leadUnitCode: string;
      leadUnitName: string;
    }[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT id, ARRAY[position] AS ord FROM tasks WHERE parent_task_id = $1
         UNION ALL
         SELECT t.id, tree.ord || t.position FROM tasks t JOIN tree ON t.parent_task_id = tree.id)
       SELECT t.id, t.parent_task_id AS "parentTaskId", t.title, t.status, t.deadline, t.completed_at AS "completedAt",
              u.id AS "leadUnitId", u.code AS "leadUnitCode", u.name AS "leadUnitName"
         FROM tree JOIN tasks t ON t.id = tree.id JOIN units u ON u.id = t.lead_unit_id
        ORDER BY tree.ord, t.id
        LIMIT $2`,
      [rootId, limit + 1],
    );
    return { rows: rows.slice(0, limit), more: rows.length > limit };
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

  /** The unit a list is about (the caller's by default), if the caller may see it. */
  private async listUnit(scope: Scope, unitId: string | undefined) {
    if (!unitId) return { id: scope.unitId, path: scope.unitPath };
    const found = await this.dataSource
      .getRepository(UnitEntity)
      .findOne({ select: { id: true, path: true }, where: { id: unitId } });
    if (!found || !found.path.startsWith(scope.unitPath)) throw new NotFoundError(msg('nouns.unit'), unitId);
    return found;
  }

  /** The rows of the filter, without columns or order: what the page and the count share. */
  private filtered(unit: { id: string; path: string }, filter: TaskCountFilter & { notLead?: boolean }) {
    const role = filter.role ?? 'any';
    const params = { unitId: unit.id, prefix: `${escapeLike(unit.path)}%` };
    const asLead = filter.subtree ? 'lu.path LIKE :prefix' : 't.lead_unit_id = :unitId';
    const asCoordinator = filter.subtree
      ? 'EXISTS (SELECT 1 FROM task_coordinators tc JOIN units cu ON cu.id = tc.unit_id WHERE tc.task_id = t.id AND cu.path LIKE :prefix)'
      : 'EXISTS (SELECT 1 FROM task_coordinators tc WHERE tc.task_id = t.id AND tc.unit_id = :unitId)';
    const where =
      role === 'lead' ? asLead : role === 'coordinating' ? asCoordinator : `(${asLead} OR ${asCoordinator})`;
    const query = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin('t.leadUnit', 'lu')
      .where(where, params);
    if (filter.notLead) query.andWhere(`NOT (${asLead})`);
    if (filter.directiveId) query.andWhere('t.directive_id = :directiveId', { directiveId: filter.directiveId });
    if (filter.docType)
      query.andWhere('EXISTS (SELECT 1 FROM directives dt WHERE dt.id = t.directive_id AND dt.doc_type = :docType)', {
        docType: filter.docType,
      });
    // The bucket as plain column conditions (TASK_BUCKET_WHERE), not TASK_BUCKET_SQL's CASE:
    // the planner cannot estimate a CASE, guesses it keeps one row in 200, and then sorts
    // every open task rather than walk the partial index of open tasks on (deadline, id).
    if (filter.bucket) query.andWhere(TASK_BUCKET_WHERE[filter.bucket]);
    return { query, unit };
  }

  /**
   * Tasks in which a unit (or, with subtree, a unit below it) takes part: as lead, as
   * coordinating unit, or either. Each item says which (`role`, lead first). Sorted on
   * the sort's key (TASK_SORT_KEYS; by default (deadline, id)), ascending or (`order`) descending; `after` continues after that key (a keyset page: an index range, at
   * any depth), `offset` skips rows (kept for existing callers; it reads what it skips).
   * `nextKey` is the key of the last row when there are more, else null. No total: that
   * is `count`, which the API counts once per filter and while, not per page.
   *
   * Either role (`any`, the default) is two pages read side by side, as lead and as
   * coordinating unit, each an index-ordered scan that stops after a page, merged on the
   * key: an `OR` of the two is ordered by no index, and a commune's page walked every open
   * task of the country to find its own (bench/README.md, lists).
   */
  async list(scope: Scope, filter: TaskFilter) {
    const unit = await this.listUnit(scope, filter.unitId);
    const role = filter.role ?? 'any';
    const wanted = filter.after ? filter.limit + 1 : filter.offset + filter.limit + 1;
    const rows =
      role === 'any'
        ? mergeOnKey(
            await Promise.all([
              this.page(unit, { ...filter, role: 'lead' }, wanted),
              this.page(unit, { ...filter, role: 'coordinating' }, wanted),
            ]),
            filter.order,
          ).slice(filter.after ? 0 : filter.offset, (filter.after ? 0 : filter.offset) + filter.limit + 1)
        : await this.page(unit, filter, filter.limit + 1, filter.after ? 0 : filter.offset);
    const more = rows.length > filter.limit;
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    const leads = (row: { leadUnitId: string; leadUnitPath: string }) =>
      filter.subtree ? row.leadUnitPath.startsWith(unit.path) : row.leadUnitId === unit.id;
    return {
      items: page.map(({ leadUnitPath, sortKey: _key, ...task }) => ({
        task,
        role: leads({ leadUnitId: task.leadUnitId, leadUnitPath }) ? ('lead' as const) : ('coordinating' as const),
      })),
      nextKey: more && last ? last.sortKey : null,
    };
  }

  /** Up to `limit` rows of the filter in key order, after `filter.after` or past `offset`. */
  private async page(unit: { id: string; path: string }, filter: TaskFilter, limit: number, offset = 0) {
    const { query } = this.filtered(unit, filter);
    const desc = filter.order === 'desc';
    const key = TASK_SORT_KEYS[filter.sort ?? 'deadline'];
    // The columns the list shows, in one statement: the list is what every officer's
    // screen polls (bench/README.md, lists), and hydrating entities cost several times the query.
    query
      .innerJoin('t.directive', 'd')
      .select([
        't.id AS id',
        't.title AS title',
        't.parent_task_id AS "parentTaskId"',
        't.depth AS depth',
        't.status AS status',
        't.deadline AS deadline',
        `ARRAY[${key.map((part) => part.text).join(', ')}] AS "sortKey"`,
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
      ])
      .limit(limit)
      .offset(offset);
    key.forEach((part, i) =>
      i === 0 ? query.orderBy(part.sql, desc ? 'DESC' : 'ASC') : query.addOrderBy(part.sql, desc ? 'DESC' : 'ASC'),
    );
    // A row comparison on the whole key: for the deadline, a range of the (deadline, id)
    // indexes, walked backwards when descending.
    if (filter.after)
      query.andWhere(
        `(${key.map((part) => part.sql).join(', ')}) ${desc ? '<' : '>'} (${key
          .map((part, i) => `CAST(:after${i} AS ${part.type})${part.type === 'text' ? ' COLLATE "C"' : ''}`)
          .join(', ')})`,
        Object.fromEntries(filter.after.map((value, i) => [`after${i}`, value])),
      );
    return query.getRawMany<KeyedRow>();
  }

  /** How many tasks the filter holds (all pages). */
  async count(scope: Scope, filter: TaskCountFilter): Promise<number> {
    const unit = await this.listUnit(scope, filter.unitId);
    const count = async (part: TaskCountFilter & { notLead?: boolean }) => {
      const row = await this.filtered(unit, part).query.select('count(*)::int', 'n').getRawOne<{ n: number }>();
      return row?.n ?? 0;
    };
    if ((filter.role ?? 'any') !== 'any') return count(filter);
    // Either role: as lead, plus as coordinating unit only (each an index range; see list).
    const [asLead, onlyCoordinating] = await Promise.all([
      count({ ...filter, role: 'lead' }),
      count({ ...filter, role: 'coordinating', notLead: true }),
    ]);
    return asLead + onlyCoordinating;
  }

  /**
   * The deadlines of a unit's tasks (or, with subtree, its units' tasks; as lead or
   * coordinating unit) between two civil dates in `timeZone`, cancelled tasks left out:
   * per day and bucket how many, and the first `perDay` tasks of each day by deadline.
   */
  async deadlines(
    scope: Scope,
    filter: { unitId?: string; subtree?: boolean; from: string; to: string; timeZone: string; perDay: number },
  ) {
    const unit = await this.listUnit(scope, filter.unitId);
    const range = (query: ReturnType<TasksRepository['filtered']>['query']) =>
      query
        .andWhere("t.status <> 'cancelled'")
        .andWhere('t.deadline >= (CAST(:from AS date)::timestamp AT TIME ZONE :tz)', {
          from: filter.from,
          tz: filter.timeZone,
        })
        .andWhere('t.deadline < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE :tz)', { to: filter.to });
    const day = `to_char(t.deadline AT TIME ZONE :tz, 'YYYY-MM-DD')`;
    const counted = range(this.filtered(unit, { subtree: filter.subtree }).query)
      .select(day, 'day')
      .addSelect(TASK_BUCKET_SQL, 'bucket')
      .addSelect('count(*)::int', 'n')
      .groupBy('1')
      .addGroupBy('2');
    const listed = range(this.filtered(unit, { subtree: filter.subtree }).query)
      .innerJoin('t.directive', 'd')
      .select([
        't.id AS id',
        't.title AS title',
        't.status AS status',
        't.deadline AS deadline',
        't.completed_at AS "completedAt"',
        'lu.name AS "leadUnitName"',
        'd.id AS "directiveId"',
        'd.document_number AS "documentNumber"',
        `${day} AS day`,
        `row_number() OVER (PARTITION BY ${day} ORDER BY t.deadline, t.id) AS rank`,
      ]);
    const [counts, rows] = await Promise.all([
      counted.getRawMany<{ day: string; bucket: StatusBucket; n: number }>(),
      this.dataSource
        .createQueryBuilder()
        .select('x.*')
        .from(`(${listed.getQuery()})`, 'x')
        .where('x.rank <= :perDay', { perDay: filter.perDay })
        .setParameters(listed.getParameters())
        .orderBy('x.deadline')
        .addOrderBy('x.id')
        .getRawMany<{
          id: string;
          title: string;
          status: TaskStatus;
          deadline: Date;
          completedAt: Date | null;
          leadUnitName: string;
          directiveId: string;
          documentNumber: string;
          day: string;
        }>(),
    ]);
    return { counts, rows };
  }
}
