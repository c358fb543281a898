import 'reflect-metadata';
import type { ArgumentMetadata } from '@nestjs/common';
import { IsString } from 'class-validator';
import { ValidationError, vietnamDaysOff, type FieldProblem } from '@dondoc/domain';
import { SubmitReportDto } from '../tasks/dto/task-actions.dto';
import { ListTasksQuery } from '../tasks/dto/list-tasks.query';
import { PreferencesDto } from '../notifications/dto/preferences.dto';
import { CreateDirectiveDto } from '../directives/dto/create-directive.dto';
import { LoginDto } from '../auth/dto/login.dto';
import { UpdateUnitDto } from '../units/dto/unit.dto';
import { cleanInput, DEFAULT_MAX_LENGTH, jsonDepth, MAX_JSON_DEPTH, verifyJsonDepth, YEARS } from './input-boundary';
import { BoundaryValidationPipe } from './validation';

const pipe = new BoundaryValidationPipe();
const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });
const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });

/** The field names of the 400 the pipe throws, or [] when it passes. */
async function refused(value: unknown, metadata: ArgumentMetadata): Promise<string[]> {
  try {
    await pipe.transform(value, metadata);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.details.map((d) => d.field);
    const response = (error as { getResponse?: () => { details?: { field: string }[] } }).getResponse?.();
    if (response?.details) return response.details.map((d) => d.field);
    throw error;
  }
}

describe('the input boundary', () => {
  it('normalises text to NFC and trims it, but never a password', () => {
    const problems: FieldProblem[] = [];
    const decomposed = 'Hoa\u0300ng  '; // "Hoàng" with a combining grave accent
    expect(cleanInput({ name: decomposed, password: ' a\u0300 ' }, problems)).toEqual({
      name: 'Hoàng',
      password: ' a\u0300 ',
    });
    expect(problems).toEqual([]);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone low surrogate', 'x\udfff'],
    ['a lone high surrogate', '\ud800y'],
  ])('refuses %s naming the nested field', (_name, text) => {
    const problems: FieldProblem[] = [];
    cleanInput({ tasks: [{ title: text }] }, problems);
    expect(problems.map((p) => p.field)).toEqual(['tasks.0.title']);
  });

  it('keeps a correct surrogate pair (an emoji)', () => {
    const problems: FieldProblem[] = [];
    expect(cleanInput({ t: 'ok 😀' }, problems)).toEqual({ t: 'ok 😀' });
    expect(problems).toEqual([]);
  });

  it('refuses years outside 1900–2200 in dates and instants, and huge integers', () => {
    const problems: FieldProblem[] = [];
    cleanInput({ a: '9999-01-01', b: '1899-12-31T10:00:00+07:00', c: '2026-11-30', n: 2 ** 60, m: 1.5 }, problems);
    expect(problems.map((p) => p.field)).toEqual(['a', 'b', 'n']);
  });

  it('covers every year the calendar knows', () => {
    expect(() => vietnamDaysOff(YEARS.min, [])).not.toThrow();
    expect(() => vietnamDaysOff(YEARS.max, [])).not.toThrow();
  });

  it('measures JSON depth on the raw bytes, ignoring brackets inside strings', () => {
    expect(jsonDepth(Buffer.from('{"a":[{"b":"[[[[{{{{"}]}'))).toBe(3);
    expect(jsonDepth(Buffer.from('{"a":"\\"[[["}'))).toBe(1);
    const deep = '['.repeat(2000) + ']'.repeat(2000);
    expect(jsonDepth(Buffer.from(deep))).toBe(MAX_JSON_DEPTH + 1);
    expect(() => verifyJsonDepth(null, null, Buffer.from(deep))).toThrow(
      expect.objectContaining({ status: 400, type: 'entity.too.deep' }),
    );
  });

  it('refuses null for a field that is not nullable, and accepts it where it is', async () => {
    expect(await refused({ name: null }, body(UpdateUnitDto))).toEqual(['name']);
    expect(await refused({ email: null, quietHours: null }, body(PreferencesDto))).toEqual([]);
  });

  it('refuses an array where an object belongs', async () => {
    expect(await refused({ quietHours: [] }, body(PreferencesDto))).toEqual(['quietHours']);
    expect(await refused([], body(LoginDto))).toEqual(['body']);
  });

  it('refuses a null deadline in a nested task', async () => {
    const directive = {
      documentNumber: '1-KH/TU',
      title: 'T',
      issueDate: '2026-11-30',
      tasks: [{ title: 'x', leadUnitId: '6f1c2a9e-0000-4000-8000-000000000000', deadlineWorkingDays: null }],
    };
    expect(await refused(directive, body(CreateDirectiveDto))).toEqual(['tasks.0.deadlineWorkingDays']);
  });

  it('range-checks paging and knows the roles of /tasks', async () => {
    expect(await refused({ offset: '9223372036854775807' }, query(ListTasksQuery))).toEqual(['offset']);
    expect(await refused({ limit: '-1' }, query(ListTasksQuery))).toEqual(['limit']);
    expect(await refused({ role: 'boss' }, query(ListTasksQuery))).toEqual(['role']);
    expect(await refused({ role: 'coordinating', subtree: 'true' }, query(ListTasksQuery))).toEqual([]);
  });

  it('gives strings without their own @MaxLength a default one', async () => {
    class NoteDto {
      @IsString()
      note!: string;
    }
    expect(await refused({ note: 'x'.repeat(DEFAULT_MAX_LENGTH) }, body(NoteDto))).toEqual([]);
    expect(await refused({ note: 'x'.repeat(DEFAULT_MAX_LENGTH + 1) }, body(NoteDto))).toEqual(['note']);
    // A report's text declares its own, larger maximum.
    expect(await refused({ text: 'x'.repeat(50_000) }, body(SubmitReportDto))).toEqual([]);
  });
});
