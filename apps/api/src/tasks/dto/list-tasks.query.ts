import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  DOCUMENT_TYPES,
  STATUS_BUCKETS,
  TASK_ROLES,
  TASK_SORTS,
  type StatusBucket,
  type TaskRole,
  type TaskSort,
} from '@dondoc/domain';
import { KeysetPagingQuery, toBoolean } from '../../common/dto/paging.dto';

export class ListTasksQuery extends KeysetPagingQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The unit (default: yours)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({
    enum: TASK_ROLES,
    default: 'any',
    description: 'The unit as lead, as coordinating unit, or either',
  })
  @IsOptional()
  @IsIn(TASK_ROLES as unknown as string[])
  role?: TaskRole;

  @ApiPropertyOptional({ description: 'Include units below', default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  subtree?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  directiveId?: string;

  @ApiPropertyOptional({ enum: STATUS_BUCKETS })
  @IsOptional()
  @IsIn(STATUS_BUCKETS as unknown as string[])
  bucket?: StatusBucket;

  @ApiPropertyOptional({
    enum: Object.keys(DOCUMENT_TYPES),
    description: 'The directive’s document type (its code, e.g. KH)',
  })
  @IsOptional()
  @IsIn(Object.keys(DOCUMENT_TYPES))
  docType?: string;

  @ApiPropertyOptional({
    enum: TASK_SORTS,
    default: 'deadline',
    description:
      'Sort on the deadline, the status (overdue first), the lead unit’s name, the document number or the last change',
  })
  @IsOptional()
  @IsIn(TASK_SORTS as unknown as string[])
  sort?: TaskSort;

  @ApiPropertyOptional({
    enum: ['asc', 'desc'],
    default: 'asc',
    description: 'Ascending or descending',
  })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}
