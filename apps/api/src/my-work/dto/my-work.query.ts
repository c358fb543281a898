import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MY_WORK_BUCKETS, type MyWorkBucket } from '@dondoc/domain';

export class MyWorkQuery {
  @ApiPropertyOptional({
    default: 20,
    minimum: 1,
    maximum: 100,
    description: 'Items per bucket at most (counts are of all)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({
    enum: MY_WORK_BUCKETS,
    description: 'Items of this bucket only (every bucket is still counted)',
  })
  @IsOptional()
  @IsIn(MY_WORK_BUCKETS as unknown as string[])
  bucket?: MyWorkBucket;
}
