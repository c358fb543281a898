import type { BusinessCalendar } from '@dondoc/domain';

/** The task's page in the application, the link every message carries. */
export function taskLink(publicUrl: string, taskId: string): string {
  return `${publicUrl}/api/v1/tasks/${taskId}`;
}

/** Working days from today to the due date; negative once it has passed. */
export function workingDaysLeft(calendar: BusinessCalendar, now: Date, dueAt: Date): number {
  const days = calendar.workingDaysBetween(calendar.dateOf(now), calendar.dateOf(dueAt));
  if (days === 0 && dueAt.getTime() < now.getTime()) return -1;
  return days;
}
