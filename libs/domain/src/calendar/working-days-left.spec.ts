import { KNOWN_OVERRIDES, vietnamCalendar } from './vn-holidays';
import { workingDaysLeft } from './working-days-left';

const cal = vietnamCalendar([2026], KNOWN_OVERRIDES);

describe('working days left to a deadline', () => {
  it.each([
    // now (UTC)                 due (UTC)                  left  why
    ['2026-12-07T02:00:00Z', '2026-12-07T10:00:00Z', 0, 'due later today'],
    ['2026-12-07T11:00:00Z', '2026-12-07T10:00:00Z', -1, 'passed earlier today'],
    ['2026-12-07T02:00:00Z', '2026-12-08T10:00:00Z', 1, 'due tomorrow'],
    ['2026-12-11T02:00:00Z', '2026-12-14T10:00:00Z', 1, 'Friday to Monday: the weekend does not count'],
    ['2026-12-07T02:00:00Z', '2026-12-14T10:00:00Z', 5, 'a week ahead'],
    ['2026-12-14T02:00:00Z', '2026-12-07T10:00:00Z', -5, 'a week late'],
    ['2026-02-13T02:00:00Z', '2026-02-23T10:00:00Z', 1, 'across Tết (16–20/2 off)'],
    ['2026-12-07T17:30:00Z', '2026-12-08T10:00:00Z', 0, 'after midnight in Vietnam: due today'],
  ])('now %s, due %s: %i (%s)', (now, due, left) => {
    expect(workingDaysLeft(cal, new Date(now), new Date(due))).toBe(left);
  });
});
