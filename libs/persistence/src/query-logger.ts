import { Logger as NestLogger } from '@nestjs/common';
import { QueryFailedError, type Logger } from 'typeorm';

/**
 * What a log line may say about a failed statement (docs/operations.md, "Logs"): its
 * SQLSTATE, the constraint, table and column PostgreSQL names, the statement's verb and
 * target, and the correlation id. Never its parameters, nor PostgreSQL's message or
 * `detail` ("Key (username)=(hoa.tt) already exists", "invalid input syntax: …"), which
 * carry the values written: password hashes, names, e-mail addresses, report text.
 */

const CONDITIONS: Record<string, string> = {
  '23505': 'unique_violation',
  '23503': 'foreign_key_violation',
  '23502': 'not_null_violation',
  '23514': 'check_violation',
  '23P01': 'exclusion_violation',
  '22001': 'string_data_right_truncation',
  '22P02': 'invalid_text_representation',
  '22003': 'numeric_value_out_of_range',
  '22021': 'character_not_in_repertoire',
  '40001': 'serialization_failure',
  '40P01': 'deadlock_detected',
  '57014': 'query_canceled',
  '42501': 'insufficient_privilege',
};

interface DriverFields {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
}

/** The statement's verb and target (`INSERT INTO users`), read from its first words only. */
function statementOf(query: string | undefined): string | null {
  const match = /^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM|SELECT|WITH|CALL|LOCK\s+TABLE)\s*("?[\w.]+"?)?/i.exec(
    query ?? '',
  );
  if (!match) return null;
  const verb = match[1]!.replace(/\s+/g, ' ').toUpperCase();
  return ['INSERT INTO', 'UPDATE', 'DELETE FROM'].includes(verb) && match[2]
    ? `${verb} ${match[2].replace(/"/g, '')}`
    : verb;
}

/** The SQLSTATE of a database error (TypeORM's or pg's), or null for any other error. */
export function sqlState(error: unknown): string | null {
  const driver = (error instanceof QueryFailedError ? error.driverError : error) as DriverFields | null;
  const code = driver && typeof driver === 'object' ? driver.code : undefined;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/**
 * A database error told without the data it carries, e.g. `database error 23505
 * unique_violation, constraint ux_users_username, table users (INSERT INTO users; request
 * 7f3c…)`; null when the error is not a database error. `requestId`: the correlation id.
 */
export function describeDatabaseError(error: unknown, requestId?: string, query?: string): string | null {
  const code = sqlState(error);
  if (!code) return null;
  const driver = (error instanceof QueryFailedError ? error.driverError : error) as DriverFields;
  const named = (key: keyof DriverFields) =>
    typeof driver[key] === 'string' && /^[\w.$-]{1,128}$/.test(driver[key]) ? `, ${key} ${driver[key]}` : '';
  const statement = statementOf(query ?? (error instanceof QueryFailedError ? error.query : undefined));
  const context = [statement, `request ${requestId ?? '-'}`].filter(Boolean).join('; ');
  return `database error ${code}${CONDITIONS[code] ? ` ${CONDITIONS[code]}` : ''}${named('constraint')}${named('table')}${named('column')} (${context})`;
}

/**
 * TypeORM's logger for the apps: a failed statement is one line from
 * describeDatabaseError (a constraint violation, which the caller usually answers with a
 * 409, at warn level; anything else at error); statements themselves are never logged.
 */
export class SafeQueryLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  /** `correlationId`: the id of the request or activity in hand (libs/observability's, passed in by the apps). */
  constructor(private readonly correlationId: () => string | undefined = () => undefined) {}

  logQuery(): void {
    // Never: a statement's parameters are the data written.
  }

  logQueryError(error: string | Error, query: string): void {
    const line =
      describeDatabaseError(error, this.correlationId(), query) ??
      `database error (${statementOf(query) ?? 'statement'}; request ${this.correlationId() ?? '-'})`;
    if (sqlState(error)?.startsWith('23')) this.logger.warn(line);
    else this.logger.error(line);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(
      `slow statement: ${time} ms (${statementOf(query) ?? 'statement'}; request ${this.correlationId() ?? '-'})`,
    );
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
