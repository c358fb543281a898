import { KNOWN_OVERRIDES, vietnamCalendar } from './calendar';
import { DEFAULT_REMINDER_POLICY } from './policy';
import { after, escalationTarget, reminderInstants } from './schedule';

const cal = vietnamCalendar([2025, 2026, 2027], KNOWN_OVERRIDES);
const at = (iso: string) => new Date(iso);
const local = (instants: { key: string; at: Date }[]) =>
  instants.map((i) => [i.key, new Date(i.at.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')]);

describe('reminder and escalation instants (pure)', () => {
  it('places the default reminders 5, 2 and 1 working days before, and at 08:00 on the day', () => {
    const deadline = at('2026-03-20T17:00:00+07:00'); // a Friday
    expect(local(reminderInstants(deadline, DEFAULT_REMINDER_POLICY, cal, at('2026-03-01T00:00:00+07:00')))).toEqual([
      ['reminder:5wd', '2026-03-13 08:00'],
      ['reminder:2wd', '2026-03-18 08:00'],
      ['reminder:1wd', '2026-03-19 08:00'],
      ['reminder:day-of@08:00', '2026-03-20 08:00'],
    ]);
  });

  it('skips days off: reminders before a deadline just after Tết land before Tết', () => {
    const deadline = at('2026-02-24T17:00:00+07:00'); // Tuesday after Tết (16–20/2 off)
    expect(local(reminderInstants(deadline, DEFAULT_REMINDER_POLICY, cal, at('2026-02-01T00:00:00+07:00')))).toEqual([
      ['reminder:5wd', '2026-02-10 08:00'],
      ['reminder:2wd', '2026-02-13 08:00'],
      ['reminder:1wd', '2026-02-23 08:00'],
      ['reminder:day-of@08:00', '2026-02-24 08:00'],
    ]);
  });

  it('drops instants already past and keeps durations literal', () => {
    const deadline = at('2026-03-20T10:00:20+07:00');
    const policy = { before: [{ duration: 'PT10S' }, { duration: 'PT5S' }, { workingDays: 5 }], onDeadlineDayAt: null };
    expect(local(reminderInstants(deadline, policy, cal, at('2026-03-20T10:00:00+07:00'))).map(([key]) => key)).toEqual(
      ['reminder:PT10S', 'reminder:PT5S'],
    );
    expect(reminderInstants(deadline, policy, cal, at('2026-03-20T10:00:00+07:00'))[0]!.at.toISOString()).toBe(
      at('2026-03-20T10:00:10+07:00').toISOString(),
    );
  });

  it('recomputes from an extended deadline: none of the old instants remain', () => {
    const old = reminderInstants(
      at('2026-03-20T17:00:00+07:00'),
      DEFAULT_REMINDER_POLICY,
      cal,
      at('2026-03-01T00:00:00+07:00'),
    );
    const extended = reminderInstants(
      at('2026-04-10T17:00:00+07:00'),
      DEFAULT_REMINDER_POLICY,
      cal,
      at('2026-03-01T00:00:00+07:00'),
    );
    const oldTimes = new Set(old.map((i) => i.at.getTime()));
    expect(extended.some((i) => oldTimes.has(i.at.getTime()))).toBe(false);
  });

  it('counts escalation delays in working days from the next working morning', () => {
    // Overdue at 17:00 on Friday 13/2/2026, just before Tết: level 2 a working day later is 24/2.
    expect(after(at('2026-02-13T17:00:00+07:00'), { workingDays: 0 }, cal).toISOString()).toBe(
      at('2026-02-23T08:00:00+07:00').toISOString(),
    );
    expect(after(at('2026-02-13T17:00:00+07:00'), { workingDays: 1 }, cal).toISOString()).toBe(
      at('2026-02-24T08:00:00+07:00').toISOString(),
    );
    expect(after(at('2026-03-10T10:00:00+07:00'), { duration: 'PT5S' }, cal).toISOString()).toBe(
      at('2026-03-10T10:00:05+07:00').toISOString(),
    );
  });

  it('climbs the chain, then repeats at the top', () => {
    const chain = ['commune', 'province board', 'standing board'];
    expect([0, 1, 2, 3, 4].map((step) => escalationTarget(chain, step))).toEqual([
      { level: 1, target: 'commune', repeat: false },
      { level: 2, target: 'province board', repeat: false },
      { level: 3, target: 'standing board', repeat: false },
      { level: 3, target: 'standing board', repeat: true },
      { level: 3, target: 'standing board', repeat: true },
    ]);
  });
});
