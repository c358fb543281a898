import { BusinessCalendar } from './business-calendar';
import { KNOWN_OVERRIDES, statutoryHolidays, vietnamCalendar, vietnamDaysOff } from './vn-holidays';

const cal = vietnamCalendar([2025, 2026, 2027], KNOWN_OVERRIDES);

describe('Vietnamese business calendar (docs/architecture.md#domain-rules)', () => {
  describe('working days', () => {
    it.each([
      // Tết Bính Ngọ 2026: lunar new year Tuesday 17/2; the five days are 16/2–20/2.
      ['2026-02-13', true, 'Friday before Tết'],
      ['2026-02-16', false, 'last day of the lunar year'],
      ['2026-02-17', false, 'mùng 1 Tết'],
      ['2026-02-20', false, 'mùng 4 Tết'],
      ['2026-02-23', true, 'Monday after Tết'],
      // Hùng Kings' day 2026 is Sunday 26/4: made up on Monday 27/4.
      ['2026-04-26', false, 'Hùng Kings (Sunday)'],
      ['2026-04-27', false, 'carry-over of Hùng Kings'],
      ['2026-04-28', true, 'ordinary Tuesday'],
      ['2026-04-30', false, '30/4'],
      ['2026-05-01', false, '1/5'],
      ['2026-05-04', true, 'Monday after 1/5'],
      // 2/9/2026 is a Wednesday: the rules would add 3/9, but 9441/TB-BNV took 1/9 and
      // swapped Monday 31/8 with Saturday 22/8.
      ['2026-09-02', false, 'Quốc khánh'],
      ['2026-09-01', false, 'the day beside Quốc khánh (decided)'],
      ['2026-08-31', false, 'Monday 31/8 swapped'],
      ['2026-08-22', true, 'Saturday 22/8 worked'],
      ['2026-09-03', true, 'Thursday 3/9 worked'],
      ['2026-01-01', false, 'New Year'],
      // 2025: Friday 2/5 off, Saturday 26/4 worked (the Government's swap).
      ['2025-04-26', true, 'Saturday 26/4/2025 worked'],
      ['2025-05-02', false, 'Friday 2/5/2025 off'],
      ['2025-04-30', false, '30/4/2025'],
      ['2025-04-07', false, 'Hùng Kings 2025 (Monday)'],
      // 2025: 2/9 a Tuesday, so 1/9 is the day beside it.
      ['2025-09-01', false, '1/9/2025'],
      ['2025-09-02', false, '2/9/2025'],
      ['2025-09-03', true, 'Wednesday 3/9/2025'],
      // Tết Ất Tỵ 2025: 28/1–1/2 with the made-up day moved to Monday 27/1.
      ['2025-01-27', false, 'Tết 2025 extra day'],
      ['2025-01-31', false, 'Tết 2025'],
      ['2025-02-03', true, 'back to work 3/2/2025'],
      ['2026-03-07', false, 'an ordinary Saturday'],
    ])('%s is a working day: %s (%s)', (date, working) => {
      expect(cal.isWorkingDay(date)).toBe(working);
    });
  });

  it('computes the carry-over of holidays on weekends instead of listing them', () => {
    // 2027: lunar new year is Saturday 6/2; Tết days 5/2–9/2 hold a Saturday and a Sunday.
    const { daysOff } = vietnamDaysOff(2027);
    const carryOvers = daysOff.filter((d) => d.source === 'carry_over').map((d) => d.date);
    expect(carryOvers).toEqual(expect.arrayContaining(['2027-02-10', '2027-02-11']));
  });

  it('lists the statutory holidays with Vietnamese names', () => {
    const names = statutoryHolidays(2026).map((d) => d.name);
    expect(names).toContain('Giỗ Tổ Hùng Vương');
    expect(names).toContain('Quốc khánh');
    expect(names.filter((n) => n.startsWith('Tết Nguyên đán'))).toHaveLength(5);
  });

  it('names every statutory holiday and its day in lieu in English too, and the decisions’ days', () => {
    const { daysOff } = vietnamDaysOff(2026, KNOWN_OVERRIDES);
    for (const day of daysOff) {
      expect([day.date, day.nameEn]).toEqual([day.date, expect.any(String)]);
      expect(day.nameEn).not.toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
    }
    expect(statutoryHolidays(2026).find((d) => d.name === 'Quốc khánh')?.nameEn).toBe('National Day');
    expect(statutoryHolidays(2026).find((d) => d.name === 'Tết Nguyên đán (mùng 1)')?.nameEn).toBe(
      'Lunar New Year (day 1)',
    );
    expect(KNOWN_OVERRIDES.every((o) => typeof o.noteEn === 'string')).toBe(true);
    // An admin's day off without an English note keeps its Vietnamese one only.
    const own = vietnamDaysOff(2026, [{ date: '2026-06-01', kind: 'day_off', note: 'Nghỉ riêng' }]).daysOff;
    expect(own.find((d) => d.date === '2026-06-01')).toMatchObject({ name: 'Nghỉ riêng', nameEn: null });
  });

  it.each([
    ['2026-02-13', 1, '2026-02-23', 'across Tết'],
    ['2026-04-24', 2, '2026-04-29', 'across Hùng Kings carry-over'],
    ['2026-04-29', 1, '2026-05-04', 'across 30/4 and 1/5'],
    ['2025-04-25', 1, '2025-04-26', 'the worked Saturday counts'],
    ['2026-11-23', 5, '2026-11-30', 'an ordinary week'],
    ['2026-11-21', 0, '2026-11-23', 'zero days from a Saturday rolls to Monday'],
  ])('%s + %i working days = %s (%s)', (from, n, expected) => {
    expect(cal.addWorkingDays(from, n)).toBe(expected);
  });

  it.each([
    ['2026-02-13', '2026-02-23', 1],
    ['2026-04-01', '2026-04-30', 19],
    ['2026-11-23', '2026-11-23', 0],
    ['2026-11-30', '2026-11-23', -5],
  ])('working days between %s and %s = %i', (a, b, n) => {
    expect(cal.workingDaysBetween(a, b)).toBe(n);
  });

  it('gives the next working day and counts back', () => {
    expect(cal.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(cal.subtractWorkingDays('2026-02-23', 1)).toBe('2026-02-13');
    expect(cal.subtractWorkingDays('2026-05-04', 2)).toBe('2026-04-28');
  });

  it('moves a deadline on a day off to the next working day, keeping the time', () => {
    const onTet = new Date('2026-02-17T17:00:00+07:00');
    expect(cal.adjustDeadline(onTet).toISOString()).toBe(new Date('2026-02-23T17:00:00+07:00').toISOString());
    const ordinary = new Date('2026-03-10T09:30:00+07:00');
    expect(cal.adjustDeadline(ordinary)).toBe(ordinary);
  });

  it('puts a deadline of N working days at the end of that day (17:00 local)', () => {
    const issued = new Date('2026-02-12T10:00:00+07:00');
    expect(cal.deadlineAfterWorkingDays(issued, 2).toISOString()).toBe(
      new Date('2026-02-23T17:00:00+07:00').toISOString(),
    );
  });

  it('knows working hours and the next working instant', () => {
    expect(cal.isWithinWorkingHours(new Date('2026-03-10T08:00:00+07:00'))).toBe(true);
    expect(cal.isWithinWorkingHours(new Date('2026-03-10T17:00:00+07:00'))).toBe(false);
    expect(cal.isWithinWorkingHours(new Date('2026-02-17T10:00:00+07:00'))).toBe(false);
    expect(cal.nextWorkingInstant(new Date('2026-02-13T18:00:00+07:00')).toISOString()).toBe(
      new Date('2026-02-23T08:00:00+07:00').toISOString(),
    );
    expect(cal.nextWorkingInstant(new Date('2026-03-10T06:00:00+07:00')).toISOString()).toBe(
      new Date('2026-03-10T08:00:00+07:00').toISOString(),
    );
  });

  it('round-trips as plain data (what a workflow receives)', () => {
    const copy = new BusinessCalendar(JSON.parse(JSON.stringify(cal.toData())));
    expect(copy.addWorkingDays('2026-02-13', 3)).toBe(cal.addWorkingDays('2026-02-13', 3));
    expect(copy.isWorkingDay('2025-04-26')).toBe(true);
  });
});
