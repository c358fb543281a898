import type { BusinessCalendar } from './calendar/business-calendar';
import { durationMs, type Offset, type ReminderPolicy } from './policy';

/**
 * When reminders and escalations fire: pure functions of (deadline, policy, calendar),
 * used inside workflows. Working-day offsets land at the start of working hours of a
 * working day, so nothing fires on a day off or at night; ISO-duration offsets are
 * taken literally (urgent cases, and tests that run in seconds).
 */

export interface Instant {
  /** Stable name of the instant, part of the notice id (so a retry never duplicates). */
  key: string;
  at: Date;
}

const offsetKey = (offset: Offset) => ('workingDays' in offset ? `${offset.workingDays}wd` : offset.duration);

function parseHhMm(value: string): number {
  const [h, m] = value.split(':').map(Number);
  return h! * 60 + m!;
}

/** Reminder instants before `deadline`, in order, dropping those not after `now`. */
export function reminderInstants(
  deadline: Date,
  policy: ReminderPolicy,
  calendar: BusinessCalendar,
  now: Date,
): Instant[] {
  const instants: Instant[] = [];
  const deadlineDate = calendar.dateOf(deadline);
  for (const offset of policy.before) {
    let at: Date;
    if ('workingDays' in offset) {
      if (offset.workingDays === 0) continue;
      at = calendar.at(
        calendar.subtractWorkingDays(deadlineDate, offset.workingDays),
        calendar.workingHours.startMinutes,
      );
    } else {
      at = new Date(deadline.getTime() - durationMs(offset.duration));
    }
    instants.push({ key: `reminder:${offsetKey(offset)}`, at });
  }
  if (policy.onDeadlineDayAt && calendar.isWorkingDay(deadlineDate)) {
    instants.push({
      key: `reminder:day-of@${policy.onDeadlineDayAt}`,
      at: calendar.at(deadlineDate, parseHhMm(policy.onDeadlineDayAt)),
    });
  }
  const seen = new Set<number>();
  return instants
    .filter((instant) => instant.at.getTime() > now.getTime() && instant.at.getTime() < deadline.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .filter((instant) => !seen.has(instant.at.getTime()) && seen.add(instant.at.getTime()));
}

/**
 * The instant `offset` after `from`: working days count from the next working
 * period and land at the start of working hours; durations are literal.
 */
export function after(from: Date, offset: Offset, calendar: BusinessCalendar): Date {
  if ('duration' in offset) return new Date(from.getTime() + durationMs(offset.duration));
  const start = calendar.nextWorkingInstant(from);
  if (offset.workingDays === 0) return start;
  return calendar.at(
    calendar.addWorkingDays(calendar.dateOf(start), offset.workingDays),
    calendar.workingHours.startMinutes,
  );
}

/** Where escalation step `step` (0-based) goes: up the chain, then the top again and again. */
export function escalationTarget<T>(chain: T[], step: number): { level: number; target: T; repeat: boolean } {
  const index = Math.min(step, chain.length - 1);
  return { level: index + 1, target: chain[index]!, repeat: step >= chain.length };
}
