import { addDays } from '../calendar/civil-date';
import {
  PERIOD_KINDS,
  comparePeriods,
  dataWindow,
  nextPeriod,
  parsePeriodKey,
  period,
  periodContaining,
  periodKey,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
  type CutOffRule,
  type PeriodKind,
} from './period';

// docs/architecture.md#domain-rules: the state reporting regime (NĐ 09/2019/NĐ-CP) cuts data from the
// 15th of the month before the period to the 14th of its last month.
describe('reporting periods (pure)', () => {
  it.each([
    // kind, year, index, rule, from, to
    ['monthly', 2025, 1, 'state', '2024-12-15', '2025-01-14'],
    ['monthly', 2025, 12, 'state', '2025-11-15', '2025-12-14'],
    ['monthly', 2026, 11, 'state', '2026-10-15', '2026-11-14'],
    ['monthly', 2024, 3, 'state', '2024-02-15', '2024-03-14'],
    ['monthly', 2024, 2, 'calendar', '2024-02-01', '2024-02-29'],
    ['monthly', 2025, 2, 'calendar', '2025-02-01', '2025-02-28'],
    ['monthly', 2028, 2, 'calendar', '2028-02-01', '2028-02-29'],
    ['monthly', 2027, 12, 'calendar', '2027-12-01', '2027-12-31'],
    ['quarterly', 2026, 1, 'state', '2025-12-15', '2026-03-14'],
    ['quarterly', 2026, 2, 'state', '2026-03-15', '2026-06-14'],
    ['quarterly', 2025, 4, 'state', '2025-09-15', '2025-12-14'],
    ['quarterly', 2027, 3, 'calendar', '2027-07-01', '2027-09-30'],
    ['quarterly', 2026, 4, 'calendar', '2026-10-01', '2026-12-31'],
    ['six_monthly', 2025, 1, 'state', '2024-12-15', '2025-06-14'],
    ['six_monthly', 2025, 2, 'state', '2025-06-15', '2025-12-14'],
    ['six_monthly', 2026, 1, 'calendar', '2026-01-01', '2026-06-30'],
    ['six_monthly', 2027, 2, 'calendar', '2027-07-01', '2027-12-31'],
    ['nine_monthly', 2026, 1, 'state', '2025-12-15', '2026-09-14'],
    ['nine_monthly', 2027, 1, 'calendar', '2027-01-01', '2027-09-30'],
    ['yearly', 2025, 1, 'state', '2024-12-15', '2025-12-14'],
    ['yearly', 2027, 1, 'state', '2026-12-15', '2027-12-14'],
    ['yearly', 2026, 1, 'calendar', '2026-01-01', '2026-12-31'],
  ] as const)('%s %i #%i (%s): data %s → %s', (kind, year, index, rule, from, to) => {
    expect(dataWindow(period(kind, year, index), rule)).toEqual({ from, to });
  });

  it.each([
    // rule, kind, date, key of the period holding it
    ['state', 'monthly', '2025-12-14', '2025-M12'],
    ['state', 'monthly', '2025-12-15', '2026-M1'],
    ['state', 'monthly', '2026-12-31', '2027-M1'],
    ['state', 'monthly', '2024-02-29', '2024-M3'],
    ['state', 'quarterly', '2025-12-20', '2026-Q1'],
    ['state', 'quarterly', '2026-03-14', '2026-Q1'],
    ['state', 'quarterly', '2026-03-15', '2026-Q2'],
    ['state', 'six_monthly', '2026-06-14', '2026-H1'],
    ['state', 'six_monthly', '2026-06-15', '2026-H2'],
    ['state', 'six_monthly', '2026-12-15', '2027-H1'],
    ['state', 'nine_monthly', '2026-09-14', '2026-9M'],
    ['state', 'nine_monthly', '2026-09-15', null],
    ['state', 'nine_monthly', '2026-12-15', '2027-9M'],
    ['state', 'yearly', '2025-12-14', '2025'],
    ['state', 'yearly', '2025-12-15', '2026'],
    ['calendar', 'monthly', '2028-02-29', '2028-M2'],
    ['calendar', 'quarterly', '2026-12-31', '2026-Q4'],
    ['calendar', 'quarterly', '2027-01-01', '2027-Q1'],
    ['calendar', 'six_monthly', '2025-07-01', '2025-H2'],
    ['calendar', 'nine_monthly', '2026-09-30', '2026-9M'],
    ['calendar', 'nine_monthly', '2026-10-01', null],
    ['calendar', 'yearly', '2025-12-31', '2025'],
  ] as const)('%s %s: %s is in %s', (rule, kind, date, key) => {
    const found = periodContaining(kind, rule, date);
    expect(found && periodKey(found)).toBe(key);
  });

  // Every day of 2025–2027 lies in the window of its period, and windows follow one
  // another without gap or overlap (nine months: one window a year, gaps between).
  it.each(PERIOD_KINDS.flatMap((kind) => (['state', 'calendar'] as const).map((rule) => [kind, rule] as const)))(
    '%s (%s): windows tile 2025–2027',
    (kind: PeriodKind, rule: CutOffRule) => {
      for (let day = '2025-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
        const found = periodContaining(kind, rule, day);
        if (!found) {
          expect(kind).toBe('nine_monthly');
          continue;
        }
        const window = dataWindow(found, rule);
        expect(window.from <= day && day <= window.to).toBe(true);
        if (kind !== 'nine_monthly') expect(dataWindow(nextPeriod(found), rule).from).toBe(addDays(window.to, 1));
      }
    },
  );

  it.each([
    [period('monthly', 2026, 11), 'Tháng 11/2026', 'November 2026', '2026-M11'],
    [period('quarterly', 2026, 1), 'Quý I/2026', 'Q1 2026', '2026-Q1'],
    [period('quarterly', 2025, 4), 'Quý IV/2025', 'Q4 2025', '2025-Q4'],
    [period('six_monthly', 2026, 1), '6 tháng đầu năm 2026', 'First half of 2026', '2026-H1'],
    [period('six_monthly', 2026, 2), '6 tháng cuối năm 2026', 'Second half of 2026', '2026-H2'],
    [period('nine_monthly', 2026), '9 tháng năm 2026', 'First nine months of 2026', '2026-9M'],
    [period('yearly', 2026), 'Năm 2026', 'Year 2026', '2026'],
  ])('%j is written "%s" / "%s", key %s', (p, vi, en, key) => {
    expect(periodLabel(p)).toBe(vi);
    expect(periodLabel(p, 'en')).toBe(en);
    expect(periodKey(p)).toBe(key);
    expect(parsePeriodKey(key)).toEqual(p);
  });

  it.each(['2026-M13', '2026-Q5', '2026-H3', '26-Q1', '2026-Q', 'Quý I/2026'])('refuses the key %j', (key) => {
    expect(parsePeriodKey(key)).toBeNull();
  });

  it.each([
    ['2025-M12', '2026-M1', '2025-M11', '2024-M12'],
    ['2026-M1', '2026-M2', '2025-M12', '2025-M1'],
    ['2026-Q4', '2027-Q1', '2026-Q3', '2025-Q4'],
    ['2026-Q1', '2026-Q2', '2025-Q4', '2025-Q1'],
    ['2025-H2', '2026-H1', '2025-H1', '2024-H2'],
    ['2026-9M', '2027-9M', '2025-9M', '2025-9M'],
    ['2027', '2028', '2026', '2026'],
  ])('%s: next %s, previous %s, same period last year %s', (key, next, previous, lastYear) => {
    const p = parsePeriodKey(key)!;
    expect(periodKey(nextPeriod(p))).toBe(next);
    expect(periodKey(previousPeriod(p))).toBe(previous);
    expect(periodKey(samePeriodLastYear(p))).toBe(lastYear);
    expect(comparePeriods(previousPeriod(p), p)).toBeLessThan(0);
    expect(comparePeriods(nextPeriod(p), p)).toBeGreaterThan(0);
  });

  it.each([
    ['monthly', 13],
    ['quarterly', 0],
    ['six_monthly', 3],
    ['nine_monthly', 2],
    ['yearly', 2],
  ] as const)('refuses %s period #%i', (kind, index) => {
    expect(() => period(kind, 2026, index)).toThrow(RangeError);
  });
});
