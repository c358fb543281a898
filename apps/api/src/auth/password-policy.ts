import { ValidationError, type FieldProblem, msg } from '@dondoc/domain';

export const PASSWORD_MIN_LENGTH = 10;

/**
 * Passwords everyone tries first (leaked-password lists' top entries, and local ones).
 * Small on purpose: length does most of the work; this catches the obvious.
 */
const COMMON = new Set(
  [
    '1234567890',
    '12345678910',
    '0123456789',
    '1111111111',
    '0000000000',
    '1234512345',
    '1qaz2wsx3edc',
    'qwertyuiop',
    'qwerty1234',
    'qwerty12345',
    'qwerty123456',
    'asdfghjkl1',
    'password12',
    'password123',
    'password1234',
    'password@123',
    'passw0rd123',
    'p@ssw0rd123',
    'iloveyou123',
    'abc1234567',
    'abcd123456',
    'abcdef1234',
    'admin12345',
    'admin@1234',
    'administrator',
    'welcome123',
    'letmein123',
    'changeme123',
    'football123',
    'baseball123',
    'sunshine123',
    'princess123',
    'dragon12345',
    'monkey12345',
    'superman123',
    'trustno1234',
    'matkhau123',
    'matkhau@123',
    'matkhau1234',
    'vietnam123',
    'vietnam1234',
    'hanoi12345',
    'saigon1234',
    'anhyeuem123',
    'emyeuanh123',
    'dondoc12345',
    'dondoc@123',
    'dondoc2026',
  ].map((p) => p.toLowerCase()),
);

/** What is wrong with a new password, as field problems naming `field` (vi / en). */
export function passwordProblems(password: string, username: string, field = 'password'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    problems.push({
      field,
      message: msg('auth.atLeastCharacters', { PASSWORD_MIN_LENGTH }),
    });
  }
  const lower = password.trim().toLowerCase();
  if (lower === username.trim().toLowerCase()) {
    problems.push({ field, message: msg('auth.mustNotBeTheUsername') });
  }
  if (COMMON.has(lower)) {
    problems.push({ field, message: msg('auth.tooCommonEasilyGuessed') });
  }
  return problems;
}

/** Throws a 400 naming the field when the password breaks the policy. */
export function assertPasswordPolicy(password: string, username: string, field = 'password'): void {
  const problems = passwordProblems(password, username, field);
  if (problems.length > 0) {
    throw new ValidationError(problems, msg('auth.passwordDoesNotMeetThePolicy'));
  }
}
