import { Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { describeDatabaseError, SafeQueryLogger } from './query-logger';

const SECRETS = ['$2b$10$abcdefghijklmnopqrstuv', 'Trần Thị Hoa', 'hoa.tt@example.vn', '0909123456'];

const failed = (fields: Record<string, unknown>, query = 'INSERT INTO "users"("username") VALUES ($1)') =>
  new QueryFailedError(
    query,
    SECRETS,
    Object.assign(new Error(`duplicate key value; Key (email)=(${SECRETS[2]}) already exists`), {
      detail: `Key (email)=(${SECRETS[2]}) already exists.`,
      ...fields,
    }),
  );

describe('a failed statement in the logs', () => {
  it.each([
    [
      'a unique violation',
      failed({ code: '23505', constraint: 'ux_users_username', table: 'users' }),
      'database error 23505 unique_violation, constraint ux_users_username, table users (INSERT INTO users; request r-1)',
    ],
    [
      'a value PostgreSQL cannot read',
      failed({ code: '22P02' }, 'SELECT * FROM units WHERE id = $1'),
      'database error 22P02 invalid_text_representation (SELECT; request r-1)',
    ],
    [
      'an update of a unit',
      failed({ code: '23505', constraint: 'ux_units_code', table: 'units' }, 'UPDATE "units" SET "head_email" = $1'),
      'database error 23505 unique_violation, constraint ux_units_code, table units (UPDATE units; request r-1)',
    ],
  ])('tells %s by SQLSTATE, constraint and statement, nothing of its values', (_name, error, line) => {
    expect(describeDatabaseError(error, 'r-1')).toBe(line);
  });

  it('is not a database error for any other error', () => {
    expect(describeDatabaseError(new Error('boom'))).toBeNull();
    expect(describeDatabaseError({ code: 'ECONNREFUSED' })).toBeNull();
  });

  it('logs a constraint violation as a warning, anything else as an error, never the statement or its parameters', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const logger = new SafeQueryLogger(() => 'req-9');
    logger.logQuery();
    logger.logQueryError(failed({ code: '23505', constraint: 'ux_users_username' }), 'INSERT INTO "users" VALUES ($1)');
    logger.logQueryError(failed({ code: '57014' }), 'SELECT 1');
    logger.logQueryError('connection terminated', 'SELECT secret FROM x');
    const lines = [...warn.mock.calls, ...error.mock.calls].map((call) => String(call[0]));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(2);
    expect(lines.every((line) => line.includes('request req-9'))).toBe(true);
    for (const secret of [...SECRETS, 'VALUES', 'Key (', 'secret']) expect(lines.join('\n')).not.toContain(secret);
    warn.mockRestore();
    error.mockRestore();
  });
});
