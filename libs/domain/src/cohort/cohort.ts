/**
 * Following tasks in cohorts (docs/decisions/0065-task-cohorts.md): the pure part. A
 * cohort is the tasks of one directive that share everything their timelines are made
 * of (deadline, acknowledgement deadline, reminder and escalation policies, the length of
 * the escalation chain), so one plan of instants serves them all. The cohort workflow
 * plans from the cohort's state (what a member that has done nothing yet awaits) with
 * the task workflow's own planner; each instant is one set-based step over the members
 * still awaiting that obligation. A member that leaves takes the cohort's bookkeeping
 * with it (memberState), so its own workflow goes on exactly where the cohort was.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import { escalationNoticeKind, escalationStep, type EscalationNoticeKind } from '../escalation';
import type { EscalationPolicy, ReminderPolicy } from '../policy';
import { applyTaskEvent } from '../task-machine/reducer';
import { initialTaskState, type Obligation, type TaskState } from '../task-machine/task-state';
import { planTimers, type PlannedTimer } from '../task-machine/timer-plan';

/** Where a cohort's follow-up stands: the part of a task workflow's state its timers keep. */
export interface CohortProgress {
  since: TaskState['since'];
  sent: TaskState['sent'];
  escalation: TaskState['escalation'];
  overdueMarked: TaskState['overdueMarked'];
}

export const emptyProgress = (): CohortProgress => ({ since: {}, sent: [], escalation: {}, overdueMarked: [] });

/** What every member of a cohort shares. */
export interface CohortTerms {
  issuingUnitId: string;
  /** ISO instants. */
  deadline: string;
  ackDeadline: string;
  reminderPolicy: ReminderPolicy;
  escalationPolicy: EscalationPolicy;
  /** Units from a member's lead unit up to the issuing unit, inclusive (2: a unit directly below the issuer). */
  chainLength: number;
}

/** JSON with object keys sorted: two equal policies give one text whatever order their keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The text two tasks share exactly when they belong to one cohort of their directive.
 * Tasks added to a running directive by an amendment (`addedBy`: its event id) form
 * cohorts of their own even when their terms are equal to a first cohort's: they begin
 * later, so their reminders count from a later instant and their ladders start at step 0,
 * where a first cohort may already have climbed; and a cohort whose workflow is ending
 * (no member left) takes no new member (decision 65).
 */
export function cohortKey(terms: CohortTerms, addedBy?: string): string {
  return canonical({
    issuing: terms.issuingUnitId,
    deadline: new Date(terms.deadline).toISOString(),
    ack: new Date(terms.ackDeadline).toISOString(),
    reminders: terms.reminderPolicy,
    escalation: terms.escalationPolicy,
    chain: terms.chainLength,
    added: addedBy,
  });
}

/** Length of the chain from a unit (its materialized path) up to `toUnitId`, inclusive; to the root when it is not above. */
export function chainLengthFrom(path: string, toUnitId: string): number {
  const ids = path.split('/').filter(Boolean).reverse();
  const end = ids.indexOf(toUnitId);
  return end >= 0 ? end + 1 : ids.length;
}

/** Unit `step` of the chain from a unit (its path) up to `toUnitId`: the one the ladder's step tells. */
export function chainTarget(path: string, toUnitId: string, step: number): string {
  const ids = path.split('/').filter(Boolean).reverse();
  const end = ids.indexOf(toUnitId);
  const chain = end >= 0 ? ids.slice(0, end + 1) : ids;
  return chain[Math.min(step, chain.length - 1)]!;
}

/**
 * The cohort's state: a task that has done nothing yet (awaiting acknowledgement and the
 * report), with the cohort's bookkeeping. The cohort workflow plans its instants from it.
 */
export function cohortState(terms: Pick<CohortTerms, 'deadline' | 'ackDeadline'>, progress: CohortProgress): TaskState {
  return {
    ...initialTaskState(terms.deadline, terms.ackDeadline),
    since: { ...progress.since },
    sent: [...progress.sent],
    escalation: { ...progress.escalation },
    overdueMarked: [...progress.overdueMarked],
  };
}

/** What the cohort knows of one member: whether (and when) it acknowledged. */
export interface MemberFacts {
  acknowledgedAt: string | null;
}

/**
 * The state a member takes to its own workflow when it leaves the cohort: the cohort's
 * state, acknowledged if the member has acknowledged. Bookkeeping of obligations the
 * member no longer awaits is dropped by the task workflow's first plan, as it would
 * have been had the task been followed on its own all along.
 */
export function memberState(
  terms: Pick<CohortTerms, 'deadline' | 'ackDeadline'>,
  progress: CohortProgress,
  member: MemberFacts,
): TaskState {
  const s = cohortState(terms, progress);
  return member.acknowledgedAt ? applyTaskEvent(s, { type: 'acknowledged', at: member.acknowledgedAt }) : s;
}

/** The phases in which a member still awaits the obligation a step is about (ack: not yet acknowledged too). */
export const MEMBER_AWAITS: Readonly<Record<'ack' | 'report', { phases: readonly string[]; unacknowledged: boolean }>> =
  {
    ack: { phases: ['awaiting_ack'], unacknowledged: true },
    report: { phases: ['awaiting_ack', 'in_progress'], unacknowledged: false },
  };

/** One instant of a cohort: what every member still awaiting `obligation` gets. */
export type CohortStep =
  | {
      kind: 'reminder';
      /** The notice id after the member's task id: the same id a task workflow gives it. */
      noticeKey: string;
      obligation: Obligation;
      dueAt: string;
    }
  | {
      kind: 'escalation';
      noticeKey: string;
      obligation: Obligation;
      /** The obligation's id (kind and due instant): an overdue mark is keyed by it. */
      obligationId: string;
      dueAt: string;
      /** 0-based step of the ladder: the unit told is this far up each member's chain. */
      step: number;
      level: number;
      noticeKind: EscalationNoticeKind;
      /** The first step of the report's ladder marks each member overdue first. */
      markOverdue: boolean;
    };

/** The escalation step as the cohort writes it: level and notice kind from the shared chain length. */
export function escalationOf(
  obligation: Obligation,
  step: number,
  chainLength: number,
): { level: number; noticeKind: EscalationNoticeKind } {
  const level = Math.min(step, chainLength - 1) + 1;
  return { level, noticeKind: escalationNoticeKind(level, obligation) };
}

/**
 * The step a planned timer is for, with the cohort's progress updated as the task
 * workflow updates its own state when it fires the timer (workflows/task.workflow.ts,
 * fire and escalate): the cohort workflow sends both to its step activity, which stores
 * the progress in the step's transaction. Mutates `progress`.
 */
export function cohortStepOf(
  timer: PlannedTimer,
  terms: Pick<CohortTerms, 'chainLength' | 'escalationPolicy'>,
  calendar: BusinessCalendar,
  progress: CohortProgress,
): CohortStep {
  const { obligation: o } = timer;
  if (timer.kind === 'reminder') {
    progress.sent.push(timer.id);
    return { kind: 'reminder', noticeKey: timer.id, obligation: o.kind, dueAt: o.dueAt };
  }
  const id = timer.obligationId;
  const markOverdue = (o.kind === 'report' || o.kind === 'revision') && !progress.overdueMarked.includes(id);
  if (markOverdue) progress.overdueMarked.push(id);
  // The ladder's timing depends on the chain only through its length, which members share.
  const chain = Array.from({ length: terms.chainLength }, (_, i) => i);
  const ladder = escalationStep(chain, timer.step, timer.nextAt, o.kind, terms.escalationPolicy, calendar);
  progress.escalation[id] = ladder.next;
  const { level, noticeKind } = escalationOf(o.kind, timer.step, terms.chainLength);
  return {
    kind: 'escalation',
    noticeKey: timer.id,
    obligation: o.kind,
    obligationId: id,
    dueAt: o.dueAt,
    step: timer.step,
    level,
    noticeKind,
    markOverdue,
  };
}

/**
 * The cohort's progress as the task workflow's next plan leaves its own bookkeeping at
 * `now` (the obligations that are over dropped, those that began marked from now): what
 * a step stores, and what the cohort starts with when its tasks are recorded, so a task
 * leaving the cohort at any moment takes exactly what its own workflow would have had.
 */
export function plannedProgress(
  terms: CohortTerms,
  progress: CohortProgress,
  calendar: BusinessCalendar,
  now: Date,
): CohortProgress {
  const plan = planTimers(cohortState(terms, progress), { leadUnitId: 'member', ...terms }, calendar, now);
  return {
    since: plan.since,
    sent: plan.sent,
    escalation: plan.escalation,
    overdueMarked: [...progress.overdueMarked],
  };
}
