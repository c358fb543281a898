import type { DataSource, EntityManager } from 'typeorm';
import { vietnamCalendar, type BusinessCalendar, type CalendarOverride } from '@dondoc/domain';
import { appendAudit } from './audit/audit-append';
import { CalendarOverrideEntity } from './entities';

const auditView = (o: CalendarOverride) => ({
  date: o.date,
  kind: o.kind,
  note: o.note,
  documentNumber: o.documentNumber ?? null,
});

/** The per-year override table and the business calendar built on it. */
export class CalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  async overrides(year?: number, manager: EntityManager = this.dataSource.manager): Promise<CalendarOverrideEntity[]> {
    const query = manager.getRepository(CalendarOverrideEntity).createQueryBuilder('o').orderBy('o.date');
    if (year) query.where("date_part('year', o.date) = :year", { year });
    return query.getMany();
  }

  async upsert(override: CalendarOverride, actor: string): Promise<CalendarOverrideEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(CalendarOverrideEntity, { date: override.date });
      // A change without a document clears the old one: the row now says what the
      // admin said, and the audit row keeps what the document said.
      const row = {
        ...override,
        noteEn: override.noteEn ?? null,
        documentNumber: override.documentNumber ?? null,
        sourceNote: override.sourceNote ?? null,
        updatedBy: actor,
      };
      await manager.upsert(CalendarOverrideEntity, row, ['date']);
      await appendAudit(manager, [
        {
          eventId: `calendar:${override.date}#${Date.now()}:${Math.random().toString(36).slice(2)}`,
          entityType: 'calendar',
          entityId: '00000000-0000-0000-0000-000000000000',
          action: 'calendar.override_set',
          actor,
          before: before ? auditView(before) : null,
          after: auditView(row),
        },
      ]);
      return manager.findOneByOrFail(CalendarOverrideEntity, { date: override.date });
    });
  }

  async remove(date: string, actor: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(CalendarOverrideEntity, { date });
      if (!before) return false;
      await manager.delete(CalendarOverrideEntity, { date });
      await appendAudit(manager, [
        {
          eventId: `calendar:${date}#removed:${Date.now()}:${Math.random().toString(36).slice(2)}`,
          entityType: 'calendar',
          entityId: '00000000-0000-0000-0000-000000000000',
          action: 'calendar.override_removed',
          actor,
          before: auditView(before),
        },
      ]);
      return true;
    });
  }

  /** A calendar covering the given years (and the next, for deadlines that run over). */
  async calendar(years: number[], timeZone: string, manager?: EntityManager): Promise<BusinessCalendar> {
    const span = [...new Set(years.flatMap((year) => [year - 1, year, year + 1]))];
    const overrides = (await this.overrides(undefined, manager)).map((o) => ({
      date: o.date,
      kind: o.kind,
      note: o.note,
    }));
    return vietnamCalendar(span, overrides, timeZone);
  }
}
