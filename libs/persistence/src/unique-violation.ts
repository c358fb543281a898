import { QueryFailedError } from 'typeorm';

/**
 * Whether a write failed on a unique constraint (PostgreSQL 23505), optionally a given
 * one: checked by type and SQLSTATE, never by message text.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && (constraint === undefined || driver.constraint === constraint);
}
