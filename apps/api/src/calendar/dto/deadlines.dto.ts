import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, Matches } from 'class-validator';
import { STATUS_BUCKETS, type StatusBucket } from '@dondoc/domain';
import { toBoolean } from '../../common/dto/paging.dto';
import { DATE_PATTERN } from '../../common/input-boundary';
import { DateProperty, InstantProperty, IntProperty, TextOrNullProperty } from '../../common/dto/response.dto';

export class DeadlinesQuery {
  @ApiProperty({ format: 'date', example: '2026-11-30', description: 'First day (included)' })
  @Matches(new RegExp(DATE_PATTERN), {
    message: 'A date YYYY-MM-DD (years 1900–2200)',
  })
  from!: string;

  @ApiProperty({
    format: 'date',
    example: '2027-01-10',
    description: 'Last day (included), 42 days at most',
  })
  @Matches(new RegExp(DATE_PATTERN), {
    message: 'A date YYYY-MM-DD (years 1900–2200)',
  })
  to!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The unit (default: yours)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'Include units below', default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  subtree?: boolean;
}

/** One task on its deadline's day. */
export class DeadlineTaskDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Báo cáo sơ kết 6 tháng' }) title!: string;
  @ApiProperty({ enum: STATUS_BUCKETS }) bucket!: StatusBucket;
  @InstantProperty() deadline!: string;
  @ApiProperty({ example: 'Ủy ban MTTQ Việt Nam tỉnh Gia Lai' }) leadUnitName!: string;
  @ApiProperty({ format: 'uuid' }) directiveId!: string;
  @ApiProperty({ example: '25-KH/BDVTU' }) documentNumber!: string;
}

/** How many deadlines of a day fall in each bucket. */
export class DeadlineCountsDto {
  @IntProperty() open_within_deadline!: number;
  @IntProperty() open_overdue!: number;
  @IntProperty() completed_on_time!: number;
  @IntProperty() completed_late!: number;
}

/** One civil day of the range: whether it is a working day, and the deadlines on it. */
export class DeadlineDayDto {
  @DateProperty({ example: '2026-12-07' }) date!: string;
  @ApiProperty({ description: 'A working day' }) workingDay!: boolean;
  @TextOrNullProperty({ description: 'The holiday’s name', example: 'Quốc khánh' })
  holiday!: string | null;
  @TextOrNullProperty({ description: 'The holiday’s English name; null when it has none', example: 'National Day' })
  holidayEn!: string | null;
  @IntProperty({ description: 'Deadlines on the day' }) total!: number;
  @ApiProperty({ type: DeadlineCountsDto }) counts!: DeadlineCountsDto;
  @ApiProperty({ type: [DeadlineTaskDto], description: 'The first 20 tasks' })
  tasks!: DeadlineTaskDto[];
}

export class DeadlinesDto {
  @DateProperty() from!: string;
  @DateProperty() to!: string;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() subtree!: boolean;
  @ApiProperty({ type: [DeadlineDayDto] }) days!: DeadlineDayDto[];
}
