import { KNOWN_OVERRIDES, vietnamCalendar } from '../calendar';
import {
  cycleLevelProblems,
  openingSpec,
  parseFrequency,
  openingDeadlines,
  roundPeriodAt,
  roundPeriodOfKey,
  type CycleTiming,
} from './frequency';

const calendar = vietnamCalendar([2024, 2025, 2026, 2027, 2028], KNOWN_OVERRIDES);
const levels = [
  { level: 'commune', workingDaysAfterCutOff: 1 },
  { level: 'consolidating', workingDaysAfterCutOff: 3 },
];
const quarterly: CycleTiming = {
  frequency: parseFrequency('quarterly')!,
  cutOffRule: 'state',
  startsAt: new Date('2025-12-01T00:00:00+07:00'),
  levelDeadlines: levels,
};

describe('reporting cycle frequency and round periods (pure)', () => {
  it('takes the named kinds and ISO durations, nothing else', () => {
    expect(parseFrequency('six_monthly')).toEqual({ kind: 'six_monthly' });
    expect(parseFrequency('PT20S')).toEqual({ every: 'PT20S', ms: 20_000 });
    expect(parseFrequency('weekly')).toBeNull();
    expect(parseFrequency('PT0S')).toBeNull();
  });

  // Seed 003: the quarterly briefing under 461-QĐ/TU; the state cut-off (15th → 14th).
  it.each([
    ['2026-03-15T07:00:00+07:00', '2026-Q1', 'Quý I/2026', ['2026-03-16', '2026-03-18']],
    ['2026-06-15T07:00:00+07:00', '2026-Q2', 'Quý II/2026', ['2026-06-15', '2026-06-17']],
    ['2026-09-15T07:00:00+07:00', '2026-Q3', 'Quý III/2026', ['2026-09-15', '2026-09-17']],
    ['2026-12-15T07:00:00+07:00', '2026-Q4', 'Quý IV/2026', ['2026-12-15', '2026-12-17']],
  ])('a year of quarterly rounds: opened at %s is %s', (at, key, label, dates) => {
    const round = roundPeriodAt(quarterly, new Date(at), calendar)!;
    expect([round.key, round.label]).toEqual([key, label]);
    expect(round.deadlines.map((d) => calendar.dateOf(new Date(d.deadline)))).toEqual(dates);
    expect(roundPeriodOfKey(quarterly, key, calendar)).toEqual(round);
  });

  // Seed 002: the six-month review, half-years 15/12→14/6 and 15/6→14/12.
  it('six-month rounds under the state cut-off: H1 2026 closes 14/6, opens 15/6', () => {
    const half = { ...quarterly, frequency: parseFrequency('six_monthly')! };
    const h1 = roundPeriodAt(half, new Date('2026-06-15T07:00:00+07:00'), calendar)!;
    expect([h1.key, h1.label, calendar.dateOf(new Date(h1.cutOff))]).toEqual([
      '2026-H1',
      '6 tháng đầu năm 2026',
      '2026-06-14',
    ]);
    expect([h1.previousKey, h1.lastYearKey]).toEqual(['2025-H2', '2025-H1']);
    expect(openingSpec(half)).toEqual({ calendar: { months: [6, 12], dayOfMonth: 15, hour: 7, minute: 0 } });
    expect(openingSpec({ ...half, cutOffRule: 'calendar' })).toEqual({
      calendar: { months: [7, 1], dayOfMonth: 1, hour: 7, minute: 0 },
    });
  });

  it('no round for a period that ended before the cycle started', () => {
    expect(roundPeriodAt(quarterly, new Date('2025-09-15T07:00:00+07:00'), calendar)).toBeNull();
  });

  it('duration cycles (tests, demos): back-to-back spans from the start, deadlines as durations', () => {
    const startsAt = new Date('2026-01-01T00:00:00Z');
    const timing: CycleTiming = {
      frequency: parseFrequency('PT20S')!,
      cutOffRule: 'state',
      startsAt,
      levelDeadlines: [
        { level: 'commune', afterCutOff: 'PT10S' },
        { level: 'consolidating', afterCutOff: 'PT20S' },
      ],
    };
    expect(roundPeriodAt(timing, new Date(+startsAt + 19_000), calendar)).toBeNull();
    const second = roundPeriodAt(timing, new Date(+startsAt + 40_300), calendar)!;
    expect(second).toMatchObject({ key: 'S2', previousKey: 'S1', cutOff: '2026-01-01T00:00:40.000Z' });
    expect(second.deadlines).toEqual([
      { level: 'commune', deadline: '2026-01-01T00:00:50.000Z' },
      { level: 'consolidating', deadline: '2026-01-01T00:01:00.000Z' },
    ]);
    expect(openingSpec(timing)).toEqual({ interval: { everyMs: 20_000, offsetMs: +startsAt % 20_000 } });
    expect(
      cycleLevelProblems(timing.frequency, [
        { level: 'a', afterCutOff: 'PT20S' },
        { level: 'b', afterCutOff: 'PT5S' },
      ]),
    ).toHaveLength(1);
    expect(cycleLevelProblems(timing.frequency, [{ level: 'a', workingDaysAfterCutOff: 2 }])).toHaveLength(1);
  });
  // A Schedule firing delayed by its one-day catch-up window runs on the second day after
  // the cut-off: it must open the period that ended, never the one that has just begun.
  it.each([
    ['state', '2026-03-15T07:00:00+07:00', '2026-Q1'],
    ['state', '2026-03-16T06:59:00+07:00', '2026-Q1'],
    ['state', '2026-03-17T07:00:00+07:00', null],
    ['state', '2026-05-01T07:00:00+07:00', null],
    ['state', '2026-03-14T07:00:00+07:00', null],
    ['calendar', '2026-04-01T07:00:00+07:00', '2026-Q1'],
    ['calendar', '2026-04-02T06:00:00+07:00', '2026-Q1'],
    ['calendar', '2026-04-03T07:00:00+07:00', null],
  ] as const)('a %s-rule tick at %s opens %s', (rule, at, key) => {
    expect(roundPeriodAt({ ...quarterly, cutOffRule: rule }, new Date(at), calendar)?.key ?? null).toBe(key);
  });

  it('a late tick of nine months (its firing day falls in the gap of the year) still opens them', () => {
    const nine = { ...quarterly, frequency: parseFrequency('nine_monthly')! };
    expect(roundPeriodAt(nine, new Date('2026-09-15T07:00:00+07:00'), calendar)?.key).toBe('2026-9M');
    expect(roundPeriodAt(nine, new Date('2026-09-16T06:00:00+07:00'), calendar)?.key).toBe('2026-9M');
    expect(roundPeriodAt(nine, new Date('2026-10-16T07:00:00+07:00'), calendar)).toBeNull();
  });

  // Q1/2026 (cut-off Sat 14/3): commune due Mon 16/3, consolidating Wed 18/3.
  describe('a round opened late keeps every unit a deadline after the opening', () => {
    const q1 = roundPeriodOfKey(quarterly, '2026-Q1', calendar)!;
    const dates = (at: string) =>
      openingDeadlines(quarterly, q1, new Date(at), calendar).deadlines.map((d) => [
        calendar.dateOf(new Date(d.deadline)),
        d.scheduledDeadline ? calendar.dateOf(new Date(d.scheduledDeadline)) : null,
      ]);

    it.each([
      // On time (the Schedule's day after the cut-off): the policy stands, even on a Sunday.
      [
        '2026-03-15T07:00:00+07:00',
        [
          ['2026-03-16', null],
          ['2026-03-18', null],
        ],
      ],
      // Late but not past: the commune's Monday is too close, both move by the rule.
      [
        '2026-03-16T08:00:00+07:00',
        [
          ['2026-03-17', '2026-03-16'],
          ['2026-03-18', null],
        ],
      ],
      // Past the commune's deadline: one working day after the opening, the consolidating level one after it.
      [
        '2026-03-17T10:00:00+07:00',
        [
          ['2026-03-18', '2026-03-16'],
          ['2026-03-19', '2026-03-18'],
        ],
      ],
      // Opened on Wed 29/4/2026: 30/4 and 1/5 are days off, then the weekend.
      [
        '2026-04-29T10:00:00+07:00',
        [
          ['2026-05-04', '2026-03-16'],
          ['2026-05-05', '2026-03-18'],
        ],
      ],
    ])('opened at %s', (at, expected) => {
      expect(dates(at)).toEqual(expected);
    });

    it('levels the policy puts on the same day stay on the same day', () => {
      const sameDay = roundPeriodOfKey(
        {
          ...quarterly,
          levelDeadlines: [
            { level: 'commune', workingDaysAfterCutOff: 2 },
            { level: 'district', workingDaysAfterCutOff: 2 },
          ],
        },
        '2026-Q1',
        calendar,
      )!;
      const late = openingDeadlines(quarterly, sameDay, new Date('2026-03-20T10:00:00+07:00'), calendar);
      expect(late.deadlines.map((d) => calendar.dateOf(new Date(d.deadline)))).toEqual(['2026-03-23', '2026-03-23']);
    });

    it('duration cycles are left as they are', () => {
      const timing: CycleTiming = {
        ...quarterly,
        frequency: parseFrequency('PT20S')!,
        levelDeadlines: [{ level: 'commune', afterCutOff: 'PT10S' }],
      };
      const s1 = roundPeriodOfKey(timing, 'S1', calendar)!;
      expect(openingDeadlines(timing, s1, new Date('2027-01-01T00:00:00Z'), calendar)).toBe(s1);
    });
  });
});
