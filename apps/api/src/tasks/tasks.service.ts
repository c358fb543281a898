import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  encodeCursor,
  OPEN_STATUSES,
  statusBucket,
  taskListCursorParts,
  taskListCursorValues,
  taskListKey,
  toZonedIso,
  workingDaysLeft,
  type Scope,
} from '@dondoc/domain';
import {
  AuditLogRepository,
  CalendarRepository,
  TasksRepository,
  UnitLineageRepository,
  type FormerUnit,
} from '@dondoc/persistence';
import { ContentGate } from '../security/content-gate';
import type { ListTasksQuery } from './dto/list-tasks.query';
import type { TaskDto, TaskListItemDto } from './dto/task.response';
import type { KeysetPage } from '../common/dto/response.dto';
import { afterKey } from '../common/keyset';
import { ListTotals } from '../common/list-totals';
import type { PeriodicDto, ProgressDto } from '../directives/dto/directive.response';

/** A task of a reporting cycle's round: which cycle and period (null for a directive's one-off task). */
const periodicOf = (directive: { reportingCycleId: string | null; periodKey: string | null }): PeriodicDto | null =>
  directive.reportingCycleId ? { reportingCycleId: directive.reportingCycleId, periodKey: directive.periodKey } : null;

const unit = (u: { id: string; code: string; name: string }) => ({ id: u.id, code: u.code, name: u.name });

/** A task's lead unit with the one it left at its last hand-over ("formerly …", docs/decisions/0079). */
const lead = (u: { id: string; code: string; name: string }, former: FormerUnit | undefined) => ({
  ...unit(u),
  formerly: former ? { code: former.code, name: former.name } : null,
});

/** A task with no progress known (none rolled up): nothing below it. */
const NO_PROGRESS: ProgressDto = { ratio: 0, subtasks: { total: 0, completed: 0, open: 0, cancelled: 0 } };

/** Every year from the earlier instant's to the later's (the calendar counts the days between). */
const yearsBetween = (a: Date, b: Date): number[] => {
  const [from, to] = [a.getUTCFullYear(), b.getUTCFullYear()].sort((x, y) => x - y) as [number, number];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
};

/** Reading tasks: the lists a unit works from and one task with everything about it. */
@Injectable()
export class TasksService {
  constructor(
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditLogRepository) private readonly auditLog: AuditLogRepository,
    @Inject(ContentGate) private readonly gate: ContentGate,
    @Inject(ListTotals) private readonly totals: ListTotals,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(UnitLineageRepository) private readonly lineage: UnitLineageRepository,
  ) {}

  /**
   * A page of tasks, on the sort's key (by default (deadline, id); TASK_SORTS): after
   * `after`'s key, or past `offset`.
   * The total is the filter's count as of `totalAsOf` (ListTotals), not recounted per page;
   * `readAt`, the snapshot the reader's scope was read in, tells it whether anything changed.
   */
  async list(scope: Scope, query: ListTasksQuery, readAt?: string): Promise<KeysetPage<TaskListItemDto>> {
    const now = new Date();
    const tz = this.config.timezone;
    const sort = query.sort ?? 'deadline';
    const cursor = afterKey(query, taskListCursorParts(sort));
    const after = cursor && taskListKey(sort, cursor);
    const filter = {
      unitId: query.unitId,
      subtree: query.subtree,
      role: query.role,
      directiveId: query.directiveId,
      bucket: query.bucket,
      docType: query.docType,
    };
    const [{ items, nextKey }, counted] = await Promise.all([
      this.tasks.list(scope, { ...filter, limit: query.limit, offset: query.offset, after, sort, order: query.order }),
      this.totals.get(
        `tasks ${scope.unitPath} ${JSON.stringify(filter)}`,
        () => this.tasks.count(scope, filter),
        Date.now(),
        readAt,
      ),
    ]);
    const former = await this.lineage.formerLeadUnits(items.map(({ task }) => task.id));
    return {
      items: items.map(({ task, role }) => {
        return {
          id: task.id,
          title: task.title,
          directive: {
            id: task.directiveId,
            documentNumber: task.documentNumber,
            title: task.directiveTitle,
          },
          periodic: periodicOf(task),
          leadUnit: lead(
            { id: task.leadUnitId, code: task.leadUnitCode, name: task.leadUnitName },
            former.get(task.id),
          ),
          role,
          parentTaskId: task.parentTaskId,
          depth: task.depth,
          status: task.status,
          bucket: statusBucket(task, now),
          deadline: toZonedIso(task.deadline, tz),
          originalDeadline: toZonedIso(task.originalDeadline, tz),
        };
      }),
      total: counted.total,
      totalAsOf: toZonedIso(counted.asOf, tz),
      nextCursor: nextKey ? encodeCursor(taskListCursorValues(sort, nextKey)) : null,
    };
  }

  /**
   * One task. The content gate takes a secret directive's text out for a reader not cleared
   * for it (security/content-gate.ts); every read of it by one who is cleared is audited.
   */
  async get(scope: Scope, id: string): Promise<TaskDto> {
    const view = await this.view(scope, id);
    if (view.confidentiality === 'secret' && (await this.gate.mayRead(scope, view.directive.id)))
      await this.auditLog.recordSecretRead(scope.username, view.directive.id, { taskId: id });
    return view;
  }

  private async view(scope: Scope, id: string): Promise<TaskDto> {
    const { task, indicators, parent, reports, extensions, subtasks, progress, descendants } = await this.tasks.get(
      scope,
      id,
    );
    const tz = this.config.timezone;
    const now = new Date();
    const iso = (date: Date | null) => (date ? toZonedIso(date, tz) : null);
    const open = OPEN_STATUSES.includes(task.status);
    const [calendar, former] = await Promise.all([
      open ? this.calendars.calendar(yearsBetween(now, task.deadline), tz) : null,
      this.lineage.formerLeadUnits([
        task.id,
        ...(parent ? [parent.id] : []),
        ...subtasks.map((sub) => sub.id),
        ...descendants.rows.map((d) => d.id),
      ]),
    ]);
    return {
      id: task.id,
      title: task.title,
      confidentiality: task.directive.confidentiality,
      directive: { id: task.directive.id, documentNumber: task.directive.documentNumber, title: task.directive.title },
      periodic: periodicOf(task.directive),
      leadUnit: lead(task.leadUnit, former.get(task.id)),
      assigningUnit: unit(task.assigningUnit),
      coordinatingUnits: (task.coordinators ?? []).map((c) => unit(c.unit)),
      description: task.description,
      reportRequired: task.reportRequired,
      reportTemplate: task.reportTemplate,
      indicators: indicators.map((i) => ({
        name: i.name,
        unitOfMeasure: i.unitOfMeasure,
        target: i.target === null ? null : Number(i.target),
      })),
      parentTaskId: task.parentTaskId,
      parent: parent && {
        id: parent.id,
        title: parent.title,
        leadUnit: lead(parent.leadUnit, former.get(parent.id)),
        status: parent.status,
        bucket: statusBucket(parent, now),
        deadline: toZonedIso(parent.deadline, tz),
      },
      depth: task.depth,
      status: task.status,
      phase: task.phase,
      bucket: statusBucket(task, now),
      deadline: iso(task.deadline),
      originalDeadline: iso(task.originalDeadline),
      workingDaysLeft: calendar ? workingDaysLeft(calendar, now, task.deadline) : null,
      acknowledgedAt: iso(task.acknowledgedAt),
      reviewDeadline: iso(task.reviewDeadline),
      revisionDeadline: iso(task.revisionDeadline),
      reviewPeriod: task.reviewPeriod,
      revisionPeriod: task.revisionPeriod,
      completedAt: iso(task.completedAt),
      reports: reports.map((r) => ({
        id: r.id,
        version: r.version,
        text: r.text,
        indicatorValues: r.indicatorValues,
        attachments: r.attachments,
        submittedBy: r.submittedBy,
        submittedAt: iso(r.submittedAt),
        late: r.late,
        reviewOutcome: r.reviewOutcome,
        reviewComment: r.reviewComment,
      })),
      extensions: extensions.map((e) => ({
        id: e.id,
        requestedDeadline: iso(e.requestedDeadline),
        reason: e.reason,
        status: e.status,
        decisionComment: e.decisionComment,
      })),
      progress: progress.get(task.id) ?? NO_PROGRESS,
      subtaskOverrideReason: task.subtaskOverrideReason,
      subtasks: subtasks.map((sub) => ({
        id: sub.id,
        title: sub.title,
        leadUnit: lead(sub.leadUnit, former.get(sub.id)),
        status: sub.status,
        phase: sub.phase,
        bucket: statusBucket(sub, now),
        deadline: iso(sub.deadline),
        completedAt: iso(sub.completedAt),
        progress: progress.get(sub.id) ?? NO_PROGRESS,
      })),
      descendants: descendants.rows.map((d) => ({
        id: d.id,
        parentTaskId: d.parentTaskId,
        title: d.title,
        leadUnit: lead({ id: d.leadUnitId, code: d.leadUnitCode, name: d.leadUnitName }, former.get(d.id)),
        status: d.status,
        bucket: statusBucket(d, now),
        deadline: toZonedIso(d.deadline, tz),
      })),
      descendantsTruncated: descendants.more,
    };
  }
}
