import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MultilineText } from '../../common/input-boundary';

/** At most this many tasks in one bulk urge or bulk explanation request. */
export const BULK_MAX = 500;

export class UrgeTaskDto {
  @ApiProperty({
    example: 'Đề nghị đồng chí chỉ đạo hoàn thành báo cáo trước ngày 15/10',
    description: 'The leader’s note sent with the urge',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @MultilineText()
  note!: string;
}

export class BulkUrgeDto extends UrgeTaskDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BULK_MAX, uniqueItems: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  taskIds!: string[];
}

export class BulkExplanationDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BULK_MAX, uniqueItems: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  taskIds!: string[];

  @ApiPropertyOptional({
    example: 3,
    default: 3,
    description: 'Due in working days',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  workingDays?: number;

  @ApiProperty({ example: 'Đề nghị các đơn vị giải trình việc chậm báo cáo giao ban quý III' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5_000)
  @MultilineText()
  note!: string;
}

export class ChangeDeadlineDto {
  @ApiProperty({
    example: '2026-12-31T17:00:00+07:00',
    description: 'The new deadline, with an offset',
  })
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  deadline!: string;

  @ApiProperty({ example: 'Điều chỉnh theo Kết luận của Thường trực Tỉnh ủy', description: 'Why' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @MultilineText()
  reason!: string;
}
