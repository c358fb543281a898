import type { DataSource } from 'typeorm';
import { NotFoundError, type Scope, type StatusBucket } from '@dondoc/domain';
import { ExtensionRequestEntity, TaskEntity, TaskReportEntity, UnitEntity } from './entities';
import { TASK_BUCKET_SQL } from './directives.repository';

export interface TaskFilter {
  /** Tasks led by this unit, or (with subtree) by it and every unit below it. */
  unitId?: string;
  subtree?: boolean;
  directiveId?: string;
  bucket?: StatusBucket;
  limit: number;
  offset: number;
}

/**
 * Task reads for lists and statistics. "All open tasks in this subtree" is a prefix
 * range scan on units.path (C collation) joined to tasks by lead unit and status —
 * see bench/README.md for the plan at 20,000 units.
 */
export class TasksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One task with its directive, reports and extension requests, if the caller may see
   * it: its lead or a coordinating unit, or the issuing unit, is in the caller's scope.
   */
  async get(scope: Scope, id: string) {
    const task = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.leadUnit', 'lu')
      .innerJoinAndSelect('t.directive', 'd')
      .innerJoinAndSelect('d.issuingUnit', 'iu')
      .leftJoinAndSelect('t.coordinators', 'c')
      .leftJoinAndSelect('c.unit', 'cu')
      .where('t.id = :id', { id })
      .getOne();
    const visible =
      task &&
      [task.leadUnit.path, task.directive.issuingUnit.path, ...task.coordinators.map((c) => c.unit.path)].some((path) =>
        path.startsWith(scope.unitPath),
      );
    if (!task || !visible) throw new NotFoundError('nhiệm vụ / task', id);
    const [reports, extensions] = await Promise.all([
      this.dataSource.getRepository(TaskReportEntity).find({ where: { taskId: id }, order: { version: 'ASC' } }),
      this.dataSource
        .getRepository(ExtensionRequestEntity)
        .find({ where: { taskId: id }, order: { requestedAt: 'ASC' } }),
    ]);
    return { task, reports, extensions };
  }

  async reportTask(reportId: string): Promise<string | null> {
    const report = await this.dataSource
      .getRepository(TaskReportEntity)
      .findOne({ select: { taskId: true }, where: { id: reportId } });
    return report?.taskId ?? null;
  }

  async list(scope: Scope, filter: TaskFilter) {
    let prefix = scope.unitPath;
    if (filter.unitId) {
      const unit = await this.dataSource
        .getRepository(UnitEntity)
        .findOne({ select: { id: true, path: true }, where: { id: filter.unitId } });
      if (!unit || !unit.path.startsWith(scope.unitPath)) throw new NotFoundError('đơn vị / unit', filter.unitId);
      prefix = unit.path;
    }
    const query = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.leadUnit', 'lu')
      .innerJoinAndSelect('t.directive', 'd')
      .where(filter.unitId && !filter.subtree ? 'lu.id = :unitId' : 'lu.path LIKE :prefix', {
        unitId: filter.unitId,
        prefix: `${prefix}%`,
      })
      .orderBy('t.deadline')
      .addOrderBy('t.id')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.directiveId) query.andWhere('t.directive_id = :directiveId', { directiveId: filter.directiveId });
    if (filter.bucket) {
      query.andWhere(`(${TASK_BUCKET_SQL}) = :bucket`, { bucket: filter.bucket });
      // Lets the planner use (lead_unit_id, status) for the open buckets.
      if (filter.bucket.startsWith('open_')) query.andWhere("t.status IN ('assigned', 'overdue')");
    }
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }
}
