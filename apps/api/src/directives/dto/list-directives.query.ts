import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DIRECTIVE_STATUSES, STATUS_BUCKETS, type StatusBucket } from '@dondoc/domain';
import { KeysetPagingQuery, toBoolean } from '../../common/dto/paging.dto';

export class ListDirectivesQuery extends KeysetPagingQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Issuing unit' })
  @IsOptional()
  @IsUUID()
  issuingUnitId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'With a task led by this unit',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'Include the units below unitId', default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  subtree?: boolean;

  @ApiPropertyOptional({
    enum: STATUS_BUCKETS,
    description: 'With a task in this bucket',
  })
  @IsOptional()
  @IsIn(STATUS_BUCKETS as unknown as string[])
  bucket?: StatusBucket;

  @ApiPropertyOptional({ description: 'Only with an overdue task' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: DIRECTIVE_STATUSES })
  @IsOptional()
  @IsIn(DIRECTIVE_STATUSES as unknown as string[])
  status?: string;

  @ApiPropertyOptional({
    description: 'Number or title, with or without diacritics',
    example: 'dan van',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
