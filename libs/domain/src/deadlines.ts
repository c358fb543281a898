import type { BusinessCalendar } from './calendar/business-calendar';
import { defaultSubtaskDeadline, subtaskDeadlineProblem } from './cascade';
import type { FieldProblem, Text } from './errors';
import { hasExplicitOffset, toZonedIso } from './time';
import { msg } from './errors';

/**
 * Deadline arithmetic for the tasks a directive or a delegation creates: pure, so
 * the API and the tests compute deadlines the same way. Problems come back with
 * the field they concern; callers gather them into one 400.
 */

export type DeadlineResult =
  { ok: true; deadline: Date; workingDays: number | null } | { ok: false; problem: FieldProblem };

const fail = (field: string, message: Text): DeadlineResult => ({ ok: false, problem: { field, message } });

/**
 * A task's deadline, given either as an instant with an offset (moved off days off)
 * or as N working days after the issue date (the end of that working day). Exactly one
 * of the two; the result must lie in the future. `at` names the task in messages:
 * `tasks.0` gives `tasks.0.deadline`, '' gives `deadline`.
 */
export function taskDeadline(
  given: { deadline?: string; deadlineWorkingDays?: number },
  at: string,
  issueDate: string,
  calendar: BusinessCalendar,
  now: Date,
): DeadlineResult {
  const absolute = at ? `${at}.deadline` : 'deadline';
  const relative = at ? `${at}.deadlineWorkingDays` : 'deadlineWorkingDays';
  if ((given.deadline === undefined) === (given.deadlineWorkingDays === undefined)) {
    return fail(absolute, msg('deadlines.giveExactlyOneOfDeadlineOr'));
  }
  if (given.deadline !== undefined) {
    if (!hasExplicitOffset(given.deadline)) return fail(absolute, msg('deadlines.mustCarryAnOffsetSuchAs'));
    const adjusted = calendar.adjustDeadline(new Date(given.deadline));
    if (adjusted.getTime() <= now.getTime()) return fail(absolute, msg('deadlines.deadlineMustBeInTheFuture'));
    return { ok: true, deadline: adjusted, workingDays: null };
  }
  const workingDays = given.deadlineWorkingDays!;
  const deadline = calendar.endOfDay(calendar.addWorkingDays(issueDate, workingDays));
  if (deadline.getTime() <= now.getTime()) return fail(relative, msg('deadlines.theDeadlineCountedFromTheIssue'));
  return { ok: true, deadline, workingDays };
}

/**
 * A sub-task's deadline: by default one working day before its parent's; when given,
 * with an offset, in the future and no later than the parent's.
 */
export function subtaskDeadline(
  given: string | undefined,
  at: string,
  parentDeadline: Date,
  calendar: BusinessCalendar,
  now: Date,
): DeadlineResult {
  if (given === undefined)
    return { ok: true, deadline: defaultSubtaskDeadline(parentDeadline, calendar, now), workingDays: null };
  const field = `${at}.deadline`;
  if (!hasExplicitOffset(given)) return fail(field, msg('deadlines.mustCarryAnOffsetSuchAs'));
  const deadline = calendar.adjustDeadline(new Date(given));
  const problem = subtaskDeadlineProblem(deadline, parentDeadline, now);
  if (problem === 'in_past') return fail(field, msg('deadlines.deadlineMustBeInTheFuture'));
  if (problem === 'after_parent')
    return fail(
      field,
      msg('deadlines.mayNotBeAfterTheParent', { value: toZonedIso(parentDeadline, calendar.timeZone) }),
    );
  return { ok: true, deadline, workingDays: null };
}

/** A new deadline asked for in an extension request: with an offset and in the future. */
export function extensionDeadlineProblem(requested: string, now: Date): FieldProblem | null {
  if (!hasExplicitOffset(requested)) return { field: 'deadline', message: msg('deadlines.mustCarryAnOffset') };
  if (Date.parse(requested) <= now.getTime())
    return { field: 'deadline', message: msg('deadlines.theNewDeadlineIsInThe') };
  return null;
}
