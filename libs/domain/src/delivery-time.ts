import { BusinessCalendar } from './calendar/business-calendar';
import { addDays } from './calendar/civil-date';

/**
 * When a notice's message may go out: at once, after the recipient's quiet hours, or
 * held for the daily digest. Pure, so the workflows that wait use it too.
 */

/** Minutes after local midnight; the window may cross midnight (22:00–06:30). */
export interface QuietHours {
  startMinutes: number;
  endMinutes: number;
}

/** Kinds a digest replaces: single reminders. Escalations and the rest go out on their own. */
export const DIGESTED_KINDS: readonly string[] = ['reminder'];
/** Kinds that never wait: not for quiet hours, not for the digest. */
export const URGENT_KINDS: readonly string[] = ['escalation'];

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

export type DeliveryTiming = { hold: 'digest' } | { at: Date };

/** When a message of `kind` to someone with these preferences goes out, seen at `now`. */
export function deliveryTiming(
  now: Date,
  kind: string,
  preferences: { quiet: QuietHours | null; digest: boolean },
  timeZone: string,
): DeliveryTiming {
  if (URGENT_KINDS.includes(kind)) return { at: now };
  if (preferences.digest && DIGESTED_KINDS.includes(kind)) return { hold: 'digest' };
  return { at: afterQuietHours(now, preferences.quiet, timeZone) };
}
