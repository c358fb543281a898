import { addDays, isWeekend } from './civil-date';
import {
  OFFICIAL_DECISIONS_2025_2026,
  breakDays,
  officialOverrides,
  type OfficialDecision,
} from './official-decisions';
import { KNOWN_OVERRIDES, vietnamCalendar, vietnamDaysOff } from './vn-holidays';

const calendar = vietnamCalendar([2024, 2025, 2026, 2027], officialOverrides(OFFICIAL_DECISIONS_2025_2026));
const decision = (documentNumber: string): OfficialDecision =>
  OFFICIAL_DECISIONS_2025_2026.find((d) => d.documentNumber === documentNumber)!;

/** Each break: every day in it off, the day before and after worked, its worked days worked. */
function expectBreak(documentNumber: string, occasionStart: string) {
  const decided = decision(documentNumber).breaks.find((b) => b.occasion.startsWith(occasionStart))!;
  expect(decided).toBeDefined();
  for (const day of breakDays(decided)) expect([day, calendar.isWorkingDay(day)]).toEqual([day, false]);
  expect(calendar.isWorkingDay(addDays(decided.from, -1)) || isWeekend(addDays(decided.from, -1))).toBe(true);
  expect(calendar.isWorkingDay(addDays(decided.to, 1))).toBe(true);
  for (const { date } of decided.workingDays) expect([date, calendar.isWorkingDay(date)]).toEqual([date, true]);
}

describe('official calendar decisions 2025–2026 (docs/architecture.md#domain-rules: the per-year override table)', () => {
  describe('6150/TB-BLĐTBXH of 03/12/2024 (Bộ LĐTBXH; basis 8726/VPCP-KGVX)', () => {
    it('Tết Ất Tỵ: off Saturday 25/1 to Sunday 2/2/2025, back on Monday 3/2 (no carry-over)', () => {
      expectBreak('6150/TB-BLĐTBXH', 'Tết Nguyên đán Ất Tỵ');
      expect(calendar.isWorkingDay('2025-01-24')).toBe(true);
      expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
    });

    it('30/4–1/5/2025: off Wednesday 30/4 to Sunday 4/5 (Friday 2/5 swapped), Saturday 26/4 worked', () => {
      expectBreak('6150/TB-BLĐTBXH', 'Ngày Chiến thắng 30/4');
      expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
      expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    });

    it('Quốc khánh 2025: off Saturday 30/8 to Tuesday 2/9, Wednesday 3/9 worked', () => {
      expectBreak('6150/TB-BLĐTBXH', 'Quốc khánh 2025');
      expect(calendar.isWorkingDay('2025-09-03')).toBe(true);
    });
  });

  describe('9441/TB-BNV of 16/10/2025 (Bộ Nội vụ)', () => {
    it('Tết Bính Ngọ: off Saturday 14/2 to Sunday 22/2/2026 (nine days, no swap)', () => {
      expectBreak('9441/TB-BNV', 'Tết Nguyên đán Bính Ngọ');
      expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
      expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
    });

    it('Quốc khánh 2026: off Saturday 29/8 to Wednesday 2/9 (1/9 beside it, Monday 31/8 swapped), Saturday 22/8 and Thursday 3/9 worked', () => {
      expectBreak('9441/TB-BNV', 'Quốc khánh 2026');
      expect(calendar.isWorkingDay('2026-08-31')).toBe(false);
      expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
      expect(calendar.isWorkingDay('2026-09-03')).toBe(true);
    });
  });

  describe('12729/VPCP-KGVX of 25/12/2025 (Văn phòng Chính phủ)', () => {
    it('Tết Dương lịch 2026: off Thursday 1/1 to Sunday 4/1 (Friday 2/1 swapped), Saturday 10/1 worked', () => {
      expectBreak('12729/VPCP-KGVX', 'Tết Dương lịch 2026');
      expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
      expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    });
  });

  // The whole year with the rules of the Labour Code (45/2019/QH14, art. 111–112) and
  // the decisions: nothing more and nothing less is off.
  it.each([
    [
      2025,
      [
        '2025-01-01',
        '2025-01-27',
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-04-07', // Giỗ Tổ Hùng Vương (Monday)
        '2025-04-30',
        '2025-05-01',
        '2025-05-02',
        '2025-09-01',
        '2025-09-02',
      ],
      ['2025-04-26'],
    ],
    [
      2026,
      [
        '2026-01-01',
        '2026-01-02',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-04-27', // Giỗ Tổ Hùng Vương is Sunday 26/4: carried over to Monday
        '2026-04-30',
        '2026-05-01',
        '2026-08-31',
        '2026-09-01',
        '2026-09-02',
      ],
      ['2026-01-10', '2026-08-22'],
    ],
  ])('%i: exactly these weekdays off and these weekends worked', (year, daysOff, workingWeekends) => {
    const computed = vietnamDaysOff(year, KNOWN_OVERRIDES);
    expect(computed.daysOff.map((d) => d.date)).toEqual(daysOff);
    expect(computed.workingWeekends).toEqual(workingWeekends);
  });

  it('gives every row its document, and refuses a date decided twice', () => {
    const rows = officialOverrides(OFFICIAL_DECISIONS_2025_2026);
    expect(rows).toEqual(KNOWN_OVERRIDES);
    expect(rows.every((row) => row.documentNumber && row.sourceNote?.includes(row.documentNumber))).toBe(true);
    expect(rows.find((row) => row.date === '2025-05-02')).toMatchObject({
      kind: 'day_off',
      documentNumber: '6150/TB-BLĐTBXH',
    });
    const twice = [decision('12729/VPCP-KGVX'), decision('12729/VPCP-KGVX')];
    expect(() => officialOverrides(twice)).toThrow(/2026-01-01 is decided twice/);
  });
});
