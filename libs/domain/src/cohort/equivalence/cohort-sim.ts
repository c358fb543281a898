/**
 * Test harness of cohort-equivalence.spec.ts (issue 20, item 6): a directive's tasks
 * followed two ways on one simulated clock, into the simulated database of task-sim.ts.
 *
 * - `reference`: today's per-task semantics, one task workflow per task from the start.
 * - `cohort`: docs/decisions/0065-task-cohorts.md. One cohort workflow per cohortKey
 *   (workflows/cohort.workflow.ts: planTimers over cohortState, cohortStepOf at each due
 *   timer) and its step (libs/persistence/src/cohort.repository.ts `step`: the members
 *   still awaiting the obligation per MEMBER_AWAITS, the overdue marks, noticeOf's notices
 *   addressed with chainTarget). An acknowledgement is a row change (`acknowledge`);
 *   anything else hands the task over (`takeOver`: memberState becomes its own workflow's
 *   state at that instant, which then takes the update), as the API and the worker route it.
 *
 * At an instant, what falls due is written before the action of that instant. A move may
 * also race the cohort's step of the same instant: the step committed first, yet the
 * hand-over read the cohort's progress from before it (PostgreSQL re-reads only the locked
 * task row of its join once the step's lock is released).
 */
import { initialTaskState } from '../../task-machine/task-state';
import { planTimers, type PlannedTimer } from '../../task-machine/timer-plan';
import { acknowledgeRefusal, TASK_REFUSALS } from '../../task-machine/validators';
import {
  chainLengthFrom,
  chainTarget,
  cohortKey,
  cohortState,
  cohortStepOf,
  emptyProgress,
  MEMBER_AWAITS,
  memberState,
  type CohortProgress,
  type CohortStep,
  type CohortTerms,
} from '../cohort';
import { plainText } from '../../errors';
import { API, apiRefusal, Db, OPEN, TaskSim } from './task-sim';
import type { Action, AuditRow, Driver, Notice, World } from './task-sim';

export interface Move {
  /** Minutes from the previous move, or on to the task's first acknowledgement deadline or deadline (when later). */
  advance: number | 'ackDeadline' | 'deadline';
  /** Index into the world's tasks (modulo their number). */
  task: number;
  action: Action;
  /**
   * At an instant where something falls due: what falls due is written first, or the action
   * comes first, or (cohort path) the step is written first but the hand-over raced it and
   * read the cohort's progress from before it (task-sim's reference: what falls due first).
   */
  order: 'due-first' | 'action-first' | 'raced';
}

export type PathName = 'reference' | 'cohort';

export interface TaskOutcome {
  phase: string;
  status: string;
  deadline: string;
  acknowledgedAt: string | null;
  /** The inbox: one per notice id and unit, earliest first. */
  notices: Notice[];
  /** The audit rows, in the order they were written. */
  audit: AuditRow[];
}

export interface Outcome {
  /** Each move's answer: 'ok' or why it was refused. */
  answers: string[];
  /** Each move's instant. */
  instants: number[];
  tasks: Record<string, TaskOutcome>;
  /** Each hand-over (cohort path): whether it read the progress from before its instant's step, or before any step. */
  handOvers: HandOverSeen[];
}

export interface HandOverSeen {
  taskId: string;
  at: number;
  action: Action;
  /** It raced the step of its instant (order 'raced'): as built, it read the progress from before that step. */
  raced: boolean;
  /** The cohort had stored no step yet: its progress was the empty one the cohort's row starts with. */
  beforeFirstStep: boolean;
}

/**
 * Changes to the cohort path that the equivalence needed (each a difference found by the
 * property, its shrunk counterexample pinned in cohort-equivalence.spec.ts). AS_BUILT is the
 * code as it stands, with all of them; BEFORE_FIXES the first version of the cohort path,
 * kept so each example shows the difference it removed (the test can fail).
 */
export interface CohortFixes {
  /**
   * An update for a task its cohort follows is first validated on memberState (the task
   * machine's validators): refused, or changing nothing, it is answered without a hand-over.
   * As built, every update but a decision or review hands the task over first, and its own
   * workflow (planning afresh at that instant) then refuses it; a decision or review is
   * sent without a hand-over (task-actions.service.ts) and finds no workflow at all.
   */
  validateBeforeHandOver: boolean;
  /**
   * A hand-over reads the cohort's progress in a statement after it holds the member's
   * row lock, so never from before a step that held that lock (CohortRepository.takeOver
   * reads it in the statement that waits, whose snapshot predates the step's commit).
   */
  progressReadAfterLock: boolean;
  /**
   * The progress a member takes is the bookkeeping of the cohort's latest plan: from the
   * first plan on (the row starts empty: no `since` until the first step), and with what
   * ended at a step's instant dropped (the step stores it before the workflow plans again).
   */
  progressAsPlanned: boolean;
}

export const BEFORE_FIXES: CohortFixes = {
  validateBeforeHandOver: false,
  progressReadAfterLock: false,
  progressAsPlanned: false,
};
export const AS_BUILT: CohortFixes = {
  validateBeforeHandOver: true,
  progressReadAfterLock: true,
  progressAsPlanned: true,
};

/** Days the clock runs on after the last move: ladders climb and repeat at the top meanwhile. */
const TAIL_DAYS = 10;

/** A cohort's workflow, with its stored progress (the task_cohorts row). */
class CohortSim implements Driver {
  private readonly progress: CohortProgress = emptyProgress();
  /** The row's progress, and the one before the last step (what a racing hand-over may read). */
  stored: CohortProgress = emptyProgress();
  before: CohortProgress = emptyProgress();
  lastStepAt = -1;
  private timers: PlannedTimer[] = [];
  private plannedAt = 0;
  private done = false;

  constructor(
    private readonly world: World,
    private readonly db: Db,
    readonly id: string,
    readonly terms: CohortTerms,
    private readonly members: string[],
    private readonly asPlanned: boolean,
  ) {}

  plan(now: number): void {
    this.plannedAt = now;
    const parties = { leadUnitId: 'member', ...this.terms };
    const plan = planTimers(cohortState(this.terms, this.progress), parties, this.world.calendar, new Date(now));
    Object.assign(this.progress, { since: plan.since, sent: plan.sent, escalation: plan.escalation });
    this.timers = plan.timers;
    if (this.asPlanned) this.stored = clone(this.progress);
  }

  next(): number | null {
    const first = this.timers[0];
    return !this.done && first ? Math.max(first.at, this.plannedAt) : null;
  }

  wake(now: number): void {
    for (const timer of this.timers) {
      if (timer.at > now) break;
      const step = cohortStepOf(timer, this.terms, this.world.calendar, this.progress);
      const remaining = this.step(step, now);
      [this.before, this.stored, this.lastStepAt] = [this.stored, clone(this.progress), now];
      if (remaining === 0) return void (this.done = true);
    }
    this.plan(now);
  }

  /** CohortRepository.step: the members awaiting the obligation, marked overdue first on the report's first step, told. */
  private step(step: CohortStep, now: number): number {
    const { db } = this;
    const awaits = MEMBER_AWAITS[step.obligation as 'ack' | 'report'];
    const members = this.members
      .map((id) => db.row(id))
      .filter((row) => row.driver === 'cohort' && OPEN.includes(row.status))
      .filter((row) => awaits?.phases.includes(row.phase) && (!awaits.unacknowledged || row.acknowledgedAt === null))
      .sort((a, b) => (a.taskId < b.taskId ? -1 : 1));
    for (const row of members) {
      if (step.kind === 'escalation' && step.markOverdue)
        db.record(row.taskId, `overdue:${step.obligationId}`, { type: 'overdue', obligation: 'report' }, now);
      if (step.kind === 'reminder') db.notify(row.taskId, step.noticeKey, 'reminder', row.leadUnitId, now);
      else {
        const target = chainTarget(this.world.paths[row.leadUnitId]!, this.terms.issuingUnitId, step.step);
        db.notify(row.taskId, step.noticeKey, step.noticeKind, target, now, step.level);
      }
    }
    return this.members.filter((id) => db.row(id).driver === 'cohort' && OPEN.includes(db.row(id).status)).length;
  }
}

const clone = (p: CohortProgress): CohortProgress => JSON.parse(JSON.stringify(p)) as CohortProgress;

/** The cohorts of a directive's tasks: one per cohortKey, as CohortRepository.assign groups them. */
export function cohortsOf(world: World): { key: string; terms: CohortTerms; taskIds: string[] }[] {
  const cohorts = new Map<string, { key: string; terms: CohortTerms; taskIds: string[] }>();
  for (const task of world.tasks) {
    const terms: CohortTerms = {
      issuingUnitId: world.issuingUnitId,
      deadline: task.deadline,
      ackDeadline: task.ackDeadline,
      reminderPolicy: world.reminderPolicy,
      escalationPolicy: world.escalationPolicy,
      chainLength: chainLengthFrom(world.paths[task.leadUnitId]!, world.issuingUnitId),
    };
    const key = cohortKey(terms);
    const cohort = cohorts.get(key) ?? { key, terms, taskIds: [] };
    cohort.taskIds.push(task.id);
    cohorts.set(key, cohort);
  }
  return [...cohorts.values()];
}

/** Runs the moves on one path and says what each task ended with. */
export function simulate(world: World, moves: Move[], path: PathName, fixes = AS_BUILT): Outcome {
  const db = new Db();
  const start = world.start;
  const own = new Map<string, TaskSim>();
  const drivers: Driver[] = [];
  const cohortOf = new Map<string, CohortSim>();
  for (const task of world.tasks) {
    db.rows.set(task.id, {
      ...{ taskId: task.id, driver: path === 'cohort' ? 'cohort' : 'task', reports: [], extensionRequests: [] },
      ...{ leadUnitId: task.leadUnitId, coordinatingUnitIds: [...task.coordinatingUnitIds] },
      ...{ issuingUnitId: world.issuingUnitId, status: 'assigned', phase: 'awaiting_ack' },
      ...{ deadline: new Date(task.deadline), acknowledgedAt: null, reviewDeadline: null, revisionDeadline: null },
      ...{ completedAt: null, cancelReason: null, subtaskOverrideReason: null },
    });
    // The assignment: recorded and told alike (the task workflow's assign, or the recording transaction's).
    db.record(task.id, 'assigned', { type: 'assigned' }, start);
    db.notify(task.id, 'assigned', 'task_assigned', task.leadUnitId, start);
    for (const unitId of task.coordinatingUnitIds)
      db.notify(task.id, `assigned:${unitId}`, 'task_assigned', unitId, start);
  }
  if (path === 'reference') {
    for (const task of world.tasks) {
      const sim = new TaskSim(world, db, task.id, initialTaskState(task.deadline, task.ackDeadline));
      sim.plan(start);
      own.set(task.id, sim);
      drivers.push(sim);
    }
  } else {
    cohortsOf(world).forEach(({ terms, taskIds }, i) => {
      const cohort = new CohortSim(world, db, `cohort-${i}`, terms, taskIds, fixes.progressAsPlanned);
      cohort.plan(start);
      drivers.push(cohort);
      for (const id of taskIds) cohortOf.set(id, cohort);
    });
  }

  /** Wakes every driver due by `until`, earliest first. */
  const runUntil = (until: number) => {
    for (let guard = 0; ; guard++) {
      if (guard > 100_000) throw new Error('the simulated clock does not advance');
      let first: Driver | null = null;
      for (const d of drivers) {
        const at = d.next();
        if (at !== null && at <= until && (first === null || at < first.next()!)) first = d;
      }
      if (!first) return;
      first.wake(first.next()!);
    }
  };

  /** takeOver: the cohort's bookkeeping becomes the task's state, its own workflow starts from it. */
  const handOvers: HandOverSeen[] = [];
  const takeOver = (taskId: string, now: number, action: Action, racing: boolean): TaskSim => {
    const cohort = cohortOf.get(taskId)!;
    const row = db.row(taskId);
    const raced = racing && cohort.lastStepAt === now;
    const progress = raced && !fixes.progressReadAfterLock ? cohort.before : cohort.stored;
    handOvers.push({ taskId, at: now, action, raced, beforeFirstStep: cohort.lastStepAt < 0 });
    const facts = { acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null };
    const sim = new TaskSim(world, db, taskId, memberState(cohort.terms, clone(progress), facts));
    row.driver = 'task';
    db.auditOnly(taskId, 'own-workflow', 'task.own_follow_up', now);
    own.set(taskId, sim);
    drivers.push(sim);
    return sim;
  };

  /** How the API and the worker route an action (apps/api/src/tasks/task-actions.service.ts, the amendments, the unit hand-over). */
  const cohortPath = (taskId: string, move: Move, now: number): string => {
    const row = db.row(taskId);
    const { action } = move;
    if (row.driver === 'task') return own.get(taskId)!.act(action, now);
    if (!OPEN.includes(row.status)) return plainText(TASK_REFUSALS.closed);
    if (action.kind === 'acknowledge') {
      // CohortRepository.acknowledge: the validator on the member's state, the reducer on its row, the workflow's event id.
      const cohort = cohortOf.get(taskId)!;
      const s = memberState(cohort.terms, cohort.stored, { acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null });
      const refusal = acknowledgeRefusal(s, row, { actorUnitId: row.leadUnitId });
      if (refusal) return plainText(refusal);
      db.record(taskId, 'acknowledged', { type: 'acknowledged', at: new Date(now).toISOString() }, now);
      return 'ok';
    }
    if (fixes.validateBeforeHandOver) {
      const cohort = cohortOf.get(taskId)!;
      const facts = { acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null };
      const probe = new TaskSim(world, db, taskId, memberState(cohort.terms, clone(cohort.stored), facts));
      const refusal = probe.refusal(action, now);
      if (refusal) return plainText(refusal);
      if (!probe.changes(action)) return 'ok';
    }
    // As built, reviews and decisions are sent without a hand-over: no workflow takes them.
    else if (action.kind === 'review' || action.kind === 'decideExtension') return API.noWorkflow;
    const sim = takeOver(taskId, now, action, move.order === 'raced');
    const answer = sim.act(action, now);
    sim.plan(now);
    return answer;
  };

  const answers: string[] = [];
  const instants: number[] = [];
  let now = start;
  for (const move of moves) {
    const task = world.tasks[move.task % world.tasks.length]!;
    now =
      typeof move.advance === 'number' ? now + move.advance * 60_000 : Math.max(now, Date.parse(task[move.advance]));
    instants.push(now);
    runUntil(move.order === 'action-first' ? now - 1 : now);
    const refusal = apiRefusal(db.row(task.id), move.action, now);
    if (refusal) answers.push(plainText(refusal));
    else if (path === 'reference') answers.push(own.get(task.id)!.act(move.action, now));
    else answers.push(cohortPath(task.id, move, now));
  }
  runUntil(now + TAIL_DAYS * 86_400_000);
  return {
    answers,
    instants,
    tasks: outcomes(world, db),
    handOvers,
  };
}

function outcomes(world: World, db: Db): Record<string, TaskOutcome> {
  const result: Record<string, TaskOutcome> = {};
  const order = (a: Notice, b: Notice) => (noticeText(a) < noticeText(b) ? -1 : 1);
  for (const { id } of world.tasks) {
    const row = db.row(id);
    result[id] = {
      phase: row.phase,
      status: row.status,
      deadline: row.deadline.toISOString(),
      acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
      notices: [...db.notices.values()].filter((n) => n.taskId === id).sort(order),
      audit: [...db.audit.values()].filter((a) => a.taskId === id),
    };
  }
  return result;
}

/** A notice in one line (sorting, messages). */
export const noticeText = (n: Notice): string =>
  `${n.at} ${n.noticeId} ${n.kind} → ${n.targetUnitId}${n.level ? ` (level ${n.level})` : ''}`;
