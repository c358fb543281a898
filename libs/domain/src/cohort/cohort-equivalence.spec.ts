/**
 * Issue 20, item 6: following tasks in cohorts behaves as following each task on its own
 * (docs/decisions/0065-task-cohorts.md). Random directives (1–6 tasks, chains of 2–4
 * units, shared policies in durations and working days) and random sequences of actions
 * at random instants run through the reference model (one task workflow per task) and
 * through the cohort path (cohort workflow and step, acknowledgement as a row change,
 * any other action a hand-over to the task's own workflow from memberState); both must
 * give every task the same answers, notices, audit rows, phase and status. The hierarchy
 * stays fixed: a chain changed mid-ladder is a documented difference (decision 65).
 *
 * The property holds for the cohort path as built (equivalence/cohort-sim.ts models its five fixes).
 * As built, it does not: the five differences it found, shrunk, are pinned below.
 */
import fc from 'fast-check';
import { BusinessCalendar } from '../calendar/business-calendar';
import type { Offset } from '../policy';
import { BEFORE_FIXES, simulate, type Move, type Outcome } from './equivalence/cohort-sim';
import { API, type Action, type Notice, type SimTask, type World } from './equivalence/task-sim';
import { TASK_REFUSALS as R } from '../task-machine/validators';
import { plainText } from '../errors';

const HALF_HOUR = 30 * 60_000;
/** Monday 2025-03-03, 08:00 in Hanoi: every instant of a run is on this half-hour grid. */
const MONDAY = Date.parse('2025-03-03T01:00:00.000Z');

const durations = (...values: string[]): Offset[] => values.map((duration) => ({ duration }));
const reminderOffset = fc.constantFrom<Offset>(
  ...durations('PT2H', 'PT6H', 'P1D', 'P2D'),
  { workingDays: 1 },
  { workingDays: 2 },
);
const ladderDelay = fc.constantFrom<Offset>(
  ...durations('PT6H', 'PT12H', 'P1D'),
  { workingDays: 1 },
  { workingDays: 2 },
);

const worldArb = fc
  .record({
    startHalfHours: fc.integer({ min: 0, max: 7 * 48 }),
    daysOff: fc.subarray(['2025-03-05', '2025-03-07', '2025-03-10', '2025-03-12']),
    before: fc.uniqueArray(reminderOffset, { maxLength: 3, selector: (o) => JSON.stringify(o) }),
    onDeadlineDayAt: fc.constantFrom(null, '08:00'),
    stepDelay: ladderDelay,
    repeatAtTop: ladderDelay,
    /** Deadlines at the end of a working day (n working days on), or n half-hours on. */
    workingDayDeadlines: fc.boolean(),
    deadlines: fc.tuple(fc.integer({ min: 1, max: 10 * 48 }), fc.integer({ min: 1, max: 10 * 48 })),
    ackHalfHours: fc.integer({ min: 1, max: 4 * 48 }),
    tasks: fc.array(
      fc.record({
        chainLength: fc.integer({ min: 2, max: 4 }),
        deadline: fc.nat({ max: 1 }),
        coordinating: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map((w): World => {
    const calendar = new BusinessCalendar({ timeZone: 'Asia/Ho_Chi_Minh', daysOff: w.daysOff, workingWeekends: [] });
    const start = MONDAY + w.startHalfHours * HALF_HOUR;
    const deadlines = w.deadlines.map((n) =>
      w.workingDayDeadlines
        ? calendar.deadlineAfterWorkingDays(new Date(start), 1 + (n % 5)).getTime()
        : start + n * HALF_HOUR,
    );
    const paths: Record<string, string> = {
      R: '/R/',
      I: '/R/I/',
      K1: '/R/I/K1/',
      S1: '/R/I/S1/',
      P: '/R/I/P/',
      S2: '/R/I/P/S2/',
    };
    const tasks = w.tasks.map((t, i): SimTask => {
      const id = `t${i + 1}`;
      // The lead unit `chainLength - 1` levels below the issuer.
      let path = paths.I!;
      for (let level = 1; level < t.chainLength; level++) paths[`${id}-u${level}`] = path = `${path}${id}-u${level}/`;
      const deadline = deadlines[t.deadline]!;
      return {
        id,
        leadUnitId: `${id}-u${t.chainLength - 1}`,
        coordinatingUnitIds: t.coordinating ? ['K1'] : [],
        deadline: new Date(deadline).toISOString(),
        ackDeadline: new Date(Math.min(start + w.ackHalfHours * HALF_HOUR, deadline)).toISOString(),
      };
    });
    return {
      start,
      calendar,
      paths,
      issuingUnitId: 'I',
      reminderPolicy: { before: w.before, onDeadlineDayAt: w.onDeadlineDayAt },
      escalationPolicy: { stepDelay: w.stepDelay, repeatAtTop: w.repeatAtTop },
      reviewPeriod: { duration: 'P1D' },
      revisionPeriod: { workingDays: 2 },
      tasks,
    };
  });

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Action>({ kind: 'acknowledge' }) },
  { weight: 2, arbitrary: fc.constant<Action>({ kind: 'report' }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('review'), outcome: fc.constantFrom('accepted', 'returned') }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('requestExtension'),
      minutes: fc.integer({ min: -1, max: 10 }).map((n) => n * 12 * 60),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('decideExtension'), approve: fc.boolean(), latest: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('changeDeadline'), steps: fc.integer({ min: -2, max: 6 }) }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'cancel' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('handOver'),
      role: fc.constantFrom('lead', 'coordinating'),
      successor: fc.constantFrom('S1', 'S2'),
      eventId: fc.constant(''),
    }),
  },
);

const movesArb: fc.Arbitrary<Move[]> = fc
  .array(
    fc.record({
      advance: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 4 * 24 }).map((n) => n * 30),
      ),
      task: fc.nat({ max: 5 }),
      action: actionArb,
      order: fc.constantFrom<Move['order']>('due-first', 'action-first', 'raced'),
    }),
    { maxLength: 24 },
  )
  // One deactivation per move: its event id.
  .map((moves) =>
    moves.map((m, i) =>
      m.action.kind === 'handOver' ? { ...m, action: { ...m.action, eventId: `deactivation-${i}` } } : m,
    ),
  );

/** Both outcomes as compared: without the cohort path's audit row of a hand-over, which the reference has no reason to write. */
const compared = (outcome: Outcome) => ({
  answers: outcome.answers,
  tasks: Object.fromEntries(
    Object.entries(outcome.tasks).map(([id, t]) => [
      id,
      { ...t, audit: t.audit.filter((a) => a.action !== 'task.own_follow_up') },
    ]),
  ),
});

describe('cohorts: the same behaviour as one workflow per task (property)', () => {
  const seen = { raced: 0, handedOver: 0, acknowledgedInCohort: 0, escalations: 0, overdue: 0, closed: 0 };

  // The cohort path as built; before the five fixes it differed as the examples below show.
  it('gives every task the same answers, notices, audit rows, phase and status on both paths', () => {
    fc.assert(
      fc.property(worldArb, movesArb, (world, moves) => {
        const reference = simulate(world, moves, 'reference');
        const cohort = simulate(world, moves, 'cohort');
        expect(compared(cohort)).toEqual(compared(reference));
        // Exactly one hand-over row for each task that left its cohort, none for the others.
        const handedOver = new Set(cohort.handOvers.map((h) => h.taskId));
        for (const [id, t] of Object.entries(cohort.tasks)) {
          const rows = t.audit.filter((a) => a.action === 'task.own_follow_up');
          expect([id, rows.length]).toEqual([id, handedOver.has(id) ? 1 : 0]);
        }
        const tasks = Object.values(reference.tasks);
        seen.raced += cohort.handOvers.filter((h) => h.raced).length;
        seen.handedOver += handedOver.size;
        seen.acknowledgedInCohort += Object.entries(cohort.tasks).filter(
          ([id, t]) => !handedOver.has(id) && t.acknowledgedAt,
        ).length;
        seen.escalations += tasks.filter((t) => t.notices.some((n) => n.kind === 'escalation')).length;
        seen.overdue += tasks.filter((t) => t.audit.some((a) => a.action === 'task.overdue')).length;
        seen.closed += tasks.filter((t) => t.status === 'completed' || t.status === 'cancelled').length;
      }),
      // A fixed seed: the same 400 runs every time (CI stays deterministic; the non-vacuity counts below hold for them).
      { numRuns: 400, seed: 20_261_207 },
    );
    // Not vacuous: hand-overs (some racing a step), acknowledgements in a cohort, ladders, overdue marks, closed tasks.
    for (const [what, count] of Object.entries(seen)) expect([what, count > 0]).toEqual([what, true]);
  });
});

/**
 * The differences the property found in the cohort path as built, shrunk (issue 20 report):
 * one task, its lead a unit directly below the issuer, due half an hour after the start.
 */
describe('cohorts: the differences the property found in the first cohort path, each removed by a fix', () => {
  const due = new Date(MONDAY + HALF_HOUR).toISOString();
  const world: World = {
    start: MONDAY,
    calendar: new BusinessCalendar({ timeZone: 'Asia/Ho_Chi_Minh', daysOff: [], workingWeekends: [] }),
    paths: { R: '/R/', I: '/R/I/', L: '/R/I/L/', S1: '/R/I/S1/' },
    issuingUnitId: 'I',
    reminderPolicy: { before: [], onDeadlineDayAt: null },
    escalationPolicy: { stepDelay: { duration: 'PT6H' }, repeatAtTop: { duration: 'PT6H' } },
    reviewPeriod: { duration: 'P1D' },
    revisionPeriod: { workingDays: 2 },
    tasks: [{ id: 't1', leadUnitId: 'L', coordinatingUnitIds: [], deadline: due, ackDeadline: due }],
  };
  const lead: Action = { kind: 'handOver', role: 'lead', successor: 'S1', eventId: 'deactivation' };
  const notice = (noticeId: string, kind: string, targetUnitId: string, at: string, level: number | null = 1) => ({
    ...{ taskId: 't1', noticeId: `t1:${noticeId}`, kind, targetUnitId, level, at },
  });
  /** The reference's, the first version's and the built path's notices of the task that `keep` selects. */
  const noticesOf = (w: World, moves: Move[], keep: (n: Notice) => boolean) =>
    [simulate(w, moves, 'reference'), simulate(w, moves, 'cohort', BEFORE_FIXES), simulate(w, moves, 'cohort')].map(
      (o) => o.tasks.t1!.notices.filter(keep),
    );

  it('1. a decision on an extension of a task still in its cohort: refused (409) as its own workflow refuses it (before: 503, no workflow)', () => {
    const moves: Move[] = [
      { advance: 0, task: 0, action: { kind: 'decideExtension', approve: false, latest: false }, order: 'due-first' },
    ];
    expect(simulate(world, moves, 'reference').answers).toEqual([plainText(R.noSuchExtension)]);
    expect(simulate(world, moves, 'cohort', BEFORE_FIXES).answers).toEqual([API.noWorkflow]);
    const asBuilt = simulate(world, moves, 'cohort');
    expect([asBuilt.answers, asBuilt.handOvers]).toEqual([[plainText(R.noSuchExtension)], []]);
  });

  it("2. the lead's deactivation racing the step of its instant: the step is told to the successor too", () => {
    const moves: Move[] = [{ advance: 30, task: 0, action: lead, order: 'raced' }];
    const [reference, before, asBuilt] = noticesOf(world, moves, (n) => n.kind === 'overdue');
    const overdue = (unitId: string) => notice(`report@${due}:esc:0`, 'overdue', unitId, due);
    expect(reference).toEqual([overdue('L')]);
    expect(before).toEqual([overdue('L'), overdue('S1')]);
    expect(asBuilt).toEqual(reference);
  });

  it("3. a hand-over before the cohort's first step, at the instant of a reminder not yet written: the reminder is lost", () => {
    const later = new Date(MONDAY + 24 * HALF_HOUR).toISOString();
    const w: World = {
      ...world,
      reminderPolicy: { before: [{ duration: 'PT6H' }], onDeadlineDayAt: null },
      tasks: [{ ...world.tasks[0]!, deadline: later, ackDeadline: later }],
    };
    // Six hours on, the reminder's instant: the extension asked for first (the cohort late, or not yet woken).
    const moves: Move[] = [
      { advance: 360, task: 0, action: { kind: 'requestExtension', minutes: 720 }, order: 'action-first' },
    ];
    const [reference, before, asBuilt] = noticesOf(w, moves, (n) => n.kind === 'reminder');
    const at = new Date(MONDAY + 12 * HALF_HOUR).toISOString();
    expect(reference).toEqual([notice(`report@${later}:reminder:PT6H`, 'reminder', 'L', at, null)]);
    expect(before).toEqual([]);
    expect(asBuilt).toEqual(reference);
  });

  it('4. the acknowledgement ladder, over at the deadline, taken on after the deadline moved at that instant', () => {
    // Due first at the deadline: the ladder of the acknowledgement ends there (its own workflow drops it, the
    // step stored it). The deadline moved later: awaited again, its own workflow climbs it again from the
    // first step (same ids); a deactivation of the lead at that instant tells the successor that first step.
    const moves: Move[] = [
      { advance: 30, task: 0, action: { kind: 'changeDeadline', steps: 1 }, order: 'due-first' },
      { advance: 0, task: 0, action: lead, order: 'action-first' },
    ];
    const [reference, before, asBuilt] = noticesOf(world, moves, (n) => n.kind === 'ack_due');
    const ackDue = (unitId: string) => notice(`ack@${due}:esc:0`, 'ack_due', unitId, due);
    expect(reference).toEqual([ackDue('L'), ackDue('S1')]);
    expect(before).toEqual([ackDue('L')]);
    expect(asBuilt).toEqual(reference);
  });

  it('5. an update that changes nothing hands the task over at the deadline, before the step: no acknowledgement step there', () => {
    // The acknowledgement is due at the deadline: the plans made before it (the task's own, the cohort's) send its
    // first step then; the hand-over's workflow plans at that instant, when the acknowledgement is no longer awaited.
    const moves: Move[] = [
      { advance: 30, task: 0, action: { kind: 'changeDeadline', steps: 0 }, order: 'action-first' },
    ];
    const [reference, before, asBuilt] = noticesOf(world, moves, (n) => n.kind === 'ack_due');
    expect(reference).toEqual([notice(`ack@${due}:esc:0`, 'ack_due', 'L', due)]);
    expect(before).toEqual([]);
    expect(asBuilt).toEqual(reference);
  });
});
