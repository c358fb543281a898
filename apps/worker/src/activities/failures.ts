import { Logger } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import { correlationId, withCorrelationId } from '@dondoc/observability';
import { describeDatabaseError, EmptyExpansionError, MissingRequestError, TaskNotOpenError } from '@dondoc/persistence';

/**
 * The one place where an activity's failure is judged: what retrying can mend (a
 * connection lost, a deadlock, a serialization or unique-key race) is left to the
 * retry policy; what it cannot (the data itself is wrong) fails the activity for good,
 * so the workflow ends that command visibly instead of retrying it forever.
 */

/** PostgreSQL SQLSTATEs that the same data will hit again on every attempt. */
const POISON_STATES: Record<string, string> = {
  '23502': 'NotNullViolation',
  '23503': 'ForeignKeyViolation',
  '23514': 'CheckViolation',
};

/** The failure type for a non-retryable failure of this error; null when a retry may mend it. */
export function poisonType(error: unknown): string | null {
  if (error instanceof ApplicationFailure) return error.nonRetryable ? (error.type ?? 'NonRetryable') : null;
  if (error instanceof TaskNotOpenError) return 'TaskNotOpen';
  if (error instanceof MissingRequestError) return 'MissingRequest';
  if (error instanceof EmptyExpansionError) return 'EmptyExpansion';
  if (error instanceof QueryFailedError) {
    const code = String((error.driverError as { code?: string } | undefined)?.code ?? '');
    // Class 22: data exceptions (invalid byte sequence such as NUL, out of range, bad format).
    if (code.startsWith('22')) return `DataException:${code}`;
    if (POISON_STATES[code]) return POISON_STATES[code];
  }
  return null;
}

/**
 * Rethrows the error, as a non-retryable ApplicationFailure when retrying cannot mend it.
 * A database error leaves the activity told by its SQLSTATE and constraint only: the
 * failure Temporal records and the worker logs ("Activity failed") would otherwise carry
 * the statement's parameters and PostgreSQL's detail, i.e. the data written.
 */
export function classify(error: unknown): never {
  if (error instanceof ApplicationFailure) throw error;
  const type = poisonType(error);
  const database = describeDatabaseError(error, correlationId());
  if (database) {
    throw ApplicationFailure.create({ message: database, type: type ?? 'QueryFailedError', nonRetryable: !!type });
  }
  if (type) {
    throw ApplicationFailure.create({
      message: (error as Error).message,
      type,
      nonRetryable: true,
      cause: error instanceof Error ? error : undefined,
    });
  }
  throw error;
}

const logger = new Logger('Activities');

/** Past this attempt a failing activity is logged as an alert (and listed by GET /admin/stuck-workflows). */
const ALERT_AFTER_ATTEMPTS = 3;

function alertIfRepeated(name: string, error: unknown): void {
  let info: Context['info'] | undefined;
  try {
    info = Context.current().info;
  } catch {
    return; // outside an activity (unit tests)
  }
  if (info.attempt > ALERT_AFTER_ATTEMPTS) {
    logger.error(
      `ALERT activity ${name} of ${info.workflowExecution?.workflowId} failed attempt ${info.attempt}: ${describeDatabaseError(error, correlationId()) ?? (error as Error)?.message}`,
    );
  }
}

/** The correlation id of a log line written while an activity runs: its workflow, activity and attempt. */
function activityCorrelation(name: string): string {
  try {
    const info = Context.current().info;
    return `${info.workflowExecution?.workflowId ?? '-'}/${name}#${info.attempt}`;
  } catch {
    return name; // outside an activity (unit tests)
  }
}

/** Wraps every activity function so that its failures are classified here, once for all. */
export function classified<T extends object>(activities: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(activities)) {
    if (typeof fn !== 'function') continue;
    wrapped[name] = async (...args: unknown[]) =>
      withCorrelationId(activityCorrelation(name), async () => {
        try {
          return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          alertIfRepeated(name, error);
          return classify(error);
        }
      });
  }
  return wrapped as T;
}
