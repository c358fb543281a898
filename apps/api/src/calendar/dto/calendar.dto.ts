import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DATE_PATTERN } from '../../common/input-boundary';
import { MultilineText } from '../../common/input-boundary';

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
  @Matches(new RegExp(DATE_PATTERN), {
    message: 'A date YYYY-MM-DD (years 1900–2200)',
  })
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
    example: 'Saturday 26 April 2025 worked for Friday 2 May 2025 off',
    description: 'Ghi chú bằng tiếng Anh, cho người đọc tiếng Anh; bỏ trống thì họ thấy ghi chú tiếng Việt',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  noteEn?: string | null;

  @ApiPropertyOptional({
    example: '6150/TB-BLĐTBXH',
    description: 'The deciding document',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string | null;

  @ApiPropertyOptional({ example: 'Bộ LĐTBXH, thông báo ngày 03/12/2024', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @MultilineText()
  sourceNote?: string | null;
}
