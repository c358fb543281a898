import type { BusinessCalendar } from './calendar/business-calendar';
import { defaultSubtaskDeadline, subtaskDeadlineProblem } from './cascade';
import type { FieldProblem } from './errors';
import { hasExplicitOffset, toZonedIso } from './time';
import { msg } from './errors';

/**
 * Deadline arithmetic for the tasks a directive or a delegation creates: pure, so
 * the API and the tests compute deadlines the same way. Problems come back with
 * the field they concern; callers gather them into one 400.
 */

export type DeadlineResult =
  { ok: true; deadline: Date; workingDays: number | null } | { ok: false; problem: FieldProblem };

const fail = (field: string, message: string): DeadlineResult => ({
  ok: false,
  problem: { field, message: `${field}: ${message}` },
});

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
    return fail(
      absolute,
      'cần đúng một trong deadline hoặc deadlineWorkingDays / give exactly one of deadline or deadlineWorkingDays',
    );
  }
  if (given.deadline !== undefined) {
    if (!hasExplicitOffset(given.deadline))
      return fail(absolute, 'cần ghi rõ múi giờ, ví dụ +07:00 / must carry an offset such as +07:00');
    const adjusted = calendar.adjustDeadline(new Date(given.deadline));
    if (adjusted.getTime() <= now.getTime())
      return fail(absolute, 'hạn phải ở tương lai / deadline must be in the future');
    return { ok: true, deadline: adjusted, workingDays: null };
  }
  const workingDays = given.deadlineWorkingDays!;
  const deadline = calendar.endOfDay(calendar.addWorkingDays(issueDate, workingDays));
  if (deadline.getTime() <= now.getTime())
    return fail(relative, 'hạn tính từ ngày ban hành đã qua / the deadline counted from the issue date has passed');
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
  if (!hasExplicitOffset(given))
    return fail(field, 'cần ghi rõ múi giờ, ví dụ +07:00 / must carry an offset such as +07:00');
  const deadline = calendar.adjustDeadline(new Date(given));
  const problem = subtaskDeadlineProblem(deadline, parentDeadline, now);
  if (problem === 'in_past') return fail(field, 'hạn phải ở tương lai / deadline must be in the future');
  if (problem === 'after_parent')
    return fail(
      field,
      `không được sau hạn của nhiệm vụ (${toZonedIso(parentDeadline, calendar.timeZone)}) / may not be after the parent task's deadline`,
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
