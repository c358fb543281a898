import type { BusinessCalendar } from '../calendar/business-calendar';
import { addDays } from '../calendar/civil-date';
import { ValidationError, type FieldProblem, msg } from '../errors';
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
    return [{ field, message: msg('frequency.aListOf110Levels') }];
  }
  const problems: FieldProblem[] = [];
  let below = 0;
  value.forEach((item: CycleLevelPolicy, i) => {
    const at = `${field}.${i}`;
    if (typeof item?.level !== 'string' || !item.level.trim()) {
      problems.push({ field: `${at}.level`, message: msg('frequency.aLevelNameIsRequired') });
    }
    const after = item?.afterCutOff;
    if (typeof after !== 'string' || !isIsoDuration(after) || durationMs(after) < 1000) {
      problems.push({
        field: `${at}.afterCutOff`,
        message: msg('frequency.aDurationCycleNeedsAnIso'),
      });
      return;
    }
    if (durationMs(after) < below) {
      problems.push({
        field: `${at}.afterCutOff`,
        message: msg('frequency.aLevelMayNotBeDue'),
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
  /** Per level, lower levels first; `scheduledDeadline`: the policy's, when a late opening moved it. */
  deadlines: { level: string; deadline: string; scheduledDeadline?: string }[];
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
 * How many days after its cut-off day a scheduled tick may still open a period: the
 * Schedule fires at 07:00 on the day after the cut-off and its catch-up window is one
 * day, so a tick delayed by an outage runs at the latest on the second day after it.
 */
export const TICK_LOOKBACK_DAYS = 2;

/**
 * The period a scheduled tick at `at` opens: the period whose cut-off day was one or
 * two days before the tick's day (the opening day, or the next one when the catch-up
 * window delivered the firing late). A named-kind round opens only once all of the
 * period's data is in, so a tick never opens a period still running; a tick outside
 * those two days opens nothing (a longer outage is caught up by hand). A duration round
 * opens at the end of its span. Null before the first period ends.
 */
export function roundPeriodAt(timing: CycleTiming, at: Date, calendar: BusinessCalendar): RoundPeriod | null {
  const { frequency } = timing;
  if (!('kind' in frequency)) return durationPeriod(timing, Math.floor((+at - +timing.startsAt) / frequency.ms) - 1);
  const today = calendar.dateOf(at);
  for (let back = 1; back <= TICK_LOOKBACK_DAYS; back++) {
    const p = periodContaining(frequency.kind, timing.cutOffRule, addDays(today, -back));
    if (!p) continue;
    const cut = cutOff(p, timing.cutOffRule);
    // The day `back` days ago belongs to a period still running (the tick came early or mid-period).
    if (cut >= today) continue;
    if (calendar.endOfDay(cut) < timing.startsAt) return null;
    return namedPeriod(timing, p, calendar);
  }
  return null;
}

/**
 * The deadlines a round gets when it opens at `openedAt` (docs/decisions/0030): those of
 * the policy, except that a round opened late (after the day following its cut-off: by
 * hand, or after an outage) never gives a unit a deadline already past or too close. Every level is due at least at the end of
 * the first working day after the opening day, and a level the policy gives a later day
 * than the level below it keeps at least one working day after that level's (possibly
 * moved) deadline, so lower levels still report before the units that consolidate them.
 * Duration cycles (seconds, for tests and demonstrations) have no working days and are
 * left as they are.
 */
export function openingDeadlines(
  timing: Pick<CycleTiming, 'frequency'>,
  period: RoundPeriod,
  openedAt: Date,
  calendar: BusinessCalendar,
): RoundPeriod {
  if (!('kind' in timing.frequency)) return period;
  // Opened on time (by the day after the cut-off, when the Schedule opens it): the policy stands.
  const openingDay = calendar.dateOf(openedAt);
  if (openingDay <= addDays(calendar.dateOf(new Date(period.cutOff)), 1)) return period;
  const floor = calendar.endOfDay(calendar.addWorkingDays(openingDay, 1));
  const moved: RoundPeriod['deadlines'] = [];
  period.deadlines.forEach((level, i) => {
    const scheduled = new Date(level.deadline);
    let due = scheduled > floor ? scheduled : floor;
    const below = moved[i - 1];
    if (below) {
      const after = scheduled > new Date(period.deadlines[i - 1]!.deadline);
      const belowDue = new Date(below.deadline);
      const least = after ? calendar.endOfDay(calendar.nextWorkingDay(calendar.dateOf(belowDue))) : belowDue;
      if (least > due) due = least;
    }
    moved.push(
      +due === +scheduled
        ? level
        : { level: level.level, deadline: due.toISOString(), scheduledDeadline: level.deadline },
    );
  });
  return { ...period, deadlines: moved };
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
