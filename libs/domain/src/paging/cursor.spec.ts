import { plainText, ValidationError } from '../errors';
import { DATE_PART, decodeCursor, encodeCursor, INSTANT_PART, UUID_PART } from './cursor';
import {
  TASK_STATUS_ORDER,
  taskListCursorParts,
  taskListCursorValues,
  taskListKey,
  taskStatusRank,
  type TaskSort,
} from './task-sort';

const TASK_KEY = [INSTANT_PART('deadline'), UUID_PART()];
const ID = '0b6c2f4e-6f1e-4c55-9a0e-2d7c1c1f0a11';

/** The field and message of the 400 a cursor gets, or null when it decodes. */
const refusal = (text: string, parts = TASK_KEY) => {
  try {
    decodeCursor(text, parts);
    return null;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.details[0]!;
  }
};

describe('keyset cursors', () => {
  it.each([
    [['2026-12-14T10:00:00.000000Z', ID]],
    [['2026-12-14T10:00:00.123456Z', ID.toUpperCase()]],
    [['1999-01-01T23:59:59.999999Z', ID]],
  ])('gives back what it encoded: %j', (key) => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, TASK_KEY)).toEqual(key);
  });

  it('keeps the microseconds a Date would drop', () => {
    const [deadline] = decodeCursor(encodeCursor(['2026-12-14T10:00:00.000001Z', ID]), TASK_KEY);
    expect(deadline).toBe('2026-12-14T10:00:00.000001Z');
  });

  it('decodes a three-part key (the directive list: issue date, created at, id)', () => {
    const parts = [DATE_PART('issueDate'), INSTANT_PART('createdAt'), UUID_PART()];
    const key = ['2026-11-23', '2026-11-23T01:02:03.456789Z', ID];
    expect(decodeCursor(encodeCursor(key), parts)).toEqual(key);
    expect(plainText(refusal(encodeCursor(['2026-02-30', key[1]!, ID]), parts)!.message)).toMatch(/issueDate/);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc$def'],
    ['base64 of no JSON', encodeCursor(['x']).slice(0, 3)],
    ['JSON but not an array', btoa('{"a":1}')],
    ['too few parts', encodeCursor([ID])],
    ['too many parts', encodeCursor(['2026-12-14T10:00:00.000000Z', ID, ID])],
    ['a number for a part', btoa(JSON.stringify([1, ID])).replace(/=+$/, '')],
    ['milliseconds only', encodeCursor(['2026-12-14T10:00:00.000Z', ID])],
    ['month 13', encodeCursor(['2026-13-14T10:00:00.000000Z', ID])],
    ['30 February', encodeCursor(['2026-02-30T10:00:00.000000Z', ID])],
    ['hour 24', encodeCursor(['2026-12-14T24:00:00.000000Z', ID])],
    ['an offset instead of Z', encodeCursor(['2026-12-14T10:00:00.000000+07', ID])],
    ['not a uuid', encodeCursor(['2026-12-14T10:00:00.000000Z', 'abc'])],
    ['SQL in the id', encodeCursor(['2026-12-14T10:00:00.000000Z', "x' OR '1'='1"])],
    ['too long', 'A'.repeat(3001)],
  ])('refuses %s with a 400 naming after', (_why, text) => {
    expect(refusal(text)).toEqual({
      field: 'after',
      message: expect.objectContaining({ key: 'cursor.notACursorOfThisList' }),
    });
  });
});

describe('task list sorts and their cursors', () => {
  const at = '2026-12-14T10:00:00.000000Z';
  it.each<[TaskSort, string[]]>([
    ['deadline', [at, ID]],
    ['status', ['2', at, ID]],
    ['unit', ['Ủy ban MTTQ Việt Nam xã Ia Grai', at, ID]],
    ['directive', ['25', '25-KH/TU', at, ID]],
    ['updated', [at, ID]],
  ])('a %s key goes through its cursor and back, Vietnamese included', (sort, key) => {
    const values = taskListCursorValues(sort, key);
    const cursor = encodeCursor(values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(taskListKey(sort, decodeCursor(cursor, taskListCursorParts(sort)))).toEqual(key);
  });

  it.each<[TaskSort, TaskSort]>([
    ['unit', 'directive'],
    ['status', 'unit'],
    ['updated', 'deadline'],
    ['deadline', 'updated'],
  ])('refuses a cursor of the %s sort given with the %s sort', (from, to) => {
    const key = {
      deadline: [at, ID],
      status: ['1', at, ID],
      unit: ['A', at, ID],
      directive: ['1', '1-KH/TU', at, ID],
      updated: [at, ID],
    };
    const cursor = encodeCursor(taskListCursorValues(from, key[from]));
    expect(refusal(cursor, taskListCursorParts(to))).toEqual(expect.objectContaining({ field: 'after' }));
  });

  it.each([
    ['an empty name', ['unit', '', at, ID]],
    ['a control character', ['unit', 'a\u0000b', at, ID]],
    ['a status rank that is no number', ['status', 'x', at, ID]],
  ])('refuses %s', (_why, values) => {
    const sort = values[0] as TaskSort;
    expect(refusal(encodeCursor(values), taskListCursorParts(sort))).not.toBeNull();
  });

  it('ranks statuses with what needs a hand first', () => {
    expect(TASK_STATUS_ORDER.map(taskStatusRank)).toEqual(['1', '2', '3', '4']);
    expect(taskStatusRank('overdue')).toBe('1');
  });
});
