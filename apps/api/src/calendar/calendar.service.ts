import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  addDays,
  deadlineRangeProblem,
  type FieldProblem,
  isCivilDate,
  isWeekend,
  msg,
  NotFoundError,
  statusBucket,
  toZonedIso,
  ValidationError,
  vietnamDaysOff,
  yearOf,
  type Scope,
  type StatusBucket,
} from '@dondoc/domain';
import { CalendarRepository, TasksRepository, type CalendarOverrideEntity } from '@dondoc/persistence';
import type { OverrideDto } from './dto/calendar.dto';
import type { DeadlineDayDto, DeadlinesDto, DeadlinesQuery } from './dto/deadlines.dto';
import type { CalendarOverrideViewDto, CalendarYearDto, WorkingDaysDto } from './dto/calendar.response';

/** A path's date: a real YYYY-MM-DD within the years the calendar knows (the boundary checks queries and bodies). */
function requireDate(date: string): string {
  const year = Number(date.slice(0, 4));
  if (!isCivilDate(date) || year < 1900 || year > 2200)
    throw new ValidationError([{ field: 'date', message: msg('calendar.notAValidDate', { date }) }]);
  return date;
}

/** How many tasks a day of the calendar of deadlines lists (all are counted). */
const DEADLINES_PER_DAY = 20;

/** A query's date that matched the pattern but is no real day (2026-02-30), as a field problem. */
function requireDateOf(field: string, date: string): FieldProblem | null {
  return isCivilDate(date) ? null : { field, message: msg('calendar.notARealDate', { date }) };
}

/** An override as the API shows it. */
const overrideView = (o: CalendarOverrideEntity): CalendarOverrideViewDto => ({
  date: o.date,
  kind: o.kind,
  note: o.note,
  noteEn: o.noteEn,
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
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
  ) {}

  async year(year = new Date().getFullYear()): Promise<CalendarYearDto> {
    const overrides = await this.calendar.overrides(year);
    const { daysOff, workingWeekends } = vietnamDaysOff(
      year,
      overrides.map((o) => ({ date: o.date, kind: o.kind, note: o.note, noteEn: o.noteEn })),
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
        noteEn: dto.noteEn || null,
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

  /**
   * The calendar of deadlines: each day from `from` to `to` (at most 42) with whether it is
   * a working day, its holiday, and the deadlines of the unit's (or subtree's) tasks on it,
   * counted per bucket, the first DEADLINES_PER_DAY listed. Secret titles leave through the
   * content gate like every answer.
   */
  async deadlines(scope: Scope, query: DeadlinesQuery): Promise<DeadlinesDto> {
    const problems = [requireDateOf('from', query.from), requireDateOf('to', query.to)].filter((p) => p !== null);
    const range = problems.length === 0 ? deadlineRangeProblem(query.from, query.to) : null;
    if (range) problems.push({ field: 'to', message: range });
    if (problems.length > 0) throw new ValidationError(problems);
    const tz = this.config.timezone;
    const [{ counts, rows }, ...years] = await Promise.all([
      this.tasks.deadlines(scope, { ...query, timeZone: tz, perDay: DEADLINES_PER_DAY }),
      ...[...new Set([yearOf(query.from), yearOf(query.to)])].map((year) => this.year(year)),
    ]);
    const holidays = new Map(years.flatMap((y) => y.daysOff.map((d) => [d.date, d] as const)));
    const workingWeekends = new Set(years.flatMap((y) => y.workingWeekends));
    const now = new Date();
    const days: DeadlineDayDto[] = [];
    for (let date = query.from; date <= query.to; date = addDays(date, 1)) {
      const holiday = holidays.get(date) ?? null;
      days.push({
        date,
        workingDay: !holiday && (!isWeekend(date) || workingWeekends.has(date)),
        holiday: holiday?.name ?? null,
        holidayEn: holiday?.nameEn ?? null,
        total: 0,
        counts: { open_within_deadline: 0, open_overdue: 0, completed_on_time: 0, completed_late: 0 },
        tasks: [],
      });
    }
    const byDate = new Map(days.map((d) => [d.date, d]));
    for (const row of counts) {
      const day = byDate.get(row.day);
      if (!day || row.bucket === 'cancelled') continue;
      day.counts[row.bucket as Exclude<StatusBucket, 'cancelled'>] += row.n;
      day.total += row.n;
    }
    for (const row of rows) {
      byDate.get(row.day)?.tasks.push({
        id: row.id,
        title: row.title,
        bucket: statusBucket({ status: row.status, deadline: row.deadline, completedAt: row.completedAt }, now),
        deadline: toZonedIso(row.deadline, tz),
        leadUnitName: row.leadUnitName,
        directiveId: row.directiveId,
        documentNumber: row.documentNumber,
      });
    }
    return {
      from: query.from,
      to: query.to,
      timeZone: tz,
      unitId: query.unitId ?? scope.unitId,
      subtree: !!query.subtree,
      days,
    };
  }
}
