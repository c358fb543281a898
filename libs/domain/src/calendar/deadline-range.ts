import { daysBetween, type CivilDate } from './civil-date';

/** The longest range a calendar of deadlines is read for: six weeks, a month view's grid. */
export const MAX_DEADLINE_RANGE_DAYS = 42;

/**
 * What is wrong with a calendar range (both ends included), or null: `to` not before
 * `from` and at most MAX_DEADLINE_RANGE_DAYS days in all. The dates are already valid.
 */
export function deadlineRangeProblem(from: CivilDate, to: CivilDate): string | null {
  const days = daysBetween(from, to) + 1;
  if (days < 1) return `to: ${to} trước from ${from} / before from`;
  if (days > MAX_DEADLINE_RANGE_DAYS)
    return `to: ${days} ngày, tối đa ${MAX_DEADLINE_RANGE_DAYS} / ${days} days, at most ${MAX_DEADLINE_RANGE_DAYS}`;
  return null;
}
