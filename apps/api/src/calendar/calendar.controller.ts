import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AppConfig } from '@dondoc/config';
import { isCivilDate, NotFoundError, ValidationError, vietnamDaysOff, type Scope } from '@dondoc/domain';
import { CalendarRepository } from '@dondoc/persistence';
import { CurrentScope, Roles } from '../auth/auth.guard';

export class CalendarQuery {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class WorkingDaysQuery {
  @ApiProperty({ example: '2026-02-13' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from: ngày dạng YYYY-MM-DD / a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: 5 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(365)
  days!: number;
}

export class OverrideDto {
  @ApiProperty({ enum: ['day_off', 'working_day'], example: 'working_day' })
  @IsIn(['day_off', 'working_day'])
  kind!: 'day_off' | 'working_day';

  @ApiProperty({ example: 'Làm bù thứ Bảy 26/4/2025 cho ngày nghỉ 02/5/2025' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  note!: string;

  @ApiPropertyOptional({
    example: '6150/TB-BLĐTBXH',
    description: 'Văn bản quyết định ngày này / the deciding document',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string;

  @ApiPropertyOptional({ example: 'Bộ LĐTBXH, thông báo ngày 03/12/2024' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  sourceNote?: string;
}

function requireDate(date: string): string {
  if (!isCivilDate(date))
    throw new ValidationError([
      { field: 'date', message: `date: ${date} không phải ngày YYYY-MM-DD hợp lệ / not a valid date` },
    ]);
  return date;
}

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(
    @Inject(CalendarRepository) private readonly calendar: CalendarRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({
    description: 'Ngày nghỉ của năm (luật, nghỉ bù, điều chỉnh) / the year’s days off',
    schema: {
      example: {
        year: 2026,
        daysOff: [{ date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)', source: 'law' }],
        workingWeekends: [],
        overrides: [],
      },
    },
  })
  async year(@Query() query: CalendarQuery) {
    const year = query.year ?? new Date().getFullYear();
    const overrides = await this.calendar.overrides(year);
    const { daysOff, workingWeekends } = vietnamDaysOff(
      year,
      overrides.map((o) => ({ date: o.date, kind: o.kind, note: o.note })),
    );
    return { year, timeZone: this.config.timezone, daysOff, workingWeekends, overrides };
  }

  @Get('working-days')
  @ApiOkResponse({
    schema: { example: { from: '2026-02-13', days: 1, date: '2026-02-23', deadline: '2026-02-23T17:00:00+07:00' } },
  })
  async addWorkingDays(@Query() query: WorkingDaysQuery) {
    const from = requireDate(query.from);
    const calendar = await this.calendar.calendar([Number(from.slice(0, 4))], this.config.timezone);
    const date = calendar.addWorkingDays(from, query.days);
    return { from, days: query.days, date, deadline: calendar.endOfDay(date).toISOString() };
  }

  @Put('overrides/:date')
  @Roles('admin')
  @ApiOkResponse({
    schema: { example: { date: '2025-04-26', kind: 'working_day', note: 'Làm bù', updatedBy: 'admin' } },
  })
  upsert(@CurrentScope() scope: Scope, @Param('date') date: string, @Body() dto: OverrideDto) {
    return this.calendar.upsert(
      {
        date: requireDate(date),
        kind: dto.kind,
        note: dto.note.normalize('NFC').trim(),
        documentNumber: dto.documentNumber?.normalize('NFC').trim() || null,
        sourceNote: dto.sourceNote?.normalize('NFC').trim() || null,
      },
      scope.username,
    );
  }

  @Delete('overrides/:date')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentScope() scope: Scope, @Param('date') date: string) {
    if (!(await this.calendar.remove(requireDate(date), scope.username)))
      throw new NotFoundError('ngày điều chỉnh / override', date);
  }
}
