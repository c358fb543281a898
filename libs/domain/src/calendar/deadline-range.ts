import { daysBetween, type CivilDate } from './civil-date';
import { msg, type Message } from '../errors';

/** The longest range a calendar of deadlines is read for: six weeks, a month view's grid. */
export const MAX_DEADLINE_RANGE_DAYS = 42;

/**
 * What is wrong with a calendar range (both ends included), or null: `to` not before
 * `from` and at most MAX_DEADLINE_RANGE_DAYS days in all. The dates are already valid.
 */
export function deadlineRangeProblem(from: CivilDate, to: CivilDate): Message | null {
  const days = daysBetween(from, to) + 1;
  if (days < 1) return msg('calendar.rangeEndsBeforeStart', { from, to });
  if (days > MAX_DEADLINE_RANGE_DAYS) return msg('calendar.rangeTooLong', { days, max: MAX_DEADLINE_RANGE_DAYS });
  return null;
}
