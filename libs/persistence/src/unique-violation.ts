import { QueryFailedError } from 'typeorm';
import { ConflictError, msg } from '@dondoc/domain';

/**
 * Whether a write failed on a unique constraint (PostgreSQL 23505), optionally a given
 * one: checked by type and SQLSTATE, never by message text.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && (constraint === undefined || driver.constraint === constraint);
}

/** A unit code that exists: the 409 naming the field; any other failure as it was. */
export function rethrowUnitCodeTaken(error: unknown, code: string): never {
  if (isUniqueViolation(error, 'ux_units_code')) {
    throw new ConflictError(msg('uniqueViolation.unitCodeAlreadyExists', { value: code.toUpperCase() }), [
      { field: 'code', message: code },
    ]);
  }
  throw error;
}
