import type { FieldProblem } from './errors';
import { isIsoDuration, type EscalationPolicy, type Offset, type ReminderPolicy } from './policy';
import { msg } from './errors';

/** An offset: {workingDays: 0–60} or {duration: ISO 8601}; also a task's review and revision periods. */
export function offsetProblems(value: unknown, field: string): FieldProblem[] {
  if (typeof value !== 'object' || value === null) return [{ field, message: msg('policyValidation.expectedOr') }];
  const offset = value as Record<string, unknown>;
  const keys = Object.keys(offset);
  if (keys.length === 1 && keys[0] === 'workingDays') {
    const n = offset.workingDays;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 60) return [];
    return [{ field: `${field}.workingDays`, message: msg('policyValidation.aWholeNumber060') }];
  }
  if (keys.length === 1 && keys[0] === 'duration') {
    const d = offset.duration;
    if (typeof d === 'string' && isIsoDuration(d)) return [];
    return [
      {
        field: `${field}.duration`,
        message: msg('policyValidation.anIso8601Duration'),
      },
    ];
  }
  return [{ field, message: msg('policyValidation.expectedOr') }];
}

export function reminderPolicyProblems(value: unknown, field: string): FieldProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ field, message: msg('policyValidation.mustBeAnObject') }];
  const policy = value as Partial<ReminderPolicy> & Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const unknownKeys = Object.keys(policy).filter((k) => k !== 'before' && k !== 'onDeadlineDayAt');
  for (const key of unknownKeys)
    problems.push({
      field: `${field}.${key}`,
      message: msg('policyValidation.unknownField'),
    });
  if (!Array.isArray(policy.before) || policy.before.length > 10) {
    problems.push({
      field: `${field}.before`,
      message: msg('policyValidation.aListOfAtMost10'),
    });
  } else {
    policy.before.forEach((offset: Offset, i: number) =>
      problems.push(...offsetProblems(offset, `${field}.before.${i}`)),
    );
  }
  if (policy.onDeadlineDayAt !== undefined && policy.onDeadlineDayAt !== null) {
    if (typeof policy.onDeadlineDayAt !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(policy.onDeadlineDayAt)) {
      problems.push({
        field: `${field}.onDeadlineDayAt`,
        message: msg('policyValidation.aTimeHhMm'),
      });
    }
  }
  return problems;
}

export function escalationPolicyProblems(value: unknown, field: string): FieldProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ field, message: msg('policyValidation.mustBeAnObject') }];
  const policy = value as Partial<EscalationPolicy> & Record<string, unknown>;
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(policy).filter((k) => k !== 'stepDelay' && k !== 'repeatAtTop')) {
    problems.push({
      field: `${field}.${key}`,
      message: msg('policyValidation.unknownField'),
    });
  }
  problems.push(...offsetProblems(policy.stepDelay, `${field}.stepDelay`));
  problems.push(...offsetProblems(policy.repeatAtTop, `${field}.repeatAtTop`));
  return problems;
}

/** The policies a task may carry (its reminders, escalation, review and revision periods), each checked at `at`. */
export function taskPolicyProblems(
  task: { reminderPolicy?: unknown; escalationPolicy?: unknown; reviewPeriod?: unknown; revisionPeriod?: unknown },
  at: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (task.reminderPolicy !== undefined)
    problems.push(...reminderPolicyProblems(task.reminderPolicy, `${at}.reminderPolicy`));
  if (task.escalationPolicy !== undefined)
    problems.push(...escalationPolicyProblems(task.escalationPolicy, `${at}.escalationPolicy`));
  for (const period of ['reviewPeriod', 'revisionPeriod'] as const)
    if (task[period] !== undefined) problems.push(...offsetProblems(task[period], `${at}.${period}`));
  return problems;
}
