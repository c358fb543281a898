import type { BusinessCalendar } from '../calendar/business-calendar';
import { addDays } from '../calendar/civil-date';
import { ValidationError, type FieldProblem } from '../errors';
import { levelDeadlineProblems, levelDeadlines, type LevelDeadlinePolicy } from '../periods/deadlines';
import {
  cutOff,
  monthsOf,
  periodContaining,
  periodKey,
  periodLabel,
  parsePeriodKey,
  previousPeriod,
  samePeriodLastYear,
  PERIOD_KINDS,
  type CutOffRule,
  type Period,
  type PeriodKind,
} from '../periods/period';
import { durationMs, isIsoDuration } from '../policy';

/**
 * A cycle's frequency: one of the named period kinds of the reporting regime, or an
 * ISO 8601 duration (e.g. PT20S) for tests and demonstrations, whose periods are
 * back-to-back spans of that length counted from the cycle's start.
 */
export type Frequency = { kind: PeriodKind } | { every: string; ms: number };

export function parseFrequency(value: string): Frequency | null {
  if ((PERIOD_KINDS as readonly string[]).includes(value)) return { kind: value as PeriodKind };
  if (isIsoDuration(value) && durationMs(value) >= 1000) return { every: value, ms: durationMs(value) };
  return null;
}

/** A level of the per-level deadlines: working days after the cut-off, or (duration cycles) an ISO duration. */
export interface CycleLevelPolicy {
  level: string;
  workingDaysAfterCutOff?: number;
  afterCutOff?: string;
}

/** What is wrong with a cycle's per-level deadlines for its frequency (empty when nothing). */
export function cycleLevelProblems(frequency: Frequency, value: unknown, field = 'levelDeadlines'): FieldProblem[] {
  if ('kind' in frequency) return levelDeadlineProblems(value, field);
  if (!Array.isArray(value) || value.length === 0 || value.length > 10) {
    return [{ field, message: `${field}: danh sách 1–10 cấp / a list of 1–10 levels` }];
  }
  const problems: FieldProblem[] = [];
  let below = 0;
  value.forEach((item: CycleLevelPolicy, i) => {
    const at = `${field}.${i}`;
    if (typeof item?.level !== 'string' || !item.level.trim()) {
      problems.push({ field: `${at}.level`, message: `${at}.level: cần tên cấp / a level name is required` });
    }
    const after = item?.afterCutOff;
    if (typeof after !== 'string' || !isIsoDuration(after) || durationMs(after) < 1000) {
      problems.push({
        field: `${at}.afterCutOff`,
        message: `${at}.afterCutOff: kỳ theo thời lượng cần hạn dạng ISO 8601 (vd. PT30S) / a duration cycle needs an ISO duration`,
      });
      return;
    }
    if (durationMs(after) < below) {
      problems.push({
        field: `${at}.afterCutOff`,
        message: `${at}.afterCutOff: cấp trên không được có hạn sớm hơn cấp dưới / a level may not be due before the level below it`,
      });
    }
    below = durationMs(after);
  });
  return problems;
}

/** One round's period as a cycle sees it: its key and label, the cut-off and each level's deadline. */
export interface RoundPeriod {
  key: string;
  label: string;
  labelEn: string;
  /** ISO instant of the cut-off (end of the cut-off day, or the end of a duration span). */
  cutOff: string;
  deadlines: { level: string; deadline: string }[];
  /** Keys of the period before and the same period a year before (null for duration cycles). */
  previousKey: string | null;
  lastYearKey: string | null;
}

export interface CycleTiming {
  frequency: Frequency;
  cutOffRule: CutOffRule;
  startsAt: Date;
  levelDeadlines: CycleLevelPolicy[];
}

/**
 * The period a round opened at `at` is for. A named-kind round opens the day after its
 * cut-off (all the period's data is in), so it is the period whose window held the day
 * before; a duration round opens at the end of its span. Null before the first period
 * ends, or in the gap nine-month periods leave.
 */
export function roundPeriodAt(timing: CycleTiming, at: Date, calendar: BusinessCalendar): RoundPeriod | null {
  const { frequency } = timing;
  if (!('kind' in frequency)) return durationPeriod(timing, Math.floor((+at - +timing.startsAt) / frequency.ms) - 1);
  const p = periodContaining(frequency.kind, timing.cutOffRule, addDays(calendar.dateOf(at), -1));
  if (!p) return null;
  const cut = cutOff(p, timing.cutOffRule);
  if (calendar.endOfDay(cut) < timing.startsAt) return null;
  return namedPeriod(timing, p, calendar);
}

/** The round for a period named by its key (a round opened by hand). */
export function roundPeriodOfKey(timing: CycleTiming, key: string, calendar: BusinessCalendar): RoundPeriod | null {
  const { frequency } = timing;
  if (!('kind' in frequency)) {
    const match = /^S(\d{1,6})$/.exec(key);
    return match ? durationPeriod(timing, Number(match[1]) - 1) : null;
  }
  const p = parsePeriodKey(key);
  return p && p.kind === frequency.kind ? namedPeriod(timing, p, calendar) : null;
}

function namedPeriod(timing: CycleTiming, p: Period, calendar: BusinessCalendar): RoundPeriod {
  const policy = timing.levelDeadlines as LevelDeadlinePolicy[];
  const deadlines = levelDeadlines(p, timing.cutOffRule, policy, calendar);
  return {
    key: periodKey(p),
    label: periodLabel(p, 'vi'),
    labelEn: periodLabel(p, 'en'),
    cutOff: calendar.endOfDay(cutOff(p, timing.cutOffRule)).toISOString(),
    deadlines: deadlines.map((d) => ({ level: d.level, deadline: d.deadline.toISOString() })),
    previousKey: periodKey(previousPeriod(p)),
    lastYearKey: periodKey(samePeriodLastYear(p)),
  };
}

function durationPeriod(timing: CycleTiming, n: number): RoundPeriod | null {
  const { frequency } = timing;
  if (n < 0 || 'kind' in frequency) return null;
  const cut = +timing.startsAt + (n + 1) * frequency.ms;
  const problems = cycleLevelProblems(frequency, timing.levelDeadlines);
  if (problems.length) throw new ValidationError(problems);
  return {
    key: `S${n + 1}`,
    label: `Kỳ ${n + 1} (${frequency.every})`,
    labelEn: `Period ${n + 1} (${frequency.every})`,
    cutOff: new Date(cut).toISOString(),
    deadlines: timing.levelDeadlines.map((l) => ({
      level: l.level.trim(),
      deadline: new Date(cut + durationMs(l.afterCutOff!)).toISOString(),
    })),
    previousKey: n > 0 ? `S${n}` : null,
    lastYearKey: null,
  };
}

/** When rounds open, as plain data for a Temporal Schedule spec (libs/domain knows no Temporal). */
export type OpeningSpec =
  | { calendar: { months: number[]; dayOfMonth: number; hour: number; minute: number } }
  | { interval: { everyMs: number; offsetMs: number } };

/**
 * Named kinds: at 07:00 local time on the day after each cut-off (the 15th of the
 * period's last month under the state rule, the 1st of the month after it under the
 * calendar rule). Durations: every span, in phase with the cycle's start.
 */
export function openingSpec(timing: Pick<CycleTiming, 'frequency' | 'cutOffRule' | 'startsAt'>): OpeningSpec {
  const { frequency } = timing;
  if (!('kind' in frequency)) {
    return { interval: { everyMs: frequency.ms, offsetMs: +timing.startsAt % frequency.ms } };
  }
  const count = { monthly: 12, quarterly: 4, six_monthly: 2, nine_monthly: 1, yearly: 1 }[frequency.kind];
  const lasts = Array.from(
    { length: count },
    (_, i) => monthsOf({ kind: frequency.kind, year: 2000, index: i + 1 }).last,
  );
  if (timing.cutOffRule === 'state') return { calendar: { months: lasts, dayOfMonth: 15, hour: 7, minute: 0 } };
  return { calendar: { months: lasts.map((m) => (m % 12) + 1), dayOfMonth: 1, hour: 7, minute: 0 } };
}
