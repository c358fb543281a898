import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PagingQuery } from '../../common/dto/paging.dto';

export class HistoryQuery extends PagingQuery {
  @ApiPropertyOptional({ example: '2026-10-01T00:00:00+07:00', description: 'From (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2027-01-01T00:00:00+07:00', description: 'To (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ example: 'bdv.tinh', description: 'Who acted (a username), or `system`' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({ example: 'task.cancelled', description: 'Action code, or `notice.<kind>`' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;
}
