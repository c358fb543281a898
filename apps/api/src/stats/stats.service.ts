import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  attributeAt,
  BusinessCalendar,
  completionTable,
  countsAt,
  DEFAULT_COMPLETION_OPTIONS,
  rankUnits,
  unitLineage,
  unitMeasures,
  workingDaysLateCounter,
  type CompletionOptions,
  type Scope,
  type UnitLineage,
} from '@dondoc/domain';
import { noticeTitle } from '@dondoc/notifications';
import { CalendarRepository, StatsRepository, UnitsRepository, type StatsScope } from '@dondoc/persistence';
import type { CompletionQuery, OverdueQuery, RankingsQuery, StatsScopeQuery } from './dto/stats.query';
import { explanationText, type Heading, type OverdueItem } from './stats-reports';
import { exportWords, type ExportLanguage } from '../exports/labels';
import type { CompletionDto, CountingRulesDto, OverdueItemDto, RankingsDto } from './dto/stats.response';

/**
 * Statistics in the official table, rankings and the overdue pack (docs/statistics.md).
 * The counting rules are libs/domain's; here the scope, the period and the instant.
 */
@Injectable()
export class StatsService {
  constructor(
    @Inject(StatsRepository) private readonly stats: StatsRepository,
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async completion(
    scope: Scope,
    q: CompletionQuery,
    now = new Date(),
    lang: ExportLanguage = 'vi',
  ): Promise<CompletionDto> {
    const { where: own, unitName, options } = await this.resolve(scope, q, now);
    const o: CompletionOptions = { ...options, grouping: q.grouping ?? DEFAULT_COMPLETION_OPTIONS.grouping };
    const { where, lineage } = await this.lineage(own, o.asOf);
    const facts = await this.stats.facts({ scope: where, ...o, asOf: q.asOf ? o.asOf : undefined });
    // Each task in the row of the unit holding it at the table's instant (docs/decisions/0079).
    const table = completionTable(attributeAt(facts, lineage, o.asOf), o);
    const named = <R extends { key: string }>(row: R) => ({
      ...row,
      predecessors: o.grouping === 'unit' ? lineage.predecessors(row.key, o.asOf) : [],
    });
    return {
      heading: this.heading(q, unitName, o, now, lang),
      rules: rules(o),
      rows: table.rows.map(named),
      total: { ...table.total, predecessors: [] },
    };
  }

  async rankings(scope: Scope, q: RankingsQuery, now = new Date(), lang: ExportLanguage = 'vi'): Promise<RankingsDto> {
    const { where: own, unitName, options: o } = await this.resolve(scope, q, now);
    // Both periods in the units as they are at the table's instant: last year's figures of a
    // merged unit are its predecessors', summed (docs/decisions/0079).
    const { where, lineage } = await this.lineage(own, o.asOf);
    const lastYear = {
      ...o,
      from: yearBefore(o.from),
      to: yearBefore(o.to),
      asOf: minDate(yearBefore(o.asOf), o.asOf),
    };
    const years = [o.from, o.asOf].map((d) => d.getUTCFullYear());
    const calendar = await this.calendars.calendar([years[0]! - 1, years[0]!, years[1]!], this.config.timezone);
    const late = workingDaysLateCounter(calendar);
    // Last year's period is always rebuilt as of a year before (the read model knows only now).
    const measures = async (p: CompletionOptions) =>
      unitMeasures(
        attributeAt(
          await this.stats.facts({ scope: where, ...p, asOf: q.asOf || p !== o ? p.asOf : undefined }),
          lineage,
          o.asOf,
        ),
        p,
        late,
        countsAt(await this.stats.unitCounts(where, p.from, p.to, p.asOf), lineage, o.asOf),
      );
    const [current, previous] = [await measures(o), await measures(lastYear)];
    const ids = [...new Set([...current.keys(), ...previous.keys()])];
    const names = await this.stats.unitNames(
      ids.filter((id) => !current.get(id)?.unitName && !previous.get(id)?.unitName),
    );
    const units = ids.map((unitId) => ({
      unitId,
      unitName: current.get(unitId)?.unitName || previous.get(unitId)?.unitName || names.get(unitId) || unitId,
    }));
    const rows = rankUnits(units, current, previous, q.sort ?? 'onTimeRate', q.order ?? 'best').map((row) => ({
      ...row,
      predecessors: lineage.predecessors(row.unitId, o.asOf),
    }));
    return {
      heading: this.heading(q, unitName, o, now, lang),
      rules: { ...rules(o), sort: q.sort ?? 'onTimeRate', order: q.order ?? 'best', lastYear: period(lastYear) },
      rows,
    };
  }

  /** The overdue pack now: read in batches, so an export of any size streams. */
  async overdue(scope: Scope, q: OverdueQuery, now = new Date(), lang: ExportLanguage = 'vi') {
    const { where, unitName, options } = await this.resolve(scope, q, now);
    const calendar = await this.calendars.calendar(
      [now.getUTCFullYear() - 1, now.getUTCFullYear()],
      this.config.timezone,
    );
    const late = workingDaysLateCounter(calendar);
    const batches = this.stats.overdueBatches(where, now, q.limit ?? 1000);
    const words = exportWords(lang);
    async function* items(): AsyncIterable<OverdueItem & OverdueItemDto & Record<string, unknown>> {
      for await (const batch of batches)
        for (const row of batch)
          yield {
            taskId: row.taskId,
            unitId: row.unitId,
            unitName: row.unitName,
            directiveId: row.directiveId,
            documentNumber: row.documentNumber,
            taskTitle: row.taskTitle,
            deadline: row.deadline,
            originalDeadline: row.originalDeadline,
            workingDaysOverdue: late(row.deadline, now),
            escalationLevel: row.escalationLevel,
            lastNotice: row.lastNoticeKind ? noticeTitle(row.lastNoticeKind, lang) : null,
            lastNoticeAt: row.lastNoticeAt,
            explanation: explanationText(row, words),
            explanationStatus: row.explanationStatus,
            reasonCategory: row.reasonCategory,
          };
    }
    return { heading: this.heading(q, unitName, options, now, lang), items: items() };
  }

  /** The units ended into the scope by `asOf`, counted with it, and their lineage. */
  private async lineage(own: StatsScope, asOf: Date): Promise<{ where: StatsScope; lineage: UnitLineage }> {
    const endings = await this.stats.endings(own, asOf);
    return { where: { ...own, endedInto: endings.map((e) => e.id) }, lineage: unitLineage(endings) };
  }

  /** The unit (the caller's by default, within the caller's scope), the period and the instant. */
  private async resolve(scope: Scope, q: StatsScopeQuery, now: Date) {
    const unit = await this.units.get(scope, q.unitId ?? scope.unitId);
    const where: StatsScope = { unitId: unit.id, unitPath: unit.path, subtree: q.subtree ?? true };
    const tz = this.config.timezone;
    const zone = new BusinessCalendar({ timeZone: tz, daysOff: [], workingWeekends: [] });
    const [defaultFrom, defaultTo] = quarterOf(zone.dateOf(now));
    const from = zone.at(q.from ?? defaultFrom, 0);
    const to = zone.at(nextDay(q.to ?? defaultTo), 0);
    const options: CompletionOptions = {
      ...DEFAULT_COMPLETION_OPTIONS,
      from,
      to,
      asOf: q.asOf ? new Date(q.asOf) : now,
      mode: q.mode ?? DEFAULT_COMPLETION_OPTIONS.mode,
      basis: q.basis ?? DEFAULT_COMPLETION_OPTIONS.basis,
      subtasks: q.subtasks ?? DEFAULT_COMPLETION_OPTIONS.subtasks,
      timeZone: tz,
    };
    return { where, unitName: unit.name, options };
  }

  private heading(
    q: StatsScopeQuery,
    unitName: string,
    o: CompletionOptions,
    now: Date,
    lang: ExportLanguage,
  ): Heading {
    const p = period(o);
    return {
      issuer: unitName,
      number: q.number ?? null,
      place: q.place ?? null,
      date: q.asOf ? o.asOf : now,
      timeZone: o.timeZone,
      subtitle: exportWords(lang).stats.subtitle({
        from: p.fromLabel,
        to: p.toLabel,
        basis: o.basis,
        mode: o.mode,
        asOf: q.asOf ? p.asOfLabel : null,
      }),
    };
  }
}

function rules(o: CompletionOptions): CountingRulesDto {
  return {
    ...period(o),
    mode: o.mode,
    basis: o.basis,
    subtasks: o.subtasks,
    grouping: o.grouping,
    cancelled: 'excluded' as const,
  };
}

function period(o: Pick<CompletionOptions, 'from' | 'to' | 'asOf' | 'timeZone'>) {
  const zone = new BusinessCalendar({ timeZone: o.timeZone, daysOff: [], workingWeekends: [] });
  const label = (d: Date) => zone.dateOf(d).split('-').reverse().join('/');
  const last = new Date(o.to.getTime() - 1);
  return {
    from: zone.dateOf(o.from),
    to: zone.dateOf(last),
    asOf: o.asOf.toISOString(),
    fromLabel: label(o.from),
    toLabel: label(last),
    asOfLabel: `${label(o.asOf)}`,
  };
}

function quarterOf(date: string): [string, string] {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const first = Math.floor((m - 1) / 3) * 3 + 1;
  const lastDay = new Date(Date.UTC(y, first + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${y}-${pad(first)}-01`, `${y}-${pad(first + 2)}-${pad(lastDay)}`];
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const yearBefore = (d: Date) => {
  const x = new Date(d);
  x.setUTCFullYear(x.getUTCFullYear() - 1);
  return x;
};
const minDate = (a: Date, b: Date) => (a < b ? a : b);
