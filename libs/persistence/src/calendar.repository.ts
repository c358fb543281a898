import type { DataSource } from 'typeorm';
import { vietnamCalendar, type BusinessCalendar, type CalendarOverride } from '@dondoc/domain';
import { appendAudit } from './audit';
import { CalendarOverrideEntity } from './entities';

/** The per-year override table and the business calendar built on it. */
export class CalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  async overrides(year?: number): Promise<CalendarOverrideEntity[]> {
    const query = this.dataSource.getRepository(CalendarOverrideEntity).createQueryBuilder('o').orderBy('o.date');
    if (year) query.where("date_part('year', o.date) = :year", { year });
    return query.getMany();
  }

  async upsert(override: CalendarOverride, actor: string): Promise<CalendarOverrideEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(CalendarOverrideEntity, { date: override.date });
      await manager.upsert(CalendarOverrideEntity, { ...override, updatedBy: actor }, ['date']);
      await appendAudit(manager, [
        {
          eventId: `calendar:${override.date}#${Date.now()}:${Math.random().toString(36).slice(2)}`,
          entityType: 'calendar',
          entityId: '00000000-0000-0000-0000-000000000000',
          action: 'calendar.override_set',
          actor,
          before: before ? { date: before.date, kind: before.kind, note: before.note } : null,
          after: { date: override.date, kind: override.kind, note: override.note },
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
          before: { date: before.date, kind: before.kind, note: before.note },
        },
      ]);
      return true;
    });
  }

  /** A calendar covering the given years (and the next, for deadlines that run over). */
  async calendar(years: number[], timeZone: string): Promise<BusinessCalendar> {
    const span = [...new Set(years.flatMap((year) => [year - 1, year, year + 1]))];
    const overrides = (await this.overrides()).map((o) => ({ date: o.date, kind: o.kind, note: o.note }));
    return vietnamCalendar(span, overrides, timeZone);
  }
}
