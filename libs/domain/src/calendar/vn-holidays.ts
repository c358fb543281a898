import Holidays from 'date-holidays';
import { BusinessCalendar, type WorkingHours } from './business-calendar';
import { addDays, civil, isWeekend, weekday, yearOf, type CivilDate } from './civil-date';
import { OFFICIAL_DECISIONS_2025_2026, officialOverrides } from './official-decisions';

export interface DayOff {
  date: CivilDate;
  /** Vietnamese name as shown to people. */
  name: string;
  /** The same name in English, for an English reader; null when nobody gave one (an admin's note). */
  nameEn: string | null;
  source: 'law' | 'carry_over' | 'override';
}

/** A per-year decision of the Government: an extra day off, or a weekend day worked (swap). */
export interface CalendarOverride {
  date: CivilDate;
  kind: 'day_off' | 'working_day';
  note: string;
  /** The note in English, for an English reader; null or absent when not given. */
  noteEn?: string | null;
  /** The document that set the day, e.g. '6150/TB-BLĐTBXH' (free text: state numbering). */
  documentNumber?: string | null;
  /** Who issued it, when, what it says: for the people who check the calendar. */
  sourceNote?: string | null;
}

const lunarCache = new Map<number, { tet: CivilDate; hungKings: CivilDate }>();

/** Lunar New Year's day and Hùng Kings' day (10/3 lunar) of a Gregorian year, from date-holidays. */
function lunarDates(year: number): { tet: CivilDate; hungKings: CivilDate } {
  let found = lunarCache.get(year);
  if (!found) {
    const holidays = new Holidays('VN').getHolidays(year);
    const byRule = (rule: string) => holidays.find((h) => h.rule === rule)?.date.slice(0, 10);
    const tet = byRule('vietnamese 1-0-1');
    const hungKings = byRule('vietnamese 3-0-10');
    if (!tet || !hungKings) throw new Error(`date-holidays has no lunar dates for ${year}`);
    found = { tet, hungKings };
    lunarCache.set(year, found);
  }
  return found;
}

/**
 * Public holidays of the Labour Code (art. 112) for `year`, before carry-over:
 * 1/1; Tết (last day of the lunar year and the first four of the new one); Hùng
 * Kings' day; 30/4; 1/5; 2/9 and one day beside it (1/9 when 2/9 is a Tuesday or a
 * Saturday, so the break joins a weekend; otherwise 3/9). The Government's yearly
 * decision may differ: that goes in the override table.
 */
export function statutoryHolidays(year: number): DayOff[] {
  const { tet, hungKings } = lunarDates(year);
  const nationalDay = civil(year, 9, 2);
  const besideNationalDay = [2, 6].includes(weekday(nationalDay)) ? civil(year, 9, 1) : civil(year, 9, 3);
  const days: DayOff[] = [
    { date: civil(year, 1, 1), name: 'Tết Dương lịch', nameEn: "New Year's Day", source: 'law' },
    {
      date: addDays(tet, -1),
      name: 'Tết Nguyên đán (ngày cuối năm âm lịch)',
      nameEn: 'Lunar New Year (last day of the lunar year)',
      source: 'law',
    },
    ...[0, 1, 2, 3].map((i) => ({
      date: addDays(tet, i),
      name: `Tết Nguyên đán (mùng ${i + 1})`,
      nameEn: `Lunar New Year (day ${i + 1})`,
      source: 'law' as const,
    })),
    { date: hungKings, name: 'Giỗ Tổ Hùng Vương', nameEn: "Hung Kings' Commemoration Day", source: 'law' },
    {
      date: civil(year, 4, 30),
      name: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
      nameEn: 'Reunification Day',
      source: 'law',
    },
    { date: civil(year, 5, 1), name: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day', source: 'law' },
    { date: nationalDay, name: 'Quốc khánh', nameEn: 'National Day', source: 'law' },
    {
      date: besideNationalDay,
      name: 'Quốc khánh (ngày liền kề)',
      nameEn: 'National Day (the day beside)',
      source: 'law',
    },
  ];
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Days off of `year`: the statutory holidays, each one that falls on a Saturday or
 * Sunday made up on the next working day (Labour Code art. 111), then the year's
 * overrides on top.
 */
export function vietnamDaysOff(
  year: number,
  overrides: CalendarOverride[] = [],
): { daysOff: DayOff[]; workingWeekends: CivilDate[] } {
  const holidays = statutoryHolidays(year);
  const taken = new Set(holidays.map((h) => h.date));
  const result: DayOff[] = [...holidays];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    result.push({
      date: day,
      name: `Nghỉ bù ${holiday.name}`,
      nameEn: holiday.nameEn && `Day off in lieu of ${holiday.nameEn}`,
      source: 'carry_over',
    });
  }

  const workingWeekends: CivilDate[] = [];
  const byDate = new Map(result.map((d) => [d.date, d]));
  for (const override of overrides.filter((o) => yearOf(o.date) === year)) {
    if (override.kind === 'day_off') {
      byDate.set(override.date, {
        date: override.date,
        name: override.note,
        nameEn: override.noteEn ?? null,
        source: 'override',
      });
    } else {
      byDate.delete(override.date);
      if (isWeekend(override.date)) workingWeekends.push(override.date);
    }
  }
  const daysOff = [...byDate.values()].filter((d) => !isWeekend(d.date)).sort((a, b) => a.date.localeCompare(b.date));
  return { daysOff, workingWeekends: workingWeekends.sort() };
}

/** A business calendar for Vietnam covering `years`, with the override table applied. */
export function vietnamCalendar(
  years: number[],
  overrides: CalendarOverride[] = [],
  timeZone = 'Asia/Ho_Chi_Minh',
  workingHours?: WorkingHours,
): BusinessCalendar {
  const daysOff: CivilDate[] = [];
  const workingWeekends: CivilDate[] = [];
  for (const year of [...new Set(years)].sort()) {
    const computed = vietnamDaysOff(year, overrides);
    daysOff.push(...computed.daysOff.map((d) => d.date));
    workingWeekends.push(...computed.workingWeekends);
  }
  return new BusinessCalendar({ timeZone, daysOff, workingWeekends, workingHours });
}

/**
 * The Government's decisions for 2025 and 2026 (official-decisions.ts): what the
 * migration loads into the override table, so tests and seeds see the same calendar.
 */
export const KNOWN_OVERRIDES: CalendarOverride[] = officialOverrides(OFFICIAL_DECISIONS_2025_2026);
