import { zonedParts } from '../time';
import { addDays, civil, isWeekend, type CivilDate } from './civil-date';

/** Working hours of Vietnamese state and Party bodies by default: 08:00–17:00. */
export interface WorkingHours {
  startMinutes: number;
  endMinutes: number;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { startMinutes: 8 * 60, endMinutes: 17 * 60 };

/**
 * Serializable description of a calendar: the data a workflow receives from an
 * activity, so that instants are computed by pure code inside the workflow.
 */
export interface CalendarData {
  timeZone: string;
  /** Weekdays that are days off (public holidays, Tết, carry-overs, swaps). */
  daysOff: CivilDate[];
  /** Weekend days that are worked (the other half of a swap). */
  workingWeekends: CivilDate[];
  workingHours?: WorkingHours;
}

/**
 * Working days: Monday–Friday minus the days off, plus the worked weekend days.
 * Pure and deterministic: safe inside workflow code.
 */
export class BusinessCalendar {
  readonly timeZone: string;
  readonly workingHours: WorkingHours;
  private readonly daysOff: ReadonlySet<CivilDate>;
  private readonly workingWeekends: ReadonlySet<CivilDate>;

  constructor(data: CalendarData) {
    this.timeZone = data.timeZone;
    this.workingHours = data.workingHours ?? DEFAULT_WORKING_HOURS;
    this.daysOff = new Set(data.daysOff);
    this.workingWeekends = new Set(data.workingWeekends);
  }

  toData(): CalendarData {
    return {
      timeZone: this.timeZone,
      daysOff: [...this.daysOff].sort(),
      workingWeekends: [...this.workingWeekends].sort(),
      workingHours: this.workingHours,
    };
  }

  isWorkingDay(date: CivilDate): boolean {
    if (this.workingWeekends.has(date)) return true;
    return !isWeekend(date) && !this.daysOff.has(date);
  }

  /** `date` itself when it is a working day, else the next one. */
  onOrAfter(date: CivilDate): CivilDate {
    let day = date;
    for (let guard = 0; !this.isWorkingDay(day); guard++) {
      if (guard > 60) throw new RangeError(`no working day within 60 days after ${date}`);
      day = addDays(day, 1);
    }
    return day;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: CivilDate): CivilDate {
    return this.onOrAfter(addDays(date, 1));
  }

  /** The working day `n` working days after `date` (n ≥ 0; n = 0 gives onOrAfter). */
  addWorkingDays(date: CivilDate, n: number): CivilDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    let day = n === 0 ? this.onOrAfter(date) : date;
    for (let i = 0; i < n; i++) day = this.nextWorkingDay(day);
    return day;
  }

  /** The working day `n` working days before `date` (n ≥ 1). */
  subtractWorkingDays(date: CivilDate, n: number): CivilDate {
    let day = date;
    for (let i = 0; i < n; i++) {
      day = addDays(day, -1);
      for (let guard = 0; !this.isWorkingDay(day); guard++) {
        if (guard > 60) throw new RangeError(`no working day within 60 days before ${date}`);
        day = addDays(day, -1);
      }
    }
    return day;
  }

  /** Working days in (from, to]: how many working days pass going from one to the other. */
  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count++;
    return count;
  }

  /** The civil date of `instant` in this calendar's zone. */
  dateOf(instant: Date): CivilDate {
    const p = zonedParts(instant, this.timeZone);
    return civil(p.year, p.month, p.day);
  }

  /** Minutes since local midnight of `instant`. */
  minutesOf(instant: Date): number {
    const p = zonedParts(instant, this.timeZone);
    return p.hour * 60 + p.minute;
  }

  /** The instant of `date` at `minutes` past local midnight. */
  at(date: CivilDate, minutes: number): Date {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const guess = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
    // Correct by the zone's offset at that moment (twice, for zones with transitions).
    let instant = guess;
    for (let i = 0; i < 2; i++) {
      const p = zonedParts(new Date(instant), this.timeZone);
      const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
      instant += guess - asUtc;
    }
    return new Date(instant);
  }

  /** End of the working day `date` (17:00 local by default). */
  endOfDay(date: CivilDate): Date {
    return this.at(date, this.workingHours.endMinutes);
  }

  /** A deadline `n` working days after the day of `from`, at the end of that day. */
  deadlineAfterWorkingDays(from: Date, n: number): Date {
    return this.endOfDay(this.addWorkingDays(this.dateOf(from), n));
  }

  /** A deadline that falls on a day off moves to the same time on the next working day. */
  adjustDeadline(deadline: Date): Date {
    const date = this.dateOf(deadline);
    if (this.isWorkingDay(date)) return deadline;
    return this.at(this.onOrAfter(date), this.minutesOf(deadline));
  }

  /** True when `instant` is on a working day within working hours. */
  isWithinWorkingHours(instant: Date): boolean {
    if (!this.isWorkingDay(this.dateOf(instant))) return false;
    const minutes = this.minutesOf(instant);
    return minutes >= this.workingHours.startMinutes && minutes < this.workingHours.endMinutes;
  }

  /** `instant` if within working hours, else the start of the next working period. */
  nextWorkingInstant(instant: Date): Date {
    if (this.isWithinWorkingHours(instant)) return instant;
    const date = this.dateOf(instant);
    if (this.isWorkingDay(date) && this.minutesOf(instant) < this.workingHours.startMinutes) {
      return this.at(date, this.workingHours.startMinutes);
    }
    return this.at(this.nextWorkingDay(date), this.workingHours.startMinutes);
  }
}
