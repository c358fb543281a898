import { BusinessCalendar } from './calendar/business-calendar';
import { addDays } from './calendar/civil-date';

/**
 * Quiet hours and local times of day, for when a message may go out (the kinds' own
 * rules are in libs/notifications). Pure, so the workflows that wait use it too.
 */

/** Minutes after local midnight; the window may cross midnight (22:00–06:30). */
export interface QuietHours {
  startMinutes: number;
  endMinutes: number;
}

const clock = (timeZone: string) =>
  new BusinessCalendar({
    timeZone,
    daysOff: [],
    workingWeekends: [],
    workingHours: { startMinutes: 0, endMinutes: 24 * 60 },
  });

export function inQuietHours(instant: Date, quiet: QuietHours | null, timeZone: string): boolean {
  if (!quiet || quiet.startMinutes === quiet.endMinutes) return false;
  const minutes = clock(timeZone).minutesOf(instant);
  return quiet.startMinutes < quiet.endMinutes
    ? minutes >= quiet.startMinutes && minutes < quiet.endMinutes
    : minutes >= quiet.startMinutes || minutes < quiet.endMinutes;
}

/** `instant` itself outside quiet hours; inside them, the moment they end. */
export function afterQuietHours(instant: Date, quiet: QuietHours | null, timeZone: string): Date {
  if (!quiet || !inQuietHours(instant, quiet, timeZone)) return instant;
  return nextLocalTime(instant, quiet.endMinutes, timeZone);
}

/** The first instant strictly after `after` at `minutes` past local midnight. */
export function nextLocalTime(after: Date, minutes: number, timeZone: string): Date {
  const c = clock(timeZone);
  const today = c.dateOf(after);
  const candidate = c.at(today, minutes);
  return candidate.getTime() > after.getTime() ? candidate : c.at(addDays(today, 1), minutes);
}

/** The local date (YYYY-MM-DD) of `instant`. */
export function localDate(instant: Date, timeZone: string): string {
  return clock(timeZone).dateOf(instant);
}
