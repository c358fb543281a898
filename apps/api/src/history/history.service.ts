import { Inject, Injectable } from '@nestjs/common';
import { actionLabel, fieldChanges, NotFoundError, type Scope, msg } from '@dondoc/domain';
import { noticeTitle } from '@dondoc/notifications';
import {
  DirectivesRepository,
  HistoryRepository,
  TasksRepository,
  UnitLineageRepository,
  UnitsRepository,
  type DeliveryTally,
  type FormerUnit,
  type HistoryRow,
  type HistorySubject,
} from '@dondoc/persistence';
import type { HistoryQuery } from './dto/history.query';
import type { HistoryEntryDto, HistoryPageDto } from './dto/history.response';

/** One line of a history (its response DTO). */
export type HistoryEntry = HistoryEntryDto;

/**
 * Who did what and when, for whoever may read the entity: the audit rows and the
 * notices the system sent, merged in time order.
 */
@Injectable()
export class HistoryService {
  constructor(
    @Inject(HistoryRepository) private readonly history: HistoryRepository,
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(DirectivesRepository) private readonly directives: DirectivesRepository,
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(UnitLineageRepository) private readonly lineage: UnitLineageRepository,
  ) {}

  async ofTask(scope: Scope, id: string, query: HistoryQuery): Promise<HistoryPageDto> {
    await this.tasks.find(scope, id);
    return this.page(scope, { kind: 'task', id }, query);
  }

  async ofDirective(scope: Scope, id: string, query: HistoryQuery): Promise<HistoryPageDto> {
    await this.directives.get(scope, id);
    return this.page(scope, { kind: 'directive', id }, query);
  }

  async ofUnit(scope: Scope, id: string, query: HistoryQuery): Promise<HistoryPageDto> {
    await this.units.get(scope, id);
    return this.page(scope, { kind: 'unit', id }, query);
  }

  /** What a person did; visible for oneself and for people of units in one's scope. */
  async ofUser(scope: Scope, id: string, query: HistoryQuery): Promise<HistoryPageDto> {
    const user = await this.history.user(id);
    if (!user || (user.id !== scope.userId && !user.unitPath.startsWith(scope.unitPath)))
      throw new NotFoundError(msg('nouns.user'), id);
    return this.page(scope, { kind: 'user', username: user.username }, query);
  }

  private async page(scope: Scope, subject: HistorySubject, query: HistoryQuery): Promise<HistoryPageDto> {
    const { total, rows } = await this.history.page(
      subject,
      {
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        actor: query.actor,
        action: query.action,
        limit: query.limit,
        offset: query.offset,
      },
      scope.unitPath,
    );
    const [tallies, units] = await Promise.all([
      this.history.deliveries(rows.flatMap((row) => (row.noticeId ? [row.noticeId] : []))),
      this.lineage.refs(rows.flatMap((row) => handOverIds(row) ?? [])),
    ]);
    return {
      total,
      limit: query.limit,
      offset: query.offset,
      items: rows.map((row) => ({ ...toEntry(row, tallies), ...handOver(row, units) })),
    };
  }
}

/** The units a `task.handed_over` row moved the task between (its after's fromUnitId, toUnitId). */
function handOverIds(row: HistoryRow): [string, string] | null {
  if (row.action !== 'task.handed_over' || !row.after) return null;
  const { fromUnitId, toUnitId } = row.after as { fromUnitId?: unknown; toUnitId?: unknown };
  return typeof fromUnitId === 'string' && typeof toUnitId === 'string' ? [fromUnitId, toUnitId] : null;
}

function handOver(row: HistoryRow, units: Map<string, FormerUnit>): Pick<HistoryEntry, 'handOver'> {
  const ids = handOverIds(row);
  const [from, to] = ids ? [units.get(ids[0]), units.get(ids[1])] : [];
  return from && to ? { handOver: { from, to } } : {};
}

function toEntry(row: HistoryRow, tallies: DeliveryTally[]): HistoryEntry {
  const notice = row.entryKind === 'notice';
  const kind = notice ? row.action.slice('notice.'.length) : '';
  return {
    at: new Date(row.at).toISOString(),
    kind: row.entryKind,
    action: row.action,
    label: notice ? { vi: noticeTitle(kind, 'vi'), en: noticeTitle(kind, 'en') } : actionLabel(row.action),
    actor:
      row.actor === 'system'
        ? { type: 'system' }
        : {
            type: 'user',
            username: row.actor,
            userId: row.actorUserId,
            fullName: row.actorFullName,
            unit: row.actorUnitId ? { id: row.actorUnitId, name: row.actorUnitName } : null,
          },
    entity: { type: row.entityType, id: row.entityId },
    changes: notice ? [] : fieldChanges(row.before, row.after),
    related: { directiveId: row.directiveId, taskId: row.taskId },
    ...(notice && row.noticeId
      ? {
          notice: {
            noticeId: row.noticeId,
            level: row.level,
            targetUnit: row.targetUnitId ? { id: row.targetUnitId, name: row.targetUnitName } : null,
            lateUnitId: row.lateUnitId,
            recipients: row.recipients ?? 0,
            readBy: row.readBy ?? 0,
            deliveries: tallies
              .filter((t) => t.noticeId === row.noticeId)
              .map(({ channel, status, count }) => ({ channel, status, count })),
          },
        }
      : {}),
  };
}
