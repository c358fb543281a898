import { KNOWN_OVERRIDES, vietnamCalendar } from '@dondoc/domain';

export const TZ = 'Asia/Ho_Chi_Minh';

/** Today's date in Vietnam, YYYY-MM-DD. */
export const todayInVietnam = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());

export function calendarFor(date: string) {
  const year = Number(date.slice(0, 4));
  return vietnamCalendar([year - 1, year, year + 1], KNOWN_OVERRIDES, TZ);
}

/** The deadline of N working days after `issueDate`, as the API shows it. */
export function workingDayDeadline(issueDate: string, days: number): string {
  const calendar = calendarFor(issueDate);
  return `${calendar.addWorkingDays(issueDate, days)}T17:00:00+07:00`;
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
