import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

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
}

export const CALENDAR_EXAMPLE = {
  year: 2026,
  daysOff: [{ date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)', source: 'law' }],
  workingWeekends: [],
  overrides: [],
};
