import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { isCivilDate, NotFoundError, ValidationError, vietnamDaysOff, msg } from '@dondoc/domain';
import { CalendarRepository, type CalendarOverrideEntity } from '@dondoc/persistence';
import type { OverrideDto } from './dto/calendar.dto';
import type { CalendarOverrideViewDto, CalendarYearDto, WorkingDaysDto } from './dto/calendar.response';

/** A path's date: a real YYYY-MM-DD within the years the calendar knows (the boundary checks queries and bodies). */
function requireDate(date: string): string {
  const year = Number(date.slice(0, 4));
  if (!isCivilDate(date) || year < 1900 || year > 2200)
    throw new ValidationError([{ field: 'date', message: msg('calendar.notAValidDate', { date }) }]);
  return date;
}

/** An override as the API shows it. */
const overrideView = (o: CalendarOverrideEntity): CalendarOverrideViewDto => ({
  date: o.date,
  kind: o.kind,
  note: o.note,
  documentNumber: o.documentNumber,
  sourceNote: o.sourceNote,
  updatedBy: o.updatedBy,
  updatedAt: new Date(o.updatedAt).toISOString(),
});

/** The working-day calendar: the law's days off, the admins' overrides, working-day arithmetic. */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(CalendarRepository) private readonly calendar: CalendarRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async year(year = new Date().getFullYear()): Promise<CalendarYearDto> {
    const overrides = await this.calendar.overrides(year);
    const { daysOff, workingWeekends } = vietnamDaysOff(
      year,
      overrides.map((o) => ({ date: o.date, kind: o.kind, note: o.note })),
    );
    return { year, timeZone: this.config.timezone, daysOff, workingWeekends, overrides: overrides.map(overrideView) };
  }

  async addWorkingDays(from: string, days: number): Promise<WorkingDaysDto> {
    requireDate(from);
    const calendar = await this.calendar.calendar([Number(from.slice(0, 4))], this.config.timezone);
    const date = calendar.addWorkingDays(from, days);
    return { from, days, date, deadline: calendar.endOfDay(date).toISOString() };
  }

  async upsert(date: string, dto: OverrideDto, actor: string): Promise<CalendarOverrideViewDto> {
    const saved = await this.calendar.upsert(
      {
        date: requireDate(date),
        kind: dto.kind,
        note: dto.note,
        documentNumber: dto.documentNumber || null,
        sourceNote: dto.sourceNote || null,
      },
      actor,
    );
    return overrideView(saved);
  }

  async remove(date: string, actor: string): Promise<void> {
    if (!(await this.calendar.remove(requireDate(date), actor))) throw new NotFoundError(msg('nouns.override'), date);
  }
}
