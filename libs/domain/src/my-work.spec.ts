import { KNOWN_OVERRIDES, vietnamCalendar } from './calendar';
import {
  leadSideAction,
  myWorkBucket,
  myWorkApprovals,
  myWorkSides,
  myWorkWindow,
  type MyWorkAction,
  type MyWorkBucket,
} from './my-work';
import type { TaskPhase } from './task-machine';
import type { Role } from './user';

const cal = vietnamCalendar([2026], KNOWN_OVERRIDES);
const at = (iso: string) => new Date(iso);

describe('my work: the window of urgency on working days', () => {
  it.each([
    // [now, end of today, horizon (midnight after the third working day after today)]
    ['an ordinary Monday', '2026-03-02T09:00:00+07:00', '2026-03-03T00:00:00+07:00', '2026-03-06T00:00:00+07:00'],
    [
      'a Friday reaches over the weekend',
      '2026-03-06T16:00:00+07:00',
      '2026-03-07T00:00:00+07:00',
      '2026-03-12T00:00:00+07:00',
    ],
    [
      'a Saturday counts from Monday',
      '2026-03-07T10:00:00+07:00',
      '2026-03-08T00:00:00+07:00',
      '2026-03-12T00:00:00+07:00',
    ],
    [
      '30/4 and 1/5 are not working days',
      '2026-04-29T09:00:00+07:00',
      '2026-04-30T00:00:00+07:00',
      '2026-05-07T00:00:00+07:00',
    ],
    [
      'late at night is still that day',
      '2026-03-02T23:30:00+07:00',
      '2026-03-03T00:00:00+07:00',
      '2026-03-06T00:00:00+07:00',
    ],
  ])('%s', (_name, now, endOfToday, horizon) => {
    const window = myWorkWindow(cal, at(now));
    expect(window.endOfToday.toISOString()).toBe(at(endOfToday).toISOString());
    expect(window.horizon.toISOString()).toBe(at(horizon).toISOString());
  });
});

describe('my work: the bucket of an item', () => {
  const window = myWorkWindow(cal, at('2026-03-06T16:00:00+07:00')); // a Friday
  it.each<[string, MyWorkAction, MyWorkBucket | null]>([
    ['2026-03-06T15:59:00+07:00', 'report', 'overdue'],
    ['2026-03-06T17:00:00+07:00', 'acknowledge', 'due_today'],
    ['2026-03-09T17:00:00+07:00', 'report', 'due_soon'],
    ['2026-03-11T17:00:00+07:00', 'answer_round', 'due_soon'],
    ['2026-03-12T17:00:00+07:00', 'report', null],
    ['2026-03-12T17:00:00+07:00', 'acknowledge', null],
    ['2026-03-12T17:00:00+07:00', 'review', 'review'],
    ['2026-03-12T17:00:00+07:00', 'answer_explanation', 'explanation'],
    ['2026-03-12T17:00:00+07:00', 'answer_round', 'round'],
    ['2026-03-05T17:00:00+07:00', 'review', 'overdue'],
  ])('due %s, %s: %s', (due, action, bucket) => {
    expect(myWorkBucket(at(due), action, window)).toBe(bucket);
  });
});

describe('my work: the next action of the lead unit', () => {
  it.each<[TaskPhase, boolean, MyWorkAction | null]>([
    ['awaiting_ack', false, 'acknowledge'],
    ['in_progress', false, 'report'],
    ['revising', false, 'report'],
    ['awaiting_ack', true, 'answer_round'],
    ['in_progress', true, 'answer_round'],
    ['under_review', false, null],
    ['completed', false, null],
    ['cancelled', true, null],
  ])('%s (round: %s): %s', (phase, round, action) => {
    expect(leadSideAction(phase, round)).toBe(action);
  });
});

describe('my work: who has which side', () => {
  it.each<[Role, boolean, boolean]>([
    ['officer', true, false],
    ['leader', true, true],
    ['admin', false, false],
    ['auditor', false, false],
  ])('%s: acts %s, reviews %s', (role, lead, review) => {
    expect(myWorkSides(role)).toEqual({ lead, review });
  });
});

describe('my work: the approval bucket', () => {
  it.each<[Role, boolean]>([
    ['leader', true],
    ['officer', false],
    ['admin', false],
    ['auditor', false],
  ])('%s: %s', (role, expected) => expect(myWorkApprovals(role)).toBe(expected));
});
