import type { BusinessCalendar } from './business-calendar';

/**
 * Working days from today to the due date ("còn N ngày làm việc"); negative once it has
 * passed ("quá hạn N ngày làm việc"). A deadline passed earlier today counts as one day late.
 */
export function workingDaysLeft(calendar: BusinessCalendar, now: Date, dueAt: Date): number {
  const days = calendar.workingDaysBetween(calendar.dateOf(now), calendar.dateOf(dueAt));
  if (days === 0 && dueAt.getTime() < now.getTime()) return -1;
  return days;
}
