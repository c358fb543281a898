import { KNOWN_OVERRIDES, vietnamCalendar } from '../calendar';
import { ValidationError } from '../errors';
import {
  isValidLevelDeadlinePolicy,
  levelDeadlineProblems,
  levelDeadlines,
  type LevelDeadlinePolicy,
} from './deadlines';
import { parsePeriodKey, type CutOffRule } from './period';
import { renderText } from '@dondoc/i18n';

/** A message as it reads in both languages, joined for matching. */
const both = (text: Parameters<typeof renderText>[0]) => `${renderText(text, 'vi')} / ${renderText(text, 'en')}`;

const calendar = vietnamCalendar([2024, 2025, 2026, 2027, 2028], KNOWN_OVERRIDES);
const policy = (...days: number[]): LevelDeadlinePolicy[] =>
  days.map((workingDaysAfterCutOff, i) => ({
    level: ['commune', 'consolidating', 'issuer'][i]!,
    workingDaysAfterCutOff,
  }));

// docs/architecture.md#domain-rules: at least one working day between cut-off and submission; communes
// before the bodies that consolidate them, before the issuer. A deadline lands on a
// working day (the calendar with the 2025–2026 decisions), at 17:00 local.
describe('submission deadlines per level (pure)', () => {
  const cases: [string, CutOffRule, number[], string[], string][] = [
    // period, rule, working days per level, expected dates, why
    ['2025-Q4', 'state', [2, 4, 6], ['2025-12-16', '2025-12-18', '2025-12-22'], 'cut-off Sunday 14/12/2025'],
    [
      '2026-M2',
      'state',
      [1, 3],
      ['2026-02-23', '2026-02-25'],
      'cut-off Saturday 14/2/2026, first day of Tết Bính Ngọ (9441/TB-BNV): 14–22/2 off',
    ],
    [
      '2025-M1',
      'calendar',
      [1, 2],
      ['2025-02-03', '2025-02-04'],
      'cut-off Friday 31/1/2025 in Tết Ất Tỵ; Monday 3/2 worked (6150/TB-BLĐTBXH)',
    ],
    [
      '2025-M1',
      'state',
      [8, 9],
      ['2025-01-24', '2025-02-03'],
      'cut-off 14/1/2025; the ninth working day jumps Tết 25/1–2/2',
    ],
    [
      '2025-M12',
      'calendar',
      [1, 6],
      ['2026-01-05', '2026-01-10'],
      'New Year 2026 off 1–4/1; the sixth working day is the swapped Saturday 10/1 (12729/VPCP-KGVX)',
    ],
    ['2026-M8', 'state', [6], ['2026-08-22'], 'cut-off Friday 14/8/2026; Saturday 22/8 is worked (9441/TB-BNV)'],
    [
      '2026-M8',
      'calendar',
      [1, 2],
      ['2026-09-03', '2026-09-04'],
      'cut-off Monday 31/8/2026, swapped off with 1/9 and 2/9; Thursday 3/9 worked',
    ],
    ['2025-M4', 'calendar', [1, 2], ['2025-05-05', '2025-05-06'], 'cut-off 30/4/2025; 1/5 and the swapped 2/5 off'],
    ['2026', 'calendar', [1, 2, 3], ['2027-01-04', '2027-01-05', '2027-01-06'], 'year end: 1/1/2027 off'],
    ['2027', 'state', [5, 5, 10], ['2027-12-21', '2027-12-21', '2027-12-28'], 'levels may share a day'],
    ['2026-9M', 'state', [3], ['2026-09-17'], 'cut-off Monday 14/9/2026'],
    ['2025-H1', 'state', [1], ['2025-06-16'], 'cut-off Saturday 14/6/2025 → Monday'],
    ['2026-H2', 'calendar', [1], ['2027-01-04'], 'cut-off 31/12/2026 → 1/1/2027 off → Monday 4/1'],
  ];
  it.each(cases)('%s (%s) %j → %j: %s', (key, rule, days, dates) => {
    const found = levelDeadlines(parsePeriodKey(key)!, rule, policy(...days), calendar);
    expect(found.map((d) => d.date)).toEqual(dates);
    for (const d of found) {
      expect(calendar.isWorkingDay(d.date)).toBe(true);
      expect(d.deadline.toISOString()).toBe(new Date(`${d.date}T17:00:00+07:00`).toISOString());
    }
    expect(found.map((d) => d.level)).toEqual(policy(...days).map((p) => p.level));
  });

  it.each([
    [[], /danh sách 1–10 cấp/],
    ['3 days', /a list of 1–10 levels/],
    [[{ level: 'commune', workingDaysAfterCutOff: 0 }], /at least one working day after the cut-off/],
    [[{ level: 'commune', workingDaysAfterCutOff: 1.5 }], /số nguyên 1–60/],
    [[{ level: 'commune', workingDaysAfterCutOff: 61 }], /a whole number 1–60/],
    [[{ level: '', workingDaysAfterCutOff: 2 }], /cần tên cấp/],
    [
      [
        { level: 'commune', workingDaysAfterCutOff: 2 },
        { level: 'commune', workingDaysAfterCutOff: 3 },
      ],
      /level listed twice/,
    ],
    [
      [
        { level: 'commune', workingDaysAfterCutOff: 5 },
        { level: 'issuer', workingDaysAfterCutOff: 3 },
      ],
      /cấp trên không được có hạn sớm hơn cấp dưới \(3 < 5 ngày\) \/ a level may not be due before the level below it/,
    ],
    [[null], /expected a level and the working days/],
  ])('refuses %j', (value, message) => {
    const problems = levelDeadlineProblems(value);
    expect(problems.map((p) => both(p.message)).join('\n')).toMatch(message);
    expect(isValidLevelDeadlinePolicy(value)).toBe(false);
  });

  it('names the field of each problem', () => {
    expect(levelDeadlineProblems(policy(3, 2), 'levels')).toEqual([
      expect.objectContaining({ field: 'levels.1.workingDaysAfterCutOff' }),
    ]);
  });

  it('accepts ascending levels, equal ones included, and refuses to compute an invalid policy', () => {
    expect(isValidLevelDeadlinePolicy(policy(1, 1, 4))).toBe(true);
    expect(() => levelDeadlines(parsePeriodKey('2026-Q1')!, 'state', policy(4, 2), calendar)).toThrow(ValidationError);
  });
});
