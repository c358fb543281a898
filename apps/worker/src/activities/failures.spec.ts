import { ApplicationFailure } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import { MissingRequestError, TaskNotOpenError } from '@dondoc/persistence';
import { classified, classify, poisonType } from './failures';

const pgError = (code: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error(`pg ${code}`), { code }));

describe('activity failure classification', () => {
  it('fails for good what the same data hits again: data exceptions, not-null, check, FK, missing requests', () => {
    expect(poisonType(pgError('22021'))).toBe('DataException:22021'); // NUL: invalid byte sequence
    expect(poisonType(pgError('22003'))).toBe('DataException:22003'); // numeric out of range
    expect(poisonType(pgError('23502'))).toBe('NotNullViolation');
    expect(poisonType(pgError('23514'))).toBe('CheckViolation');
    expect(poisonType(pgError('23503'))).toBe('ForeignKeyViolation');
    expect(poisonType(new MissingRequestError('d'))).toBe('MissingRequest');
    expect(poisonType(new TaskNotOpenError())).toBe('TaskNotOpen');
  });

  it('leaves to the retry policy what a retry may mend: races, lost connections, deadlocks, bugs', () => {
    for (const code of ['23505', '40001', '40P01', '57P01', '08006']) expect(poisonType(pgError(code))).toBeNull();
    expect(poisonType(new Error('connect ECONNREFUSED'))).toBeNull();
    expect(poisonType(ApplicationFailure.retryable('later'))).toBeNull();
  });

  it('wraps every activity: poison becomes a non-retryable ApplicationFailure, the rest is rethrown as is', async () => {
    const transient = new Error('connection reset');
    const activities = classified({
      poisoned: async () => {
        throw pgError('22021');
      },
      flaky: async () => {
        throw transient;
      },
      fine: async (x: number) => x + 1,
    });
    await expect(activities.poisoned()).rejects.toMatchObject({ nonRetryable: true, type: 'DataException:22021' });
    await expect(activities.flaky()).rejects.toBe(transient);
    await expect(activities.fine(1)).resolves.toBe(2);
    expect(() => classify(ApplicationFailure.nonRetryable('x', 'Mine'))).toThrow(ApplicationFailure);
  });

  it('tells a database error by its SQLSTATE and constraint, never by the values it carries', async () => {
    const secret = ['$2b$10$abcdefghijklmnopqrstuv', 'Trần Thị Hoa', 'hoa.tt@example.vn'];
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "ux_users_username"'), {
      code: '23505',
      constraint: 'ux_users_username',
      table: 'users',
      detail: `Key (username)=(hoa.tt) already exists. ${secret.join(' ')}`,
    });
    const activities = classified({
      insert: async () => {
        throw new QueryFailedError(
          'INSERT INTO "users"("username", "password_hash") VALUES ($1, $2)',
          secret,
          driverError,
        );
      },
    });
    const failure = (await activities.insert().catch((error: unknown) => error)) as ApplicationFailure;
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ nonRetryable: false, type: 'QueryFailedError', cause: undefined });
    expect(failure.message).toMatch(
      /^database error 23505 unique_violation, constraint ux_users_username, table users/,
    );
    expect(failure.message).toContain('INSERT INTO users');
    const told = JSON.stringify({ ...failure, message: failure.message, stack: failure.stack });
    for (const value of [...secret, 'hoa.tt', 'Key (']) expect(told).not.toContain(value);
    // A poisoned one keeps its type, told the same way.
    await expect(
      classified({
        bad: async () => {
          throw pgError('22021');
        },
      }).bad(),
    ).rejects.toMatchObject({
      nonRetryable: true,
      type: 'DataException:22021',
      message: expect.stringMatching(/^database error 22021 character_not_in_repertoire/),
    });
  });
});
