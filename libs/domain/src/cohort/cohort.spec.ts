import { BusinessCalendar } from '../calendar/business-calendar';
import { initialTaskState } from '../task-machine/task-state';
import type { ObligationDue } from '../task-machine/obligations';
import type { PlannedTimer } from '../task-machine/timer-plan';
import {
  chainLengthFrom,
  chainTarget,
  cohortKey,
  cohortState,
  cohortStepOf,
  emptyProgress,
  escalationOf,
  MEMBER_AWAITS,
  memberState,
  type CohortProgress,
  type CohortTerms,
} from './cohort';

const terms: CohortTerms = {
  issuingUnitId: 'I',
  deadline: '2026-06-20T10:00:00.000Z',
  ackDeadline: '2026-06-12T10:00:00.000Z',
  reminderPolicy: { before: [{ workingDays: 2 }, { duration: 'PT6H' }], onDeadlineDayAt: '08:00' },
  escalationPolicy: { stepDelay: { workingDays: 1 }, repeatAtTop: { duration: 'P2D' } },
  chainLength: 3,
};

describe('cohorts: cohortKey', () => {
  it('is one text for equal terms whatever order their keys and policies came in, and however the instants are written', () => {
    const reordered = {
      chainLength: 3,
      escalationPolicy: { repeatAtTop: { duration: 'P2D' }, stepDelay: { workingDays: 1 } },
      reminderPolicy: { onDeadlineDayAt: '08:00', before: [{ workingDays: 2 }, { duration: 'PT6H' }] },
      ackDeadline: '2026-06-12T17:00:00+07:00',
      deadline: '2026-06-20T17:00:00+07:00',
      issuingUnitId: 'I',
    } as CohortTerms;
    expect(cohortKey(reordered)).toBe(cohortKey(terms));
  });

  it.each<[string, Partial<CohortTerms>]>([
    ['issuing unit', { issuingUnitId: 'J' }],
    ['deadline', { deadline: '2026-06-20T10:00:01.000Z' }],
    ['acknowledgement deadline', { ackDeadline: '2026-06-13T10:00:00.000Z' }],
    ['reminder offsets', { reminderPolicy: { ...terms.reminderPolicy, before: [{ workingDays: 2 }] } }],
    ['deadline-day reminder', { reminderPolicy: { ...terms.reminderPolicy, onDeadlineDayAt: null } }],
    ['step delay', { escalationPolicy: { ...terms.escalationPolicy, stepDelay: { workingDays: 2 } } }],
    ['step delay as a duration', { escalationPolicy: { ...terms.escalationPolicy, stepDelay: { duration: 'P1D' } } }],
    ['repeat at the top', { escalationPolicy: { ...terms.escalationPolicy, repeatAtTop: { duration: 'P3D' } } }],
    ['chain length', { chainLength: 4 }],
  ])('differs for a different %s', (_what, change) => {
    expect(cohortKey({ ...terms, ...change })).not.toBe(cohortKey(terms));
  });

  it('is the same as before for the tasks of a recording, and another one for equal terms added by an amendment', () => {
    // The recording's keys are those already stored (no `added` field in the text).
    expect(cohortKey(terms)).not.toContain('added');
    expect(cohortKey(terms, 'directive:d#amendment:1')).not.toBe(cohortKey(terms));
    expect(cohortKey(terms, 'directive:d#amendment:1')).not.toBe(cohortKey(terms, 'directive:d#amendment:2'));
    expect(cohortKey(terms, 'directive:d#amendment:1')).toBe(cohortKey(terms, 'directive:d#amendment:1'));
  });
});

describe('cohorts: the escalation chain from a unit path', () => {
  it.each<[string, string, number]>([
    ['/R/I/L/', 'I', 2],
    ['/R/I/P/L/', 'I', 3],
    ['/R/I/P/Q/L/', 'I', 4],
    ['/R/I/', 'I', 1],
    // Not above the unit: up to the root.
    ['/R/X/L/', 'I', 3],
    ['/R/I/L/', 'R', 3],
  ])('chainLengthFrom(%s, %s) = %i', (path, to, length) => {
    expect(chainLengthFrom(path, to)).toBe(length);
  });

  it.each<[string, string, number, string]>([
    ['/R/I/P/L/', 'I', 0, 'L'],
    ['/R/I/P/L/', 'I', 1, 'P'],
    ['/R/I/P/L/', 'I', 2, 'I'],
    // At the top the issuer is told again and again, never the unit above it.
    ['/R/I/P/L/', 'I', 3, 'I'],
    ['/R/I/P/L/', 'I', 9, 'I'],
    ['/R/X/L/', 'I', 5, 'R'],
  ])('chainTarget(%s, %s, step %i) = %s', (path, to, step, target) => {
    expect(chainTarget(path, to, step)).toBe(target);
  });
});

describe('cohorts: a member leaving with the cohort state', () => {
  const progress: CohortProgress = {
    since: { 'report@2026-06-20T10:00:00.000Z': '2026-06-10T03:00:00.000Z' },
    sent: ['report@2026-06-20T10:00:00.000Z:reminder:2wd'],
    escalation: { 'ack@2026-06-12T10:00:00.000Z': { step: 1, nextAt: '2026-06-15T01:00:00.000Z' } },
    overdueMarked: [],
  };

  it.each<[string, string | null, Partial<ReturnType<typeof memberState>>]>([
    ['not acknowledged: awaiting acknowledgement', null, { phase: 'awaiting_ack', acknowledged: false }],
    ['acknowledged: in progress', '2026-06-11T03:00:00.000Z', { phase: 'in_progress', acknowledged: true }],
  ])('%s, with the cohort’s bookkeeping', (_what, acknowledgedAt, expected) => {
    const s = memberState(terms, progress, { acknowledgedAt });
    expect(s).toEqual({
      ...initialTaskState(terms.deadline, terms.ackDeadline),
      ...expected,
      since: progress.since,
      sent: progress.sent,
      escalation: progress.escalation,
      overdueMarked: [],
    });
  });

  it('takes copies: the task workflow changing its state leaves the cohort’s progress as it was', () => {
    const s = cohortState(terms, progress);
    s.sent.push('x');
    s.escalation.y = { step: 0, nextAt: terms.deadline };
    s.since.z = terms.deadline;
    expect(progress.sent).toHaveLength(1);
    expect(Object.keys(progress.escalation)).toEqual(['ack@2026-06-12T10:00:00.000Z']);
    expect(Object.keys(progress.since)).toEqual(['report@2026-06-20T10:00:00.000Z']);
  });

  it.each<[string, boolean]>([
    ['ack', true],
    ['report', false],
  ])('a step about %s awaits members unacknowledged: %s', (obligation, unacknowledged) => {
    expect(MEMBER_AWAITS[obligation as 'ack' | 'report'].unacknowledged).toBe(unacknowledged);
  });
});

describe('cohorts: a step from a planned timer', () => {
  const calendar = new BusinessCalendar({ timeZone: 'Asia/Ho_Chi_Minh', daysOff: [], workingWeekends: [] });
  const durations = { stepDelay: { duration: 'PT6H' }, repeatAtTop: { duration: 'P1D' } };
  const report = {
    kind: 'report' as const,
    dueAt: terms.deadline,
    lateUnitId: 'member',
    chainTo: 'I',
    reminders: true,
  };
  const ladder = (step: number, nextAt: string, obligation: ObligationDue = report): PlannedTimer => ({
    kind: 'escalation',
    id: `${obligation.kind}@${obligation.dueAt}:esc:${step}`,
    at: Date.parse(nextAt),
    obligation,
    obligationId: `${obligation.kind}@${obligation.dueAt}`,
    step,
    nextAt,
  });

  it.each<[string, number, number, { level: number; noticeKind: string }, string]>([
    ['the first step tells the lead unit', 0, 3, { level: 1, noticeKind: 'overdue' }, '2026-06-20T16:00:00.000Z'],
    ['the next its parent', 1, 3, { level: 2, noticeKind: 'escalation' }, '2026-06-20T22:00:00.000Z'],
    ['the top: repeated a day apart', 2, 3, { level: 3, noticeKind: 'escalation' }, '2026-06-21T16:00:00.000Z'],
    ['past the top: the top again', 5, 3, { level: 3, noticeKind: 'escalation' }, '2026-06-21T16:00:00.000Z'],
    ['a chain of 2: the issuer is the top', 1, 2, { level: 2, noticeKind: 'escalation' }, '2026-06-21T16:00:00.000Z'],
  ])('%s', (_what, step, chainLength, expected, next) => {
    const progress = emptyProgress();
    const nextAt = step === 0 ? terms.deadline : '2026-06-20T16:00:00.000Z';
    const made = cohortStepOf(ladder(step, nextAt), { chainLength, escalationPolicy: durations }, calendar, progress);
    expect(made).toMatchObject({ kind: 'escalation', step, ...expected, markOverdue: true });
    expect(escalationOf('report', step, chainLength)).toEqual(expected);
    expect(progress.escalation[`report@${terms.deadline}`]).toEqual({ step: step + 1, nextAt: next });
  });

  it('marks the report overdue once: on the first step the cohort writes', () => {
    const progress = emptyProgress();
    const policy = { chainLength: 3, escalationPolicy: durations };
    expect(cohortStepOf(ladder(0, terms.deadline), policy, calendar, progress)).toMatchObject({ markOverdue: true });
    expect(cohortStepOf(ladder(1, '2026-06-20T16:00:00.000Z'), policy, calendar, progress)).toMatchObject({
      markOverdue: false,
    });
    expect(progress.overdueMarked).toEqual([`report@${terms.deadline}`]);
  });

  it('never marks for the acknowledgement, whose first notice is ack_due', () => {
    const ack = { ...report, kind: 'ack' as const, dueAt: terms.ackDeadline, reminders: false };
    const progress = emptyProgress();
    const made = cohortStepOf(
      ladder(0, terms.ackDeadline, ack),
      { chainLength: 3, escalationPolicy: durations },
      calendar,
      progress,
    );
    expect(made).toMatchObject({ noticeKind: 'ack_due', level: 1, markOverdue: false });
    expect(progress.overdueMarked).toEqual([]);
  });

  it('records a reminder as sent under its notice key', () => {
    const progress = emptyProgress();
    const timer: PlannedTimer = {
      kind: 'reminder',
      id: `report@${terms.deadline}:reminder:PT6H`,
      at: 0,
      obligation: report,
    };
    expect(cohortStepOf(timer, terms, calendar, progress)).toEqual({
      kind: 'reminder',
      noticeKey: timer.id,
      obligation: 'report',
      dueAt: terms.deadline,
    });
    expect(progress.sent).toEqual([timer.id]);
  });
});
