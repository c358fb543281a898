import type { BusinessCalendar } from './calendar';
import { addDays } from './calendar';
import type { Role } from './user';
import type { TaskPhase } from './task-machine';

/**
 * "Việc của tôi" (my work): what the signed-in person must do, in buckets of urgency.
 * An item sits in the first bucket that fits it: by its due instant first (overdue, due
 * today, due within three working days), and when it is not yet that urgent by what it
 * asks (a report waiting for my review, an explanation asked of my unit, a reporting
 * round my unit has not answered). A task of a directive (not a round) that is due later
 * than three working days is not in my work yet: it waits in the task lists.
 */
export const MY_WORK_BUCKETS = ['overdue', 'due_today', 'due_soon', 'review', 'explanation', 'round'] as const;
export type MyWorkBucket = (typeof MY_WORK_BUCKETS)[number];

/** The one next action an item asks for. */
export const MY_WORK_ACTIONS = ['acknowledge', 'report', 'review', 'answer_explanation', 'answer_round'] as const;
export type MyWorkAction = (typeof MY_WORK_ACTIONS)[number];

/** The bucket an item goes to when it is not due within the window, by its action (none: not listed). */
export const LATER_BUCKET: Readonly<Record<MyWorkAction, MyWorkBucket | null>> = {
  acknowledge: null,
  report: null,
  review: 'review',
  answer_explanation: 'explanation',
  answer_round: 'round',
};

/** How far "soon" reaches: within this many working days after today. */
export const SOON_WORKING_DAYS = 3;

/**
 * The instants that split due times into buckets, on the business calendar: due before
 * `now` is overdue; before `endOfToday` (local midnight after today) due today; before
 * `horizon` (local midnight after the third working day after today) due soon.
 */
export interface MyWorkWindow {
  now: Date;
  endOfToday: Date;
  horizon: Date;
}

export function myWorkWindow(calendar: BusinessCalendar, now: Date): MyWorkWindow {
  const today = calendar.dateOf(now);
  const lastSoonDay = calendar.addWorkingDays(today, SOON_WORKING_DAYS);
  return {
    now,
    endOfToday: calendar.at(addDays(today, 1), 0),
    horizon: calendar.at(addDays(lastSoonDay, 1), 0),
  };
}

/** The bucket of an item due at `dueAt` whose action is `action`, or null when it is not listed. */
export function myWorkBucket(dueAt: Date, action: MyWorkAction, window: MyWorkWindow): MyWorkBucket | null {
  const due = dueAt.getTime();
  if (due < window.now.getTime()) return 'overdue';
  if (due < window.endOfToday.getTime()) return 'due_today';
  if (due < window.horizon.getTime()) return 'due_soon';
  return LATER_BUCKET[action];
}

/**
 * What the lead unit does next with an open task: a round's task is answered (the report
 * acknowledges too); otherwise acknowledge first, then report (or report again when
 * returned). Null for a phase in which the lead unit has nothing to do (under review, closed).
 */
export function leadSideAction(phase: TaskPhase, round: boolean): MyWorkAction | null {
  if (phase !== 'awaiting_ack' && phase !== 'in_progress' && phase !== 'revising') return null;
  if (round) return 'answer_round';
  return phase === 'awaiting_ack' ? 'acknowledge' : 'report';
}

/**
 * Who has what in my work: officers and leaders act for their own unit (acknowledge,
 * report, answer explanations and rounds); leaders also review the reports sent to their
 * unit. Admins and auditors act on no task: their work is elsewhere.
 */
export function myWorkSides(role: Role): { lead: boolean; review: boolean } {
  return { lead: role === 'officer' || role === 'leader', review: role === 'leader' };
}

/**
 * The approval bucket (decision 74): the drafts submitted to me and waiting for my
 * decision. Only leaders are approvers; it sits beside the task buckets, since its items
 * are drafts, not tasks.
 */
export function myWorkApprovals(role: Role): boolean {
  return role === 'leader';
}
