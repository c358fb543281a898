import { BusinessCalendar } from './calendar/business-calendar';
import { KNOWN_OVERRIDES, vietnamCalendar } from './calendar';
import { escalationNoticeKind, escalationStep, type LadderObligation } from './escalation';

const seconds = { stepDelay: { duration: 'PT5S' }, repeatAtTop: { duration: 'PT10S' } };
const always = new BusinessCalendar({
  timeZone: 'UTC',
  daysOff: [],
  workingWeekends: [],
  workingHours: { startMinutes: 0, endMinutes: 24 * 60 },
});
const chain = ['commune', 'district board', 'province board'];
const T0 = '2026-03-10T03:00:00.000Z';
const plus = (s: number) => new Date(Date.parse(T0) + s * 1000).toISOString();

describe('the one escalation ladder (tasks, reviews, explanations)', () => {
  it.each<[LadderObligation, number, string]>([
    ['ack', 1, 'ack_due'],
    ['report', 1, 'overdue'],
    ['revision', 1, 'overdue'],
    ['review', 1, 'review_due'],
    ['explanation', 1, 'overdue'],
    ['ack', 2, 'escalation'],
    ['review', 3, 'escalation'],
    ['explanation', 2, 'escalation'],
  ])('%s at level %i sends %s', (obligation, level, kind) => {
    expect(escalationNoticeKind(level, obligation)).toBe(kind);
  });

  it.each<[number, string, { level: number; target: string; next: { step: number; nextAt: string } }]>([
    [0, T0, { level: 1, target: 'commune', next: { step: 1, nextAt: plus(5) } }],
    [1, plus(5), { level: 2, target: 'district board', next: { step: 2, nextAt: plus(10) } }],
    // The top: from here the notice repeats at the repeat interval.
    [2, plus(10), { level: 3, target: 'province board', next: { step: 3, nextAt: plus(20) } }],
    [3, plus(20), { level: 3, target: 'province board', next: { step: 4, nextAt: plus(30) } }],
  ])('step %i planned at %s climbs or repeats', (step, dueAt, expected) => {
    expect(escalationStep(chain, step, dueAt, 'report', seconds, always)).toMatchObject(expected);
  });

  it('repeats at once at the top of a one-unit chain (a review the issuer itself owes)', () => {
    const step = escalationStep(['issuer'], 0, T0, 'review', seconds, always);
    expect(step).toEqual({ level: 1, target: 'issuer', kind: 'review_due', next: { step: 1, nextAt: plus(10) } });
  });

  it('counts working days for the next step: overdue on Friday 13/2/2026, the next level after Tết', () => {
    const cal = vietnamCalendar([2026], KNOWN_OVERRIDES);
    const policy = { stepDelay: { workingDays: 1 }, repeatAtTop: { workingDays: 3 } };
    const step = escalationStep(chain, 0, '2026-02-13T10:00:00.000Z', 'explanation', policy, cal);
    expect(step.next.nextAt).toBe(new Date('2026-02-24T08:00:00+07:00').toISOString());
  });
});
