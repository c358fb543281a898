import type { BusinessCalendar } from '../calendar/business-calendar';
import type { CivilDate } from '../calendar/civil-date';
import { ValidationError, type FieldProblem, msg } from '../errors';
import { cutOff, type CutOffRule, type Period } from './period';

/**
 * Submission deadlines per level (docs/architecture.md#domain-rules): reports that aggregate through
 * several levels are due level by level, lower levels first (communes, then the
 * bodies that consolidate them, then the issuer), each a number of working days
 * after the cut-off and at least one (the regime's day between cut-off and
 * submission). Counting working days lands on a working day, so a deadline never
 * falls on a day off; it is at the end of that working day.
 */
export interface LevelDeadlinePolicy {
  /** Who reports at this level, e.g. 'commune', 'consolidating', 'issuer'. */
  level: string;
  workingDaysAfterCutOff: number;
}

export interface LevelDeadline {
  level: string;
  date: CivilDate;
  deadline: Date;
}

export const MAX_WORKING_DAYS_AFTER_CUT_OFF = 60;

/**
 * What is wrong with a per-level policy (empty when nothing): at least one level,
 * named and unique, each 1–60 working days after the cut-off, lower levels first and
 * none before the level below it.
 */
export function levelDeadlineProblems(value: unknown, field = 'deadlines'): FieldProblem[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 10) {
    return [{ field, message: msg('deadlines.aListOf110Levels') }];
  }
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  let below: number | undefined;
  value.forEach((item: unknown, i: number) => {
    const at = `${field}.${i}`;
    if (typeof item !== 'object' || item === null) {
      problems.push({ field: at, message: msg('deadlines.expectedAnObject') });
      return;
    }
    const { level, workingDaysAfterCutOff: days } = item as Record<string, unknown>;
    if (typeof level !== 'string' || !level.trim()) {
      problems.push({ field: `${at}.level`, message: msg('deadlines.aLevelNameIsRequired') });
    } else if (seen.has(level.trim())) {
      problems.push({ field: `${at}.level`, message: msg('deadlines.levelListedTwice', { level }) });
    } else seen.add(level.trim());
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_WORKING_DAYS_AFTER_CUT_OFF) {
      problems.push({
        field: `${at}.workingDaysAfterCutOff`,
        message: msg('deadlines.aWholeNumber1AtLeast', { MAX_WORKING_DAYS_AFTER_CUT_OFF }),
      });
      return;
    }
    if (below !== undefined && days < below) {
      problems.push({
        field: `${at}.workingDaysAfterCutOff`,
        message: msg('deadlines.aLevelMayNotBeDue', { days, below }),
      });
    }
    below = days;
  });
  return problems;
}

/** True when the policy is usable (levelDeadlineProblems says why not). */
export const isValidLevelDeadlinePolicy = (value: unknown): value is LevelDeadlinePolicy[] =>
  levelDeadlineProblems(value).length === 0;

/** The deadline of each level for `period`, in the policy's order. */
export function levelDeadlines(
  p: Period,
  rule: CutOffRule,
  policy: readonly LevelDeadlinePolicy[],
  calendar: BusinessCalendar,
): LevelDeadline[] {
  const problems = levelDeadlineProblems(policy);
  if (problems.length) throw new ValidationError(problems);
  const cut = cutOff(p, rule);
  return policy.map(({ level, workingDaysAfterCutOff }) => {
    const date = calendar.addWorkingDays(cut, workingDaysAfterCutOff);
    return { level: level.trim(), date, deadline: calendar.endOfDay(date) };
  });
}
