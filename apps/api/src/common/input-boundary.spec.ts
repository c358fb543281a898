import 'reflect-metadata';
import type { ArgumentMetadata } from '@nestjs/common';
import { IsString } from 'class-validator';
import { ValidationError, vietnamDaysOff, type FieldProblem } from '@dondoc/domain';
import { SubmitReportDto } from '../tasks/dto/task-actions.dto';
import { ListTasksQuery } from '../tasks/dto/list-tasks.query';
import { PreferencesDto } from '../notifications/dto/preferences.dto';
import { CreateDirectiveDto } from '../directives/dto/create-directive.dto';
import { LoginDto } from '../auth/dto/login.dto';
import { CreateUnitDto, DeactivateUnitDto, ImportUnitsDto, UpdateUnitDto } from '../units/dto/unit.dto';
import { CreateUserDto } from '../users/dto/create-user.dto';
import { CycleDto } from '../reporting-cycles/dto/reporting-cycle.dto';
import { unitsFromCsv } from '../units/units.csv';
import {
  cleanInput,
  DEFAULT_MAX_LENGTH,
  jsonDepth,
  MAX_JSON_DEPTH,
  textProblem,
  verifyJsonDepth,
  YEARS,
} from './input-boundary';
import { BoundaryValidationPipe, validateInput } from './validation';
import { renderText } from '@dondoc/i18n';

/** A message as it reads in both languages, joined for matching. */
const both = (text: Parameters<typeof renderText>[0]) => `${renderText(text, 'vi')} / ${renderText(text, 'en')}`;

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

  describe('control characters', () => {
    const ID = '6f1c2a9e-0000-4000-8000-000000000000';
    const unit = { code: 'XA-1', name: 'Xã Một', kind: 'commune', parentId: ID };
    const report = { text: 'Báo cáo' };

    it.each([
      ['U+0002 (C0)', '\u0002'],
      ['U+0005 (C0)', '\u0005'],
      ['U+0006 (C0)', '\u0006'],
      ['U+001B (escape)', '\u001b'],
      ['U+000B (vertical tab)', '\u000b'],
      ['U+000C (form feed)', '\u000c'],
      ['U+007F (DEL)', '\u007f'],
      ['U+0080 (C1)', '\u0080'],
      ['U+0085 (next line, C1)', '\u0085'],
      ['U+009F (C1)', '\u009f'],
    ])('refuses %s in a name, a head title and a code, naming each field', async (_name, char) => {
      const written = { ...unit, code: `XA${char}1`, name: `Xã${char} Một`, headTitle: `Bí${char}thư` };
      expect(await refused(written, body(CreateUnitDto))).toEqual(['code', 'name', 'headTitle']);
      expect(await refused({ name: `a${char}` }, body(UpdateUnitDto))).toEqual(['name']);
      // Multi-line text takes tab and line breaks, never the other controls.
      expect(await refused({ ...report, text: `Báo${char}cáo` }, body(SubmitReportDto))).toEqual(['text']);
    });

    it.each([
      ['a tab', 'Xã\tMột'],
      ['a line feed', 'Xã\nMột'],
      ['a carriage return', 'Xã\rMột'],
      ['a leading line break (trimmed away, still refused)', '\nXã Một'],
      ['a trailing tab', 'Xã Một\t'],
    ])('refuses %s in a one-line field', async (_name, text) => {
      expect(await refused({ ...unit, name: text }, body(CreateUnitDto))).toEqual(['name']);
      expect(
        await refused(
          { username: 'hoa.tt', password: 'Mật-khẩu-đủ-dài', fullName: text, role: 'officer', unitId: ID },
          body(CreateUserDto),
        ),
      ).toEqual(['fullName']);
    });

    it('takes tab and line breaks in multi-line text, a carriage return made a line feed', async () => {
      const dto = (await pipe.transform(
        { text: 'Dòng 1\r\n\tDòng 2\rDòng 3\n', indicatorValues: [{ name: 'Số xã', value: 4, note: 'a\nb' }] },
        body(SubmitReportDto),
      )) as SubmitReportDto;
      expect(dto.text).toBe('Dòng 1\n\tDòng 2\nDòng 3');
      expect(dto.indicatorValues?.[0]?.note).toBe('a\nb');
      expect(await refused({ successorId: ID, reason: 'Sáp nhập\ntheo Nghị quyết' }, body(DeactivateUnitDto))).toEqual(
        [],
      );
    });

    it('refuses line breaks in a multi-line DTO’s one-line fields and in nested names', async () => {
      expect(
        await refused({ text: 'ok', indicatorValues: [{ name: 'Số\nxã', value: 1 }] }, body(SubmitReportDto)),
      ).toEqual(['indicatorValues.0.name']);
      const directive = {
        documentNumber: '1-KH/TU',
        title: 'Kế hoạch\nmột',
        summary: 'Đoạn 1\n\nĐoạn 2',
        issueDate: '2026-11-30',
        tasks: [{ title: 'x\ty', description: 'mô tả\nhai dòng', leadUnitId: ID, deadlineWorkingDays: 5 }],
      };
      expect(await refused(directive, body(CreateDirectiveDto))).toEqual(['title', 'tasks.0.title']);
    });

    it('refuses line breaks inside the plain objects a DTO passes through (a cycle’s indicators)', async () => {
      const cycle = {
        issuingUnitId: ID,
        title: 'Báo cáo quý',
        legalBasis: 'QĐ 461',
        frequency: 'quarterly',
        recipients: { units: [ID] },
        levelDeadlines: [],
        indicators: [
          { name: 'Xã\nkhông ma túy', unitOfMeasure: 'xã', target: 4, aggregation: 'sum', direction: 'higher' },
        ],
        startsAt: '2026-01-01T00:00:00+07:00',
      };
      expect(await refused(cycle, body(CycleDto))).toContain('indicators.0.name');
    });

    it('refuses control characters in queries and field names, but leaves a password as typed', async () => {
      expect(await refused({ role: 'lead', limit: '5\u0007' }, query(ListTasksQuery))).toEqual(['limit']);
      const problems: FieldProblem[] = [];
      cleanInput({ ['a\u0002b']: 'x' }, problems);
      expect(problems.map((p) => p.field)).toEqual(['a\u0002b']);
      expect(await refused({ username: 'admin', password: 'pass\u0002\nword' }, body(LoginDto))).toEqual([]);
    });

    it('names the control character in the message', () => {
      const problems: FieldProblem[] = [];
      cleanInput({ name: 'a\u0002' }, problems);
      expect(problems.map((p) => ({ field: p.field, message: both(p.message) }))).toEqual([
        { field: 'name', message: expect.stringContaining('U+0002') },
      ]);
    });

    it('keeps letters that only look unusual: Vietnamese, NBSP, zero-width joiner, emoji', () => {
      for (const text of ['Đắk Đoa', 'a\u00a0b', 'a\u200db', '😀', '\u00a0x']) expect(textProblem(text)).toBeNull();
      expect(textProblem('a\nb', true)).toBeNull();
      expect(both(textProblem('a\nb')!)).toContain('one line');
    });

    it('checks the bodies a controller validates itself (the JSON unit import) and every CSV cell', async () => {
      const raw = { units: [{ code: 'XA-1', name: 'Xã\nMột', kind: 'commune' }] };
      const cleaned = await pipe.transform(raw, body(Object));
      await expect(validateInput(ImportUnitsDto, cleaned)).rejects.toMatchObject({
        details: [expect.objectContaining({ field: 'units.0.name' })],
      });
      await expect(
        pipe.transform({ units: [{ code: 'XA-1', name: 'Xã\u0085', kind: 'c' }] }, body(Object)),
      ).rejects.toMatchObject({
        details: [expect.objectContaining({ field: 'units.0.name' })],
      });
      expect(() => unitsFromCsv('code,name,kind\nXA-1,"Xã\nMột",commune\nXA-2,Xã\u0002Hai,commune\n')).toThrow(
        expect.objectContaining({
          details: [
            expect.objectContaining({ field: 'line 2: name' }),
            expect.objectContaining({ field: 'line 4: name' }),
          ],
        }),
      );
    });
  });
});
